/**
 * The budgets of issue 12, as a table: each says what it asks, for which page
 * count it is set, and how a run's figures meet it. Pure: figures in,
 * verdicts out.
 */
import type { Budget, CorpusRun } from './figures.ts';
import { kb, mb, seconds, thousands } from './units.ts';

/** A budget's verdict on one run: the figure written out and whether it is met. */
export interface Verdict {
	figure: string;
	met: boolean;
}

/** One row of the budgets table. */
export interface BudgetRule {
	/** What the budget says, as the report prints it. */
	what: string;
	/** The page count the budget is set for, when it is set for one (a run at another count is noted). */
	pages?: number;
	/** The verdict on a run, or undefined when the run did not measure what the budget needs. */
	judge(run: CorpusRun): Verdict | undefined;
}

/** The budgets of issue 12, in the order the report lists them. */
export const BUDGETS: readonly BudgetRule[] = [
	{
		what: 'build time at most 1.1× the baseline (1,000 pages)',
		pages: 1000,
		judge: ({ cold, baseline }) => {
			if (!cold || !baseline) return undefined;
			const ratio = cold.seconds / baseline.seconds;
			return {
				figure: `${ratio.toFixed(2)}× (${seconds(cold.seconds)} / ${seconds(baseline.seconds)})`,
				met: ratio <= 1.1,
			};
		},
	},
	{
		what: 'at 3,000 pages, at most 3.3× the portal’s 1,000-page time',
		pages: 3000,
		judge: ({ cold, compareSeconds }) => {
			if (!cold || compareSeconds === undefined) return undefined;
			const ratio = cold.seconds / compareSeconds;
			return {
				figure: `${ratio.toFixed(2)}× (${seconds(cold.seconds)} / ${seconds(compareSeconds)}, another run)`,
				met: ratio <= 3.3,
			};
		},
	},
	{
		what: 'at 10,000 pages, at most 8 minutes',
		pages: 10000,
		judge: ({ cold }) => cold && { figure: seconds(cold.seconds), met: cold.seconds <= 480 },
	},
	{
		what: 'at 10,000 pages, peak RSS at most 3 GB',
		pages: 10000,
		judge: ({ cold }) => {
			const rss = cold?.memory.largestProcess;
			return rss === undefined ? undefined : { figure: mb(rss), met: rss <= 3e9 };
		},
	},
	{
		what: 'HTML per guidance page at most 25 KB (1,000 and 10,000 pages)',
		judge: ({ cold, guidanceHtml }) =>
			cold && {
				figure: `largest ${kb(guidanceHtml.max)}, mean ${kb(guidanceHtml.mean)}`,
				met: guidanceHtml.max <= 25_000,
			},
	},
	{
		what: 'dist at 10,000 pages at most 1.5 GB',
		pages: 10000,
		judge: ({ cold }) => cold && { figure: mb(cold.distBytes), met: cold.distBytes <= 1.5e9 },
	},
	{
		what: 'CSS + JS a guidance page loads at most 12 KB gzipped',
		judge: ({ weight }) => {
			if (!weight) return undefined;
			const gz = weight.cssGzipBytes + weight.jsGzipBytes;
			return {
				figure: `${kb(gz)} (CSS ${kb(weight.cssGzipBytes)}, JS ${kb(weight.jsGzipBytes)})`,
				met: gz <= 12_000,
			};
		},
	},
	{
		what: 'no render-blocking script',
		judge: ({ weight }) =>
			weight && {
				figure: weight.renderBlocking.length === 0 ? 'none' : weight.renderBlocking.join(', '),
				met: weight.renderBlocking.length === 0,
			},
	},
	{
		what: 'rebuild after a one-page change at most 40% of the cold build (1,000 pages)',
		pages: 1000,
		judge: ({ cold, warm }) => {
			if (!cold || !warm) return undefined;
			const share = warm.seconds / cold.seconds;
			return {
				figure: `${(share * 100).toFixed(0)}% (${seconds(warm.seconds)} / ${seconds(cold.seconds)})`,
				met: share <= 0.4,
			};
		},
	},
	{
		what: 'a first search query fetches at most 300 KB (10,000 pages)',
		pages: 10000,
		// Decoded bytes, as the budget was first measured; transfer bytes are shown beside them where measured.
		judge: ({ search }) =>
			search && {
				figure: `${kb(search.search.decoded)} of search files (${kb(search.all.decoded)} with the page, CSS and script)${search.search.transfer === undefined ? '' : `, ${kb(search.search.transfer)} transferred`}, largest of 4 queries`,
				met: search.search.decoded <= 300_000,
			},
	},
];

/** The note on a budget set for another page count than the run's. */
export function pageCountNote(rule: BudgetRule, pages: number): string | undefined {
	return rule.pages === undefined || rule.pages === pages ? undefined : `budget set for ${thousands(rule.pages)} pages`;
}

/** Every budget of `rules` the run measured what it needs for, with its verdict, in the table's order. */
export function evaluateBudgets(run: CorpusRun, rules: readonly BudgetRule[] = BUDGETS): Budget[] {
	return rules.flatMap((rule) => {
		const verdict = rule.judge(run);
		return verdict ? [{ what: rule.what, ...verdict, note: pageCountNote(rule, run.pages) }] : [];
	});
}

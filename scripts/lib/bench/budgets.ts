/**
 * The scale budgets (issues 12 and 20), as a table: each says what it asks,
 * which issue set it, for which page count it is set, and how a run's figures
 * meet it. Pure: figures in, verdicts out.
 */
import type { Budget, BuildFigures, CorpusRun } from './figures.ts';
import { costSplit } from './split.ts';
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
	/** The issue that set it. */
	issue: number;
	/** The page count the budget is set for, when it is set for one (a run at another count is noted). */
	pages?: number;
	/** The verdict on a run, or undefined when the run did not measure what the budget needs. */
	judge(run: CorpusRun): Verdict | undefined;
}

/** A build's whole process tree at its peak, else its largest process (an older run measured only that). */
const peakOf = (b: BuildFigures | undefined) => b?.memory.processTree ?? b?.memory.largestProcess;

/** The portal's cold build against the baseline's in the same run, at most `limit` times it at `pages` pages. */
const againstBaseline = (limit: number, pages: number): BudgetRule => ({
	what: `build time at most ${String(limit)}× the plain Astro + MDX baseline in the same run (${thousands(pages)} pages)`,
	issue: 20,
	pages,
	judge: ({ cold, baseline }) => {
		if (!cold || !baseline) return undefined;
		const ratio = cold.seconds / baseline.seconds;
		const cpu =
			cold.cpuSeconds !== undefined && baseline.cpuSeconds !== undefined
				? `; CPU ${(cold.cpuSeconds / baseline.cpuSeconds).toFixed(2)}×`
				: '';
		return {
			figure: `${ratio.toFixed(2)}× (${seconds(cold.seconds)} / ${seconds(baseline.seconds)}${cpu})`,
			met: ratio <= limit + 1e-9,
		};
	},
});

/**
 * The budgets the report judges, in its order: issue 20's (which replaced issue 12's
 * for build time, the warm rebuild, 10,000 pages and the first query), then those of
 * issue 12 that still stand (page weight, dist).
 */
export const BUDGETS: readonly BudgetRule[] = [
	againstBaseline(1.15, 1000),
	againstBaseline(1.1, 3000),
	{
		what: 'cost per page within 10% of the baseline’s (wall; from --fit)',
		issue: 20,
		judge: ({ pages, split, cold, baseline }) => {
			if (!split?.portal || !split.baseline || !cold || !baseline) return undefined;
			const portal = costSplit(
				{ pages: split.pages, seconds: split.portal.seconds, cpuSeconds: split.portal.cpuSeconds },
				{ pages, seconds: cold.seconds, cpuSeconds: cold.cpuSeconds },
			);
			const bare = costSplit(
				{ pages: split.pages, seconds: split.baseline.seconds, cpuSeconds: split.baseline.cpuSeconds },
				{ pages, seconds: baseline.seconds, cpuSeconds: baseline.cpuSeconds },
			);
			const ratio = portal.perPage / bare.perPage;
			const perPage = (x: number) => `${(x * 1000).toFixed(1)} ms`;
			const cpu =
				portal.perPageCpu !== undefined && bare.perPageCpu !== undefined
					? `; CPU ${perPage(portal.perPageCpu)} / ${perPage(bare.perPageCpu)}`
					: '';
			return {
				figure: `${ratio.toFixed(2)}× (${perPage(portal.perPage)} / ${perPage(bare.perPage)} a page${cpu})`,
				met: ratio <= 1.1 + 1e-9,
			};
		},
	},
	{
		what: 'at 10,000 pages, at most 100 s',
		issue: 20,
		pages: 10000,
		judge: ({ cold }) => cold && { figure: seconds(cold.seconds), met: cold.seconds <= 100 },
	},
	{
		what: 'peak memory of the whole build at most the baseline’s plus 10% (10,000 pages)',
		issue: 20,
		pages: 10000,
		judge: ({ cold, baseline }) => {
			const portal = peakOf(cold);
			const bare = peakOf(baseline);
			if (portal === undefined || bare === undefined) return undefined;
			const whole = cold?.memory.processTree !== undefined && baseline?.memory.processTree !== undefined;
			return {
				figure: `${mb(portal)} / ${mb(bare)} (${((portal / bare - 1) * 100).toFixed(0)}%${whole ? ', whole tree' : ', largest process'})`,
				met: portal <= bare * 1.1,
			};
		},
	},
	{
		what: 'warm rebuild after a one-page edit at most 50% of the cold build (1,000 pages)',
		issue: 20,
		pages: 1000,
		judge: ({ cold, warm }) => {
			if (!cold || !warm) return undefined;
			const share = warm.seconds / cold.seconds;
			return {
				figure: `${(share * 100).toFixed(0)}% (${seconds(warm.seconds)} / ${seconds(cold.seconds)})`,
				met: share <= 0.5,
			};
		},
	},
	{
		what: 'a first search query at most 300 KB transferred (10,000 pages; the largest of the benchmark’s queries)',
		issue: 20,
		pages: 10000,
		judge: ({ search }) => {
			const transfer = search?.search.transfer;
			if (!search || transfer === undefined) return undefined;
			return {
				figure: `${kb(transfer)} transferred (${kb(search.search.decoded)} decoded) of search files`,
				met: transfer <= 300_000,
			};
		},
	},
	{
		what: 'HTML per guidance page at most 25 KB (1,000 and 10,000 pages)',
		issue: 12,
		judge: ({ cold, guidanceHtml }) =>
			cold && {
				figure: `largest ${kb(guidanceHtml.max)}, mean ${kb(guidanceHtml.mean)}`,
				met: guidanceHtml.max <= 25_000,
			},
	},
	{
		what: 'dist at 10,000 pages at most 1.5 GB',
		issue: 12,
		pages: 10000,
		judge: ({ cold }) => cold && { figure: mb(cold.distBytes), met: cold.distBytes <= 1.5e9 },
	},
	{
		what: 'CSS + JS a guidance page loads at most 12 KB gzipped',
		issue: 12,
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
		issue: 12,
		judge: ({ weight }) =>
			weight && {
				figure: weight.renderBlocking.length === 0 ? 'none' : weight.renderBlocking.join(', '),
				met: weight.renderBlocking.length === 0,
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
		return verdict ? [{ what: rule.what, issue: rule.issue, ...verdict, note: pageCountNote(rule, run.pages) }] : [];
	});
}

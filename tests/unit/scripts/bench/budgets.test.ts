/** The scale benchmark's budgets (scripts/lib/bench/budgets.ts): which apply to a run, their figures and verdicts. */
import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluateBudgets, pageCountNote } from '../../../../scripts/lib/bench/budgets.ts';
import type { Budget, BuildFigures } from '../../../../scripts/lib/bench/figures.ts';
import { buildFigures, corpusRun, pageWeightFigures } from '../../../helpers/bench-figures.ts';

/** The budget whose wording starts with `start`; fails the test when there is none. */
function budget(budgets: readonly Budget[], start: string): Budget {
	const found = budgets.find((b) => b.what.startsWith(start));
	if (!found) throw new Error(`no budget starting "${start}" in ${budgets.map((b) => b.what).join('; ')}`);
	return found;
}

/** A build with CPU seconds and a whole-tree peak, as the benchmark measures them since December 2026. */
const measured = (name: string, seconds: number, cpuSeconds: number, tree: number): BuildFigures => ({
	...buildFigures(name, seconds),
	cpuSeconds,
	memory: { largestProcess: tree * 0.8, processTree: tree },
});

/** A 1,000-page run with a 250-page split: the portal costs 15 s + 17 ms a page, the baseline 6 s + 10 ms. */
const splitRun = () =>
	corpusRun({
		baseline: measured('baseline', 16, 17, 1.27e9),
		cold: measured('portal', 32, 34, 1.68e9),
		split: { pages: 250, baseline: measured('baseline', 8.5, 9, 1e9), portal: measured('portal', 19.25, 20, 1.1e9) },
	});

describe('evaluateBudgets', () => {
	it('judges every budget on a full 1,000-page run but search bytes, whose transfer it did not measure, in the table’s order', () => {
		const budgets = evaluateBudgets(splitRun());
		expect(budgets.map((b) => b.what)).toEqual(
			BUDGETS.map((b) => b.what).filter((what) => !what.startsWith('a first search query')),
		);
		expect(budgets).toHaveLength(BUDGETS.length - 1);
		expect(budgets.map((b) => b.issue)).toEqual([20, 20, 20, 20, 20, 20, 12, 12, 12, 12]);
	});

	it('writes a 1,000-page run as BENCHMARKS.md reports it', () => {
		expect(evaluateBudgets(splitRun()).slice(0, 6)).toMatchInlineSnapshot(`
			[
			  {
			    "figure": "2.00× (32.0 s / 16.0 s; CPU 2.00×)",
			    "issue": 20,
			    "met": false,
			    "note": undefined,
			    "what": "build time at most 1.15× the plain Astro + MDX baseline in the same run (1,000 pages)",
			  },
			  {
			    "figure": "2.00× (32.0 s / 16.0 s; CPU 2.00×)",
			    "issue": 20,
			    "met": false,
			    "note": "budget set for 3,000 pages",
			    "what": "build time at most 1.1× the plain Astro + MDX baseline in the same run (3,000 pages)",
			  },
			  {
			    "figure": "1.70× (17.0 ms / 10.0 ms a page; CPU 18.7 ms / 10.7 ms)",
			    "issue": 20,
			    "met": false,
			    "note": undefined,
			    "what": "cost per page within 10% of the baseline’s (wall; from --fit)",
			  },
			  {
			    "figure": "32.0 s",
			    "issue": 20,
			    "met": true,
			    "note": "budget set for 10,000 pages",
			    "what": "at 10,000 pages, at most 100 s",
			  },
			  {
			    "figure": "1680.0 MB / 1270.0 MB (32%, whole tree)",
			    "issue": 20,
			    "met": false,
			    "note": "budget set for 10,000 pages",
			    "what": "peak memory of the whole build at most the baseline’s plus 10% (10,000 pages)",
			  },
			  {
			    "figure": "43% (13.9 s / 32.0 s)",
			    "issue": 20,
			    "met": true,
			    "note": undefined,
			    "what": "warm rebuild after a one-page edit at most 50% of the cold build (1,000 pages)",
			  },
			]
		`);
	});

	it('meets a budget at its limit and misses it just past', () => {
		const at = (portal: number) =>
			budget(
				evaluateBudgets(corpusRun({ baseline: buildFigures('baseline', 10), cold: buildFigures('portal', portal) })),
				'build time at most 1.15×',
			).met;
		expect(at(11.5)).toBe(true);
		expect(at(11.51)).toBe(false);
		const html = (max: number) =>
			budget(evaluateBudgets(corpusRun({ guidanceHtml: { mean: 1, max, count: 1 } })), 'HTML per guidance').met;
		expect(html(25_000)).toBe(true);
		expect(html(25_001)).toBe(false);
		const memory = (tree: number) =>
			budget(
				evaluateBudgets(
					corpusRun({ baseline: measured('baseline', 10, 10, 5e9), cold: measured('portal', 10, 10, tree) }),
				),
				'peak memory',
			).met;
		expect(memory(5.5e9)).toBe(true);
		expect(memory(5.51e9)).toBe(false);
	});

	it('judges the cost per page from the split: within 10% meets it', () => {
		const perPage = (portalSmall: number) =>
			budget(
				evaluateBudgets(
					corpusRun({
						baseline: buildFigures('baseline', 16),
						cold: buildFigures('portal', 32),
						split: {
							pages: 250,
							baseline: buildFigures('baseline', 8.5),
							portal: buildFigures('portal', portalSmall),
						},
					}),
				),
				'cost per page',
			);
		// Baseline: 7.5 s over 750 pages, 10 ms a page; the portal 11 ms a page meets it, 11.1 ms misses it.
		expect(perPage(23.75)).toMatchObject({ figure: '1.10× (11.0 ms / 10.0 ms a page)', met: true });
		expect(perPage(23.675).met).toBe(false);
	});

	it('leaves out what the run did not measure: baseline, split, warm rebuild, search, page weight, peak memory', () => {
		const budgets = evaluateBudgets(
			corpusRun({
				baseline: undefined,
				warm: undefined,
				search: undefined,
				weight: undefined,
				cold: buildFigures('portal', 14.8, null),
			}),
		);
		expect(budgets.map((b) => b.what)).toEqual([
			'at 10,000 pages, at most 100 s',
			'HTML per guidance page at most 25 KB (1,000 and 10,000 pages)',
			'dist at 10,000 pages at most 1.5 GB',
		]);
	});

	it('judges nothing without a cold build of the portal but its page weight and search', () => {
		const search = { table: '', search: { decoded: 278_700, transfer: 202_200 }, all: { decoded: 300_000 } };
		const budgets = evaluateBudgets(corpusRun({ cold: undefined, search }));
		expect(budgets.map((b) => b.what)).toEqual([
			'a first search query at most 300 KB transferred (10,000 pages; the largest of the benchmark’s queries)',
			'CSS + JS a guidance page loads at most 12 KB gzipped',
			'no render-blocking script',
		]);
	});

	it('judges a 3,000-page run against its own baseline, and notes the 1,000-page budget as set for another count', () => {
		const run = corpusRun({
			pages: 3000,
			baseline: buildFigures('baseline', 43.1),
			cold: buildFigures('portal', 47.4),
		});
		expect(budget(evaluateBudgets(run), 'build time at most 1.1×')).toEqual({
			what: 'build time at most 1.1× the plain Astro + MDX baseline in the same run (3,000 pages)',
			issue: 20,
			figure: '1.10× (47.4 s / 43.1 s)',
			met: true,
			note: undefined,
		});
		expect(budget(evaluateBudgets(run), 'build time at most 1.15×').note).toBe('budget set for 1,000 pages');
	});

	it('names the render-blocking scripts and adds JavaScript to the CSS', () => {
		const weight = {
			...pageWeightFigures,
			scripts: ['a.js', 'b.js'],
			renderBlocking: ['a.js', 'b.js'],
			jsGzipBytes: 900,
		};
		const budgets = evaluateBudgets(corpusRun({ weight }));
		expect(budget(budgets, 'no render-blocking').figure).toBe('a.js, b.js');
		expect(budget(budgets, 'no render-blocking').met).toBe(false);
		expect(budget(budgets, 'CSS + JS')).toMatchObject({
			figure: '12.5 KB (CSS 11.6 KB, JS 0.9 KB)',
			met: false,
		});
	});

	it('judges search on transferred bytes, with the decoded bytes beside them, and not at all where no transfer was measured', () => {
		const search = { table: '', search: { decoded: 647_900, transfer: 573_200 }, all: { decoded: 700_000 } };
		expect(budget(evaluateBudgets(corpusRun({ pages: 10000, search })), 'a first search query')).toEqual({
			what: 'a first search query at most 300 KB transferred (10,000 pages; the largest of the benchmark’s queries)',
			issue: 20,
			figure: '573.2 KB transferred (647.9 KB decoded) of search files',
			met: false,
			note: undefined,
		});
		const decodedOnly = { table: '', search: { decoded: 100_000 }, all: { decoded: 120_000 } };
		expect(evaluateBudgets(corpusRun({ search: decodedOnly })).map((b) => b.what)).not.toContain(
			expect.stringMatching(/^a first search query/),
		);
	});
});

describe('pageCountNote', () => {
	it('notes a budget set for another page count, and no other', () => {
		const rule = { what: 'x', issue: 20, pages: 10000, judge: () => undefined };
		expect(pageCountNote(rule, 1000)).toBe('budget set for 10,000 pages');
		expect(pageCountNote(rule, 10000)).toBeUndefined();
		expect(pageCountNote({ what: 'y', issue: 12, judge: () => undefined }, 1000)).toBeUndefined();
	});
});

/** The scale benchmark's budgets (scripts/lib/bench/budgets.ts): which apply to a run, their figures and verdicts. */
import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluateBudgets, pageCountNote } from '../../../../scripts/lib/bench/budgets.ts';
import type { Budget } from '../../../../scripts/lib/bench/figures.ts';
import { buildFigures, corpusRun, pageWeightFigures } from '../../../helpers/bench-figures.ts';

/** The budget whose wording starts with `start`; fails the test when there is none. */
function budget(budgets: readonly Budget[], start: string): Budget {
	const found = budgets.find((b) => b.what.startsWith(start));
	if (!found) throw new Error(`no budget starting "${start}" in ${budgets.map((b) => b.what).join('; ')}`);
	return found;
}

describe('evaluateBudgets', () => {
	it('judges every budget but the 3,000-page one on a full 1,000-page run, in the table’s order', () => {
		const budgets = evaluateBudgets(corpusRun());
		expect(budgets.map((b) => b.what)).toEqual(
			BUDGETS.map((b) => b.what).filter((what) => !what.startsWith('at 3,000 pages')),
		);
		expect(budgets).toHaveLength(9);
	});

	it('writes the 1,000-page run as BENCHMARKS.md reports it', () => {
		expect(evaluateBudgets(corpusRun())).toMatchInlineSnapshot(`
			[
			  {
			    "figure": "1.53× (14.8 s / 9.7 s)",
			    "met": false,
			    "note": undefined,
			    "what": "build time at most 1.1× the baseline (1,000 pages)",
			  },
			  {
			    "figure": "14.8 s",
			    "met": true,
			    "note": "budget set for 10,000 pages",
			    "what": "at 10,000 pages, at most 8 minutes",
			  },
			  {
			    "figure": "1405.0 MB",
			    "met": true,
			    "note": "budget set for 10,000 pages",
			    "what": "at 10,000 pages, peak RSS at most 3 GB",
			  },
			  {
			    "figure": "largest 21.2 KB, mean 17.8 KB",
			    "met": true,
			    "note": undefined,
			    "what": "HTML per guidance page at most 25 KB (1,000 and 10,000 pages)",
			  },
			  {
			    "figure": "29.8 MB",
			    "met": true,
			    "note": "budget set for 10,000 pages",
			    "what": "dist at 10,000 pages at most 1.5 GB",
			  },
			  {
			    "figure": "11.6 KB (CSS 11.6 KB, JS 0.0 KB)",
			    "met": true,
			    "note": undefined,
			    "what": "CSS + JS a guidance page loads at most 12 KB gzipped",
			  },
			  {
			    "figure": "none",
			    "met": true,
			    "note": undefined,
			    "what": "no render-blocking script",
			  },
			  {
			    "figure": "94% (13.9 s / 14.8 s)",
			    "met": false,
			    "note": undefined,
			    "what": "rebuild after a one-page change at most 40% of the cold build (1,000 pages)",
			  },
			  {
			    "figure": "293.8 KB of search files (320.0 KB with the page, CSS and script), largest of 4 queries",
			    "met": true,
			    "note": "budget set for 10,000 pages",
			    "what": "a first search query fetches at most 300 KB (10,000 pages)",
			  },
			]
		`);
	});

	it('meets a budget at its limit and misses it just past', () => {
		const at = (portal: number) =>
			budget(
				evaluateBudgets(corpusRun({ baseline: buildFigures('baseline', 10), cold: buildFigures('portal', portal) })),
				'build time at most 1.1×',
			).met;
		expect(at(11)).toBe(true);
		expect(at(11.01)).toBe(false);
		const html = (max: number) =>
			budget(evaluateBudgets(corpusRun({ guidanceHtml: { mean: 1, max, count: 1 } })), 'HTML per guidance').met;
		expect(html(25_000)).toBe(true);
		expect(html(25_001)).toBe(false);
	});

	it('leaves out what the run did not measure: baseline, warm rebuild, search, page weight, peak RSS', () => {
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
			'at 10,000 pages, at most 8 minutes',
			'HTML per guidance page at most 25 KB (1,000 and 10,000 pages)',
			'dist at 10,000 pages at most 1.5 GB',
		]);
	});

	it('judges nothing without a cold build of the portal but its page weight and search', () => {
		const budgets = evaluateBudgets(corpusRun({ cold: undefined }));
		expect(budgets.map((b) => b.what)).toEqual([
			'CSS + JS a guidance page loads at most 12 KB gzipped',
			'no render-blocking script',
			'a first search query fetches at most 300 KB (10,000 pages)',
		]);
	});

	it('compares a 3,000-page run with the 1,000-page time of another run (--compare)', () => {
		const run = corpusRun({ pages: 3000, cold: buildFigures('portal', 36.1), compareSeconds: 14.8 });
		expect(budget(evaluateBudgets(run), 'at 3,000 pages')).toEqual({
			what: 'at 3,000 pages, at most 3.3× the portal’s 1,000-page time',
			figure: '2.44× (36.1 s / 14.8 s, another run)',
			met: true,
			note: undefined,
		});
		expect(budget(evaluateBudgets(run), 'build time at most').note).toBe('budget set for 1,000 pages');
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

	it('judges search on decoded bytes and shows transfer bytes beside them when measured', () => {
		const search = { table: '', search: { decoded: 591_800, transfer: 180_000 }, all: { decoded: 640_000 } };
		expect(budget(evaluateBudgets(corpusRun({ pages: 10000, search })), 'a first search query')).toEqual({
			what: 'a first search query fetches at most 300 KB (10,000 pages)',
			figure:
				'591.8 KB of search files (640.0 KB with the page, CSS and script), 180.0 KB transferred, largest of 4 queries',
			met: false,
			note: undefined,
		});
	});
});

describe('pageCountNote', () => {
	it('notes a budget set for another page count, and no other', () => {
		const rule = { what: 'x', pages: 10000, judge: () => undefined };
		expect(pageCountNote(rule, 1000)).toBe('budget set for 10,000 pages');
		expect(pageCountNote(rule, 10000)).toBeUndefined();
		expect(pageCountNote({ what: 'y', judge: () => undefined }, 1000)).toBeUndefined();
	});
});

/** The scale benchmark's report (scripts/lib/bench/report.ts): the Markdown pasted into BENCHMARKS.md. */
import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../../../scripts/lib/bench/budgets.ts';
import type { RunContext } from '../../../../scripts/lib/bench/figures.ts';
import {
	atTreePeak,
	buildColumns,
	buildsTable,
	budgetsTable,
	formatReport,
	mark,
	searchKinds,
	type CorpusReport,
} from '../../../../scripts/lib/bench/report.ts';
import { buildFigures, corpusRun } from '../../../helpers/bench-figures.ts';

const context: RunContext = {
	startedAt: new Date('2026-11-30T13:48:31Z'),
	cores: 2,
	cpu: 'AMD EPYC 7B13',
	memoryBytes: 24 * 2 ** 30,
	node: 'v24.21.0',
	commit: '57900a4',
	dirty: false,
	loadBefore: '1.40, 1.50, 1.90',
	args: ['--pages', '1000'],
	repeat: 1,
	profiled: false,
};

function report(overrides: Partial<CorpusReport> = {}): CorpusReport {
	const run = corpusRun();
	return {
		context,
		corpus: { pages: 1000, seed: 1, words: 612_345, hash: '0123456789abcdef' },
		run,
		budgets: evaluateBudgets(run),
		profile: '',
		...overrides,
	};
}

describe('formatReport', () => {
	it('writes the section BENCHMARKS.md pastes: context, builds, highlights, budgets, search', () => {
		expect(formatReport(report())).toMatchInlineSnapshot(`
			"## Scale: 1,000 guidance pages

			Measured 2026-11-30 13:48 UTC on 2 cores (AMD EPYC 7B13, 24 GiB), Node v24.21.0, commit 57900a4; load average 1.40, 1.50, 1.90 at the start. \`node scripts/bench-corpus.ts --pages 1000\`.
			The corpus: 1,000 synthetic guidance pages (seed 1, 612 words a page on average, sha256 0123456789abcdef). Every build is real, in its own copy in .tmp/ with empty caches (the portal's as \`npm run build\` builds it, scripts/build.ts; the baseline's a plain \`astro build\`), except the warm rebuild, which reuses the portal's copy after one page changed.

			| build | time | of which (from the build's log) | peak RSS | HTML files | dist | search index | load average (1, 5, 15 min) before → after |
			| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |
			| baseline | 9.7 s | set-up and content sync 1.7 s, Vite bundle 5.2 s, pages 4.2 s, Pagefind 2.3 s | 1100.0 MB | 1,088 | 29.8 MB (3,456 files) | 812.3 KB (120 files) | 1.00, 2.00, 3.00 → 1.50, 2.10, 3.00 |
			| portal | 14.8 s | set-up and content sync 1.7 s, Vite bundle 5.2 s, pages 4.2 s, Pagefind 2.3 s | 1405.0 MB | 1,088 | 29.8 MB (3,456 files) | 812.3 KB (120 files) | 1.00, 2.00, 3.00 → 1.50, 2.10, 3.00 |
			| portal, warm, one page changed | 13.9 s | set-up and content sync 1.7 s, Vite bundle 5.2 s, pages 4.2 s, Pagefind 2.3 s | 1300.0 MB | 1,088 | 29.8 MB (3,456 files) | 812.3 KB (120 files) | 1.00, 2.00, 3.00 → 1.50, 2.10, 3.00 |

			- HTML of a guidance page: mean 17.8 KB, largest 21.2 KB (1,000 pages)
			- CSS + JS a guidance page loads: 81.8 KB raw, 11.6 KB gzipped (1 stylesheet, 0 scripts)
			- Portal / baseline build time: 1.53×
			- Warm rebuild after a one-page change: 13.9 s (94% of the cold build)

			| budget | issue | this run | met? |
			| --- | ---: | --- | --- |
			| build time at most 1.15× the plain Astro + MDX baseline in the same run (1,000 pages) | 20 | 1.53× (14.8 s / 9.7 s) | **not met** |
			| build time at most 1.1× the plain Astro + MDX baseline in the same run (3,000 pages) | 20 | 1.53× (14.8 s / 9.7 s) | **not met** (budget set for 3,000 pages) |
			| at 10,000 pages, at most 100 s | 20 | 14.8 s | met (budget set for 10,000 pages) |
			| peak memory of the whole build at most the baseline’s plus 10% (10,000 pages) | 20 | 1405.0 MB / 1100.0 MB (28%, largest process) | **not met** (budget set for 10,000 pages) |
			| warm rebuild after a one-page edit at most 50% of the cold build (1,000 pages) | 20 | 94% (13.9 s / 14.8 s) | **not met** |
			| HTML per guidance page at most 25 KB (1,000 and 10,000 pages) | 12 | largest 21.2 KB, mean 17.8 KB | met |
			| dist at 10,000 pages at most 1.5 GB | 12 | 29.8 MB | met (budget set for 10,000 pages) |
			| CSS + JS a guidance page loads at most 12 KB gzipped | 12 | 11.6 KB (CSS 11.6 KB, JS 0.0 KB) | met |
			| no render-blocking script | 12 | none | met |

			### Search on the 1,000-page portal

			| first query | results |
			| --- | --- |
			| EPR | 12 |
			"
		`);
	});

	it('says when baseline and portal were built in turn, when the portal was profiled, and when the tree was dirty', () => {
		const text = formatReport(
			report({ context: { ...context, repeat: 3, profiled: true, dirty: true }, profile: '\n### Profile\n' }),
		);
		expect(text).toContain('commit 57900a4 (with uncommitted changes);');
		expect(text).toContain('Baseline and portal were built in turn 3 times each; the budgets use the fastest of each.');
		expect(text).toContain("The portal's cold build ran under --cpu-prof, which slows it: its time is not comparable.");
		expect(text.endsWith('\n### Profile\n')).toBe(true);
	});

	it('says what each warm rebuild rendered and took from the incremental cache, the data edit too', () => {
		const base = corpusRun();
		const warm = {
			...buildFigures('portal, warm, one page changed', 7.4),
			generated: { rendered: 17, reused: 2006 },
			cpuSeconds: 10,
		};
		const warmData = {
			...buildFigures('portal, warm, one dataset figure changed', 14.8),
			generated: { rendered: 2023, reused: 0 },
		};
		const cold = { ...buildFigures('portal', 14.8), cpuSeconds: 40 };
		const run = corpusRun({ cold, portalRuns: [cold], warm, warmData });
		const text = formatReport(report({ run, budgets: evaluateBudgets(run) }));
		expect(base.cold?.seconds).toBe(14.8);
		expect(text).toContain(
			'- Warm rebuild after a one-page change: 7.4 s (50% of the cold build), 17 pages and files rendered, 2,006 from the incremental cache; CPU 10.0 s against 40.0 s (25%)\n',
		);
		expect(text).toContain(
			'- Warm rebuild after a dataset figure changed: 14.8 s (100% of the cold build), 2,023 pages and files rendered, 0 from the incremental cache\n',
		);
		expect(text).toContain('| portal, warm, one dataset figure changed | 14.8 s |');
	});

	it('leaves out the lines of what the run skipped: baseline, warm rebuild, page weight, search', () => {
		const run = corpusRun({
			baseline: undefined,
			baselineRuns: [],
			warm: undefined,
			weight: undefined,
			search: undefined,
		});
		const text = formatReport(report({ run, budgets: evaluateBudgets(run) }));
		expect(text).toContain('- HTML of a guidance page: mean 17.8 KB, largest 21.2 KB (1,000 pages)\n');
		for (const gone of [
			'| baseline |',
			'| portal, warm',
			'CSS + JS a guidance page loads:',
			'Portal / baseline',
			'Warm rebuild',
			'### Search',
		])
			expect(text).not.toContain(gone);
		expect(text).toContain('| portal | 14.8 s |');
	});
});

describe('buildsTable', () => {
	it('lists the builds in the order given, with ? for what a build did not measure', () => {
		const unmeasured = { ...buildFigures('portal', 130, null), phases: '' };
		expect(buildsTable([buildFigures('real site', 11), unmeasured]).split('\n')).toEqual([
			"| build | time | of which (from the build's log) | peak RSS | HTML files | dist | search index | load average (1, 5, 15 min) before → after |",
			'| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |',
			'| real site | 11.0 s | set-up and content sync 1.7 s, Vite bundle 5.2 s, pages 4.2 s, Pagefind 2.3 s | 1400.0 MB | 1,088 | 29.8 MB (3,456 files) | 812.3 KB (120 files) | 1.00, 2.00, 3.00 → 1.50, 2.10, 3.00 |',
			'| portal | 130 s (2.2 min) | ? | ? | 1,088 | 29.8 MB (3,456 files) | 812.3 KB (120 files) | 1.00, 2.00, 3.00 → 1.50, 2.10, 3.00 |',
		]);
	});

	it('adds the whole process tree’s peak beside the largest process’s when a build measured it', () => {
		const tree = { ...buildFigures('portal', 14.8, 1.4e9), memory: { largestProcess: 1.4e9, processTree: 3.7e9 } };
		const columns = buildColumns([buildFigures('baseline', 9.7), tree]).map((c) => c.header);
		expect(columns.slice(3, 5)).toEqual(['peak RSS, largest process', 'peak RSS, whole tree']);
		const rows = buildsTable([buildFigures('baseline', 9.7), tree]).split('\n');
		expect(rows).toHaveLength(4);
		expect(rows[1]).toBe('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |');
		expect(rows[2]).toContain('| 1400.0 MB | ? | 1,088 |');
		expect(rows[3]).toContain('| 1400.0 MB | 3700.0 MB | 1,088 |');
		expect(buildColumns([buildFigures('baseline', 9.7)]).map((c) => c.header)).not.toContain('peak RSS, whole tree');
	});
});

describe('budgetsTable and mark', () => {
	it('marks met, not met (in bold) and unknown, with the page-count note in brackets', () => {
		expect(mark({ what: 'a', issue: 20, figure: '1', met: true })).toBe('met');
		expect(mark({ what: 'a', issue: 20, figure: '1', met: false })).toBe('**not met**');
		expect(mark({ what: 'a', issue: 20, figure: '1', met: undefined })).toBe('?');
		expect(
			budgetsTable([
				{ what: 'a', issue: 20, figure: '1 s', met: true, note: 'budget set for 10,000 pages' },
				{ what: 'b', issue: 12, figure: '2 s', met: false },
			]).split('\n'),
		).toEqual([
			'| budget | issue | this run | met? |',
			'| --- | ---: | --- | --- |',
			'| a | 20 | 1 s | met (budget set for 10,000 pages) |',
			'| b | 12 | 2 s | **not met** |',
		]);
	});
});

describe('the CPU time, the tree at its peak and the search bytes by kind', () => {
	const withCpu = (name: string, seconds: number, cpu: number) => ({ ...buildFigures(name, seconds), cpuSeconds: cpu });

	it('adds a CPU column and the CPU ratio when the builds measured it', () => {
		const baseline = withCpu('baseline', 9.7, 12.5);
		const cold = withCpu('portal', 14.8, 20);
		const text = formatReport(
			report({ run: corpusRun({ baseline, cold, baselineRuns: [baseline], portalRuns: [cold] }) }),
		);
		expect(text).toContain('| build | time | CPU time |');
		expect(text).toContain('| baseline | 9.7 s | 12.5 s |');
		expect(text).toContain('- Portal / baseline CPU time: 1.60×');
	});

	it("says what ran at the whole tree's peak, leaving out processes under 1 MB", () => {
		const cold = buildFigures('portal', 14.8);
		cold.memory = {
			largestProcess: 1.3e9,
			processTree: 1.7e9,
			atTreePeak: [
				{ name: 'node', bytes: 1.3e9 },
				{ name: 'pagefind_extended', bytes: 0.4e9 },
				{ name: 'sh', bytes: 0.5e6 },
			],
		};
		expect(atTreePeak(cold)).toBe("- portal, at its whole tree's peak: node 1300.0 MB, pagefind_extended 400.0 MB\n");
		expect(atTreePeak(buildFigures('baseline', 9.7))).toBe('');
	});

	it('prints the search bytes by kind, decoded and transferred, only when measured', () => {
		const search = {
			table: '',
			search: { decoded: 280_000, transfer: 200_000 },
			all: { decoded: 590_000 },
			byKind: { code: { decoded: 150_000, transfer: 73_000 }, index: { decoded: 94_000, transfer: 94_000 } },
		};
		const text = searchKinds(corpusRun({ search }));
		expect(text).toContain('| code | 150.0 KB | 73.0 KB |');
		expect(text).toContain('| all search files | 280.0 KB | 200.0 KB |');
		expect(searchKinds(corpusRun())).toBe('');
	});
});

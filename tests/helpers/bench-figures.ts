/** Figures of a made-up scale benchmark run (scripts/lib/bench/figures.ts), for the budgets' and the report's tests. */
import type { BuildFigures, CorpusRun } from '../../scripts/lib/bench/figures.ts';
import type { PageWeight } from '../../scripts/lib/page-weight.ts';

/** A build that took `seconds`, with `rss` bytes at its peak (largest process), or none measured (null). */
export function buildFigures(name: string, seconds: number, rss: number | null = 1.4e9): BuildFigures {
	return {
		name,
		seconds,
		memory: rss === null ? {} : { largestProcess: rss },
		htmlFiles: 1088,
		distBytes: 29.8e6,
		distFiles: 3456,
		indexBytes: 812_345,
		indexFiles: 120,
		load: '1.00, 2.00, 3.00 → 1.50, 2.10, 3.00',
		log: '/tmp/build.log',
		phases: 'set-up and content sync 1.7 s, Vite bundle 5.2 s, pages 4.2 s, Pagefind 2.3 s',
	};
}

/** A guidance page loading one stylesheet of 11,633 bytes gzipped and no script. */
export const pageWeightFigures: PageWeight = {
	stylesheets: ['_astro/main.css'],
	scripts: [],
	renderBlocking: [],
	cssBytes: 81_835,
	jsBytes: 0,
	cssGzipBytes: 11_633,
	jsGzipBytes: 0,
};

/** A whole 1,000-page run: baseline 9.7 s, portal 14.8 s, warm 13.9 s, every budget's figure present. */
export function corpusRun(overrides: Partial<CorpusRun> = {}): CorpusRun {
	const baseline = buildFigures('baseline', 9.7, 1.1e9);
	const cold = buildFigures('portal', 14.8, 1.405e9);
	return {
		pages: 1000,
		baselineRuns: [baseline],
		portalRuns: [cold],
		baseline,
		cold,
		warm: buildFigures('portal, warm, one page changed', 13.9, 1.3e9),
		guidanceHtml: { mean: 17_800, max: 21_200, count: 1000 },
		weight: pageWeightFigures,
		search: {
			table: '| first query | results |\n| --- | --- |\n| EPR | 12 |',
			search: { decoded: 293_800 },
			all: { decoded: 320_000 },
		},
		...overrides,
	};
}

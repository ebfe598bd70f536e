/** The fixed cost and the cost per page from two corpus sizes (scripts/lib/bench/split.ts). */
import { describe, expect, it } from 'vitest';
import { costSplit, splitSection } from '../../../../scripts/lib/bench/split.ts';
import { buildFigures } from '../../../helpers/bench-figures.ts';

describe('costSplit', () => {
	it('gives the slope per page and the intercept at zero pages, wall and CPU', () => {
		const split = costSplit({ pages: 250, seconds: 7, cpuSeconds: 10 }, { pages: 1000, seconds: 16, cpuSeconds: 25 });
		expect(split.perPage).toBeCloseTo(0.012, 9);
		expect(split.fixed).toBeCloseTo(4, 9);
		expect(split.perPageCpu).toBeCloseTo(0.02, 9);
		expect(split.fixedCpu).toBeCloseTo(5, 9);
	});

	it('leaves CPU out when either build lacks it, and refuses two builds of one size', () => {
		expect(costSplit({ pages: 100, seconds: 2 }, { pages: 300, seconds: 4, cpuSeconds: 9 })).toEqual({
			fixed: 1,
			perPage: 0.01,
		});
		expect(() => costSplit({ pages: 100, seconds: 2 }, { pages: 100, seconds: 3 })).toThrow('two corpus sizes');
	});
});

describe('splitSection', () => {
	const withCpu = (name: string, seconds: number, cpu: number) => ({ ...buildFigures(name, seconds), cpuSeconds: cpu });

	it('prints each site fixed and per page, and the portal over the baseline', () => {
		const text = splitSection(
			{ pages: 250, baseline: withCpu('baseline', 5, 8), portal: withCpu('portal', 8, 14) },
			{ pages: 1000, baseline: withCpu('baseline', 11, 20), portal: withCpu('portal', 17, 32) },
		);
		expect(text).toContain('(250 and 1,000 pages, one run)');
		// baseline: 8 ms a page, 3 s fixed; CPU 16 ms, 4 s. Portal: 12 ms, 5 s; CPU 24 ms, 8 s.
		expect(text).toContain('| baseline | 3.0 s | 8.00 ms | 4.0 s | 16.00 ms |');
		expect(text).toContain('| portal | 5.0 s | 12.00 ms | 8.0 s | 24.00 ms |');
		expect(text).toContain('| portal / baseline | 1.67× | 1.50× | 2.00× | 1.50× |');
	});

	it('says a site was not built, and prints nothing without --fit', () => {
		const text = splitSection(
			{ pages: 250, portal: buildFigures('portal', 8) },
			{ pages: 1000, portal: buildFigures('portal', 17) },
		);
		expect(text).toContain('| baseline | not built |');
		expect(text).toContain('| portal / baseline | ? |');
		expect(splitSection(undefined, { pages: 1000 })).toBe('');
	});
});

/** The scale benchmark's command line (scripts/lib/bench/options.ts). */
import { describe, expect, it } from 'vitest';
import { parseBenchOptions, wholeOption } from '../../../../scripts/lib/bench/options.ts';

describe('parseBenchOptions --fit', () => {
	it('reads a second corpus size, and refuses the size of --pages', () => {
		expect(parseBenchOptions(['--pages', '1000', '--fit', '250']).fitPages).toBe(250);
		expect(parseBenchOptions([]).fitPages).toBeUndefined();
		expect(() => parseBenchOptions(['--pages=300', '--fit=300'])).toThrow('--fit must be another page count');
		expect(() => parseBenchOptions(['--fit', 'x'])).toThrow('--fit must be a whole number');
	});
});

describe('parseBenchOptions', () => {
	it('gives 1,000 pages, seed 1, one round and nothing skipped when given nothing', () => {
		expect(parseBenchOptions([])).toEqual({
			pages: 1000,
			seed: 1,
			repeat: 1,
			profile: false,
			real: false,
			skipBaseline: false,
			skipWarm: false,
			skipSearch: false,
			keep: false,
		});
	});

	it('reads numbers as `--name N` or `--name=N`, --count as --pages, and the flags', () => {
		expect(
			parseBenchOptions([
				'--count',
				'20',
				'--seed=7',
				'--repeat',
				'2',
				'--profile',
				'--real',
				'--skip-baseline',
				'--skip-warm',
				'--skip-search',
				'--keep',
			]),
		).toEqual({
			pages: 20,
			seed: 7,
			repeat: 2,
			profile: true,
			real: true,
			skipBaseline: true,
			skipWarm: true,
			skipSearch: true,
			keep: true,
		});
		expect(parseBenchOptions(['--pages=3000']).pages).toBe(3000);
	});

	it('refuses a page count, seed or repeat that is not a whole number above 0, naming the option', () => {
		expect(() => parseBenchOptions(['--pages', '0'])).toThrow('--pages must be a whole number above 0 (got "0")');
		expect(() => parseBenchOptions(['--count=1.5'])).toThrow('--pages must be a whole number above 0 (got "1.5")');
		expect(() => parseBenchOptions(['--repeat', 'twice'])).toThrow(
			'--repeat must be a whole number above 0 (got "twice")',
		);
	});
});

describe('wholeOption', () => {
	it('takes the value of the last name listed that is given, or the fallback', () => {
		expect(wholeOption(['--count', '5', '--pages', '6'], 1000, 'pages', 'count')).toBe(5);
		expect(wholeOption(['--other', '5'], 1000, 'pages')).toBe(1000);
	});
});

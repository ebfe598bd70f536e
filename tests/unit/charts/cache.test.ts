import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedChart, chartCacheDir, chartKey, stableText } from '../../../src/charts/cache.ts';
import { fontPath } from '../../../src/charts/render.ts';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'chart-cache-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('chartKey', () => {
	const config = { type: 'line', data: { labels: ['Jul 2023'], datasets: [{ data: [1] }] } };

	it('is the same for the same inputs', () => {
		expect(chartKey(structuredClone(config), { title: 'A' }, fontPath())).toBe(
			chartKey(config, { title: 'A' }, fontPath()),
		);
	});

	it('changes with the data, the options and a callback’s source', () => {
		const key = chartKey(config, { title: 'A' }, fontPath());
		expect(
			chartKey({ ...config, data: { ...config.data, datasets: [{ data: [2] }] } }, { title: 'A' }, fontPath()),
		).not.toBe(key);
		expect(chartKey(config, { title: 'B' }, fontPath())).not.toBe(key);
		const withCallback = (f: (v: number) => string) =>
			chartKey({ ...config, options: { ticks: { callback: f } } }, { title: 'A' }, fontPath());
		expect(withCallback((v) => `${v}%`)).not.toBe(withCallback((v) => `${v}`));
	});

	it('writes functions as their source', () => {
		expect(stableText({ f: (x: number) => x + 1 })).toContain('function:(x) => x + 1');
	});
});

describe('cachedChart', () => {
	it('draws once, then serves the stored bytes', () => {
		const dir = tempDir();
		let draws = 0;
		const render = () => {
			draws += 1;
			return '<svg>one</svg>';
		};
		expect(cachedChart('k', render, dir)).toBe('<svg>one</svg>');
		expect(cachedChart('k', render, dir)).toBe('<svg>one</svg>');
		expect(draws).toBe(1);
		expect(readdirSync(dir)).toEqual(['k.svg']);
		expect(readFileSync(join(dir, 'k.svg'), 'utf8')).toBe('<svg>one</svg>');
	});

	it('always draws when caching is off', () => {
		let draws = 0;
		const render = () => `<svg>${++draws}</svg>`;
		expect(cachedChart('k', render, false)).toBe('<svg>1</svg>');
		expect(cachedChart('k', render, false)).toBe('<svg>2</svg>');
	});

	it('still draws when the cache folder cannot be written', () => {
		// A folder under a regular file can never be made.
		const file = join(tempDir(), 'a-file');
		writeFileSync(file, '');
		expect(cachedChart('k', () => '<svg/>', join(file, 'cache'))).toBe('<svg/>');
	});
});

describe('chartCacheDir', () => {
	it('sits beside Astro’s cache unless PORTAL_CHART_CACHE says otherwise', () => {
		expect(chartCacheDir('/p', {})).toBe('/p/node_modules/.astro/portal-charts');
		expect(chartCacheDir('/p', { PORTAL_CHART_CACHE: '/elsewhere' })).toBe('/elsewhere');
		expect(chartCacheDir('/p', { PORTAL_CHART_CACHE: 'off' })).toBeUndefined();
	});
});

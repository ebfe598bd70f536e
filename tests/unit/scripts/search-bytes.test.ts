/** What a first search query fetched, by kind (scripts/lib/search-bytes.ts). */
import { describe, expect, it } from 'vitest';
import { bytesByKind, searchFileKind } from '../../../scripts/lib/search-bytes.ts';

describe('searchFileKind', () => {
	it('sorts the bundle files into code, metadata, index, fragments, filters and vocabulary', () => {
		expect(searchFileKind('/pagefind/pagefind.js')).toBe('code');
		expect(searchFileKind('/pagefind/pagefind-worker.js')).toBe('code');
		expect(searchFileKind('/pagefind/wasm.en-gb.pagefind')).toBe('code');
		expect(searchFileKind('/pagefind/pagefind-entry.json')).toBe('metadata');
		expect(searchFileKind('/pagefind/pagefind.en-gb_1a2b.pf_meta')).toBe('metadata');
		expect(searchFileKind('/pagefind/index/en-gb_1a2b.pf_index')).toBe('index');
		expect(searchFileKind('/pagefind/fragment/en-gb_1a2b.pf_fragment')).toBe('fragments');
		expect(searchFileKind('/pagefind/filter/en-gb_1a2b.pf_filter')).toBe('filters');
		expect(searchFileKind('/pagefind/vocabulary/h.json')).toBe('vocabulary');
	});

	it('finds the bundle under a base path, and nothing outside it', () => {
		expect(searchFileKind('/planning-guidance/pagefind/index/x.pf_index')).toBe('index');
		expect(searchFileKind('/search/')).toBeUndefined();
		expect(searchFileKind('/_astro/search.js')).toBeUndefined();
	});
});

describe('bytesByKind', () => {
	it('sums decoded and transferred bytes by kind, every kind present, other files left out', () => {
		const sums = bytesByKind([
			{ path: '/pagefind/pagefind.js', decoded: 47_000, transfer: 13_000 },
			{ path: '/pagefind/pagefind-worker.js', decoded: 43_000, transfer: 12_000 },
			{ path: '/pagefind/index/a.pf_index', decoded: 30_000, transfer: 30_000 },
			{ path: '/pagefind/index/b.pf_index', decoded: 20_000, transfer: 20_000 },
			{ path: '/search/', decoded: 9_000, transfer: 3_000 },
		]);
		expect(sums.code).toEqual({ decoded: 90_000, transfer: 25_000 });
		expect(sums.index).toEqual({ decoded: 50_000, transfer: 50_000 });
		expect(sums.fragments).toEqual({ decoded: 0, transfer: 0 });
		expect(Object.keys(sums)).toEqual(['code', 'metadata', 'index', 'fragments', 'filters', 'vocabulary']);
	});
});

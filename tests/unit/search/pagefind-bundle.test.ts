/** Which Pagefind bundle files the build publishes (src/lib/search/pagefind-bundle.ts). */
import { describe, expect, it } from 'vitest';
import { splitBundle } from '../../../src/lib/search/pagefind-bundle.ts';

describe('Pagefind bundle', () => {
	const entry = JSON.stringify({
		version: '1.6.0',
		languages: { 'en-gb': { hash: 'en-gb_4', wasm: 'en-gb', page_count: 1 } },
	});
	it('publishes what the search API loads, and drops the ready-made UIs and unused WebAssembly', () => {
		const paths = [
			'pagefind-ui.js',
			'pagefind-ui.css',
			'pagefind-component-ui.js',
			'pagefind-modular-ui.css',
			'pagefind-highlight.js',
			'playground/index.html',
			'wasm.unknown.pagefind',
			'wasm.en-gb.pagefind',
			'pagefind.js',
			'pagefind-worker.js',
			'index/en-gb_1.pf_index',
			'fragment/en-gb_2.pf_fragment',
			'filter/en-gb_3.pf_filter',
			'pagefind.en-gb_4.pf_meta',
			'pagefind-entry.json',
		];
		const { publish, drop } = splitBundle(paths, entry);
		expect(publish).toEqual([
			'filter/en-gb_3.pf_filter',
			'fragment/en-gb_2.pf_fragment',
			'index/en-gb_1.pf_index',
			'pagefind-entry.json',
			'pagefind-worker.js',
			'pagefind.en-gb_4.pf_meta',
			'pagefind.js',
			'wasm.en-gb.pagefind',
		]);
		expect(drop).toEqual([
			'pagefind-component-ui.js',
			'pagefind-highlight.js',
			'pagefind-modular-ui.css',
			'pagefind-ui.css',
			'pagefind-ui.js',
			'playground/index.html',
			'wasm.unknown.pagefind',
		]);
	});

	it('refuses a bundle without its entry file', () => {
		expect(() => splitBundle(['pagefind.js'], undefined)).toThrow('no pagefind-entry.json');
		expect(() => splitBundle(['pagefind.js'], entry)).toThrow('no pagefind-entry.json');
	});
});

/** Which Pagefind bundle files the build writes (src/lib/search/pagefind-bundle.ts). */
import { describe, expect, it } from 'vitest';
import { bundleFilesToWrite } from '../../../src/lib/search/pagefind-bundle.ts';

describe('Pagefind bundle', () => {
	const file = (path: string, text = '') => ({ path, content: new TextEncoder().encode(text) });
	it('publishes what the search API loads, and not the ready-made UIs or unused WebAssembly', () => {
		const files = [
			file('pagefind-ui.js'),
			file('pagefind-ui.css'),
			file('pagefind-component-ui.js'),
			file('pagefind-modular-ui.css'),
			file('pagefind-highlight.js'),
			file('wasm.unknown.pagefind'),
			file('wasm.en-gb.pagefind'),
			file('pagefind.js'),
			file('pagefind-worker.js'),
			file('index/en-gb_1.pf_index'),
			file('fragment/en-gb_2.pf_fragment'),
			file('filter/en-gb_3.pf_filter'),
			file('pagefind.en-gb_4.pf_meta'),
			file(
				'pagefind-entry.json',
				JSON.stringify({ version: '1.6.0', languages: { 'en-gb': { hash: 'en-gb_4', wasm: 'en-gb', page_count: 1 } } }),
			),
		];
		expect(bundleFilesToWrite(files).map((f) => f.path)).toEqual([
			'filter/en-gb_3.pf_filter',
			'fragment/en-gb_2.pf_fragment',
			'index/en-gb_1.pf_index',
			'pagefind-entry.json',
			'pagefind-worker.js',
			'pagefind.en-gb_4.pf_meta',
			'pagefind.js',
			'wasm.en-gb.pagefind',
		]);
	});

	it('refuses a bundle without its entry file', () => {
		expect(() => bundleFilesToWrite([file('pagefind.js')])).toThrow('no pagefind-entry.json');
	});
});

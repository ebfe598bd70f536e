/**
 * Reading a built Pagefind index in tests, without a browser:
 * - `readFragments` decodes every page record in dist/pagefind/fragment/
 *   (gzip, a "pagefind_dcd" signature, then JSON), to check what was indexed;
 * - `openIndex` serves dist/ on 127.0.0.1 and loads the site's own
 *   pagefind.js in Node (it runs without a worker there), to search it as the
 *   browser would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { SEARCH_RANKING } from '../../src/lib/search/config.ts';
import { serveDist } from '../../scripts/lib/browser.ts';

export interface Fragment {
	url: string;
	content: string;
	word_count: number;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
	anchors: { element: string; id: string; text: string; location: number }[];
}

const SIGNATURE = 'pagefind_dcd';

/** Every indexed page of the site built in `dist`, sorted by URL. */
export function readFragments(dist: string): Fragment[] {
	const dir = join(dist, 'pagefind', 'fragment');
	return readdirSync(dir)
		.map((name) => {
			const raw = gunzipSync(readFileSync(join(dir, name)));
			if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
				throw new Error(`${name} is not a Pagefind fragment`);
			return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
		})
		.sort((a, b) => a.url.localeCompare(b.url));
}

export interface OpenIndex {
	/** The URLs (paths) of the results for `query`, best first. */
	search: (query: string) => Promise<string[]>;
	pagefind: Pagefind;
	close: () => Promise<void>;
}

let loads = 0;

/** Loads the index of the site built in `dist` with the site's ranking settings. */
export async function openIndex(dist: string): Promise<OpenIndex> {
	const server = await serveDist(dist);
	// A fresh module per call: pagefind.js keeps its index in module state.
	const url = `${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?load=${++loads}`;
	const pagefind = (await import(url)) as Pagefind & { options: (o: object) => Promise<void> };
	await pagefind.options({ basePath: `${server.url}/pagefind/`, baseUrl: '/', ranking: SEARCH_RANKING });
	await pagefind.init();
	return {
		pagefind,
		search: async (query) => {
			const found = await pagefind.search(query);
			const data = await Promise.all((found?.results ?? []).map((r) => r.data()));
			return data.map((d) => new URL(d.url, server.url).pathname);
		},
		close: () => server.close(),
	};
}

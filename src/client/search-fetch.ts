/**
 * The search page's fetching: Pagefind's bundle, imported once (when the
 * first search runs, or when the box gets focus), and the pages of every
 * filter value, from one filter-only search per checkbox, loaded once.
 */
import type { Pagefind } from '../lib/search/pagefind-api.ts';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../lib/search/config.ts';
import type { FilterIndex } from '../lib/search/results.ts';

/**
 * A loader of the Pagefind bundle published at `bundle` ("/pagefind/") for a
 * site published under `base` ("/", or "/planning-guidance/": results'
 * addresses get it): the first call imports and sets it up, later calls share it.
 */
export function pagefindLoader(bundle: string, base = '/'): () => Promise<Pagefind> {
	let pagefindPromise: Promise<Pagefind> | undefined;
	return () => {
		pagefindPromise ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
			await pagefind.options({ ranking: SEARCH_RANKING, excerptLength: EXCERPT_LENGTH, baseUrl: base });
			await pagefind.init();
			return pagefind;
		})();
		return pagefindPromise;
	};
}

/**
 * A loader of the filter index for `checkboxes`: the first call runs the
 * searches and then `onLoaded` (the page hides values no page has); later
 * calls share the result.
 */
export function filterIndexLoader(
	checkboxes: readonly HTMLInputElement[],
	onLoaded: (index: FilterIndex) => void,
): (pagefind: Pagefind) => Promise<FilterIndex> {
	let filterIndexPromise: Promise<FilterIndex> | undefined;
	return (pagefind) => {
		filterIndexPromise ??= (async () => {
			const index: FilterIndex = {};
			await Promise.all(
				checkboxes.map(async (box) => {
					const found = await pagefind.search(null, { filters: { [box.name]: box.value } });
					const group = (index[box.name] ??= {});
					group[box.value] = new Set(found?.results.map((r) => r.id) ?? []);
				}),
			);
			onLoaded(index);
			return index;
		})();
		return filterIndexPromise;
	};
}

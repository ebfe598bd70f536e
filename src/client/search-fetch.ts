/**
 * The search page's fetching: Pagefind's bundle, imported once (when the
 * first search runs, or when the box gets focus), the pages of every filter
 * value, from one filter-only search per checkbox, each filter loaded once
 * and only when needed, and the vocabulary's shards for spelling suggestions.
 */
import type { Pagefind } from '../lib/search/pagefind-api.ts';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../lib/search/config.ts';
import type { FilterIndex } from '../lib/search/results.ts';
import type { VocabularyShard } from '../lib/search/spelling.ts';

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
 * A loader of the filter index for `checkboxes`, one filter at a time: a call
 * names the filters it needs and gets the pages of each of their values, from
 * one filter-only search per checkbox. Pagefind fetches only the chunk of the
 * filter a search names, so a first query fetches the `type` filter (which
 * ranking needs) and the filters the address selects, and the rest is fetched
 * after the results are shown, for the counts. Each filter is fetched once.
 */
export function filterIndexLoader(
	checkboxes: readonly HTMLInputElement[],
): (pagefind: Pagefind, names: readonly string[]) => Promise<FilterIndex> {
	const loaded = new Map<string, Promise<Record<string, ReadonlySet<string>>>>();
	const loadFilter = (pagefind: Pagefind, name: string) => {
		let values = loaded.get(name);
		if (!values) {
			values = (async () => {
				const group: Record<string, ReadonlySet<string>> = {};
				await Promise.all(
					checkboxes
						.filter((box) => box.name === name)
						.map(async (box) => {
							const found = await pagefind.search(null, { filters: { [name]: box.value } });
							group[box.value] = new Set(found?.results.map((r) => r.id) ?? []);
						}),
				);
				return group;
			})();
			loaded.set(name, values);
		}
		return values;
	};
	return async (pagefind, names) => {
		const groups = await Promise.all(names.map((name) => loadFilter(pagefind, name)));
		return Object.fromEntries(names.map((name, i) => [name, groups[i] as Record<string, ReadonlySet<string>>]));
	};
}

/**
 * A loader of the vocabulary's shards (src/lib/search/vocabulary.ts) published
 * under `bundle`: each shard is fetched once, when a word of a query that no
 * page holds starts with its letter. A shard that cannot be fetched is empty
 * (no suggestion, and search still works).
 */
export function vocabularyLoader(bundle: string): (shard: string) => Promise<VocabularyShard> {
	const shards = new Map<string, Promise<VocabularyShard>>();
	return (shard) => {
		let loading = shards.get(shard);
		if (!loading) {
			loading = fetch(`${bundle}vocabulary/${shard}.json`)
				.then((r) => (r.ok ? (r.json() as Promise<VocabularyShard>) : {}))
				.catch(() => ({}));
			shards.set(shard, loading);
		}
		return loading;
	};
}

/**
 * What a first search query fetched, by kind (scripts/bench-search.ts): the
 * search files of Pagefind's bundle (dist/pagefind/) sorted into code,
 * metadata, index chunks, fragments, filters and the spelling vocabulary,
 * each with its bytes decoded (as the browser holds them) and as transferred
 * (compressed, as served). Pure.
 */

/** The kinds of file in dist/pagefind/ a search fetches. */
export const SEARCH_FILE_KINDS = ['code', 'metadata', 'index', 'fragments', 'filters', 'vocabulary'] as const;
export type SearchFileKind = (typeof SEARCH_FILE_KINDS)[number];

/**
 * The kind of a file of the bundle by its path under /pagefind/: pagefind.js,
 * its worker and its WebAssembly are code; the entry and `pagefind.*.pf_meta`
 * metadata; `index/` chunks; `fragment/` one per result shown; `filter/`
 * the filters' counts; `vocabulary/` the spelling shards
 * (src/lib/search/vocabulary.ts). Undefined for a path outside the bundle.
 */
export function searchFileKind(path: string): SearchFileKind | undefined {
	const m = /^\/(?:.*\/)?pagefind\/(.+)$/.exec(path);
	const file = m?.[1];
	if (file === undefined) return undefined;
	if (file.startsWith('index/')) return 'index';
	if (file.startsWith('fragment/')) return 'fragments';
	if (file.startsWith('filter/')) return 'filters';
	if (file.startsWith('vocabulary/')) return 'vocabulary';
	if (file === 'pagefind-entry.json' || file.endsWith('.pf_meta')) return 'metadata';
	return 'code';
}

/** One response: its path, its body's bytes decoded and as transferred. */
export interface FetchedFile {
	path: string;
	decoded: number;
	transfer: number;
}

/** Bytes decoded and transferred. */
export interface Bytes {
	decoded: number;
	transfer: number;
}

/** The search files of some responses, summed by kind (every kind present, 0 when none was fetched). */
export function bytesByKind(files: readonly FetchedFile[]): Record<SearchFileKind, Bytes> {
	const sums = Object.fromEntries(SEARCH_FILE_KINDS.map((k) => [k, { decoded: 0, transfer: 0 }])) as Record<
		SearchFileKind,
		Bytes
	>;
	for (const f of files) {
		const kind = searchFileKind(f.path);
		if (kind === undefined) continue;
		sums[kind].decoded += f.decoded;
		sums[kind].transfer += f.transfer;
	}
	return sums;
}

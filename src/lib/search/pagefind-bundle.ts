/**
 * Which of the files Pagefind writes the site publishes. Pure, so it is
 * unit-tested; src/lib/search/index-site.ts removes what it says to drop
 * from the bundle Pagefind wrote.
 */

/** Pagefind's ready-made search UIs and its highlight script: the site uses none of them. */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js|playground\/.*)$/;

/** The bundle's entry file, which names the languages (and so the WebAssembly) the index has. */
export const BUNDLE_ENTRY = 'pagefind-entry.json';

/**
 * The bundle's files (paths inside it, "pagefind.js", "fragment/en-gb_4bbc806.pf_fragment"),
 * split into those to publish, everything the search API (pagefind.js) loads:
 * the entry, the worker, the index, fragments, filters, metadata and the
 * WebAssembly of the languages the entry names; and those to drop: the UIs,
 * and the WebAssembly for languages the site does not have. Each sorted by
 * path. `entry` is the text of {@link BUNDLE_ENTRY}; throws when there is none.
 */
export function splitBundle(
	paths: readonly string[],
	entry: string | undefined,
): { publish: string[]; drop: string[] } {
	if (entry === undefined || !paths.includes(BUNDLE_ENTRY))
		throw new Error(`the Pagefind bundle has no ${BUNDLE_ENTRY}`);
	const parsed = JSON.parse(entry) as { languages?: Record<string, { wasm?: string }> };
	const wasmUsed = new Set(Object.values(parsed.languages ?? {}).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
	const published = (path: string) =>
		!UNUSED.test(path) && (!/^wasm\.[^/]+\.pagefind$/.test(path) || wasmUsed.has(path));
	const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return { publish: sorted.filter(published), drop: sorted.filter((p) => !published(p)) };
}

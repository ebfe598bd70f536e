/**
 * Which of the files Pagefind produces the site publishes. Pure, so it is
 * unit-tested; src/integrations/pagefind.ts writes what it returns.
 */

export interface BundleFile {
	/** Path inside the bundle, for example "pagefind.js" or "fragment/en-gb_4bbc806.pf_fragment". */
	path: string;
	content: Uint8Array;
}

/** Pagefind's ready-made search UIs and its highlight script: the site uses none of them. */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js|playground\/.*)$/;

/**
 * The files to publish: everything the search API (pagefind.js) loads, that
 * is the entry, the worker, the index, fragments, filters, metadata and the
 * WebAssembly of the languages the entry names; not the UIs, and not the
 * WebAssembly for languages the site does not have. Sorted by path.
 */
export function bundleFilesToWrite<F extends BundleFile>(files: readonly F[]): F[] {
	const entry = files.find((f) => f.path === 'pagefind-entry.json');
	if (!entry) throw new Error('the Pagefind bundle has no pagefind-entry.json');
	const parsed = JSON.parse(new TextDecoder().decode(entry.content)) as {
		languages?: Record<string, { wasm?: string }>;
	};
	const wasmUsed = new Set(Object.values(parsed.languages ?? {}).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
	return files
		.filter((f) => !UNUSED.test(f.path))
		.filter((f) => !/^wasm\.[^/]+\.pagefind$/.test(f.path) || wasmUsed.has(f.path))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

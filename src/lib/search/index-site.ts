/**
 * The search index, written into a built site: Pagefind's Node API reads
 * the built HTML and writes `<site>/pagefind/`. Any Pagefind error, or an
 * index with no pages, is a {@link SearchIndexError}, so the build that runs
 * this (src/lib/build/finish.ts) publishes a searchable site or none.
 *
 * Only pages whose <main> carries data-pagefind-body are indexed (BaseLayout's
 * `search` prop); see src/lib/search/indexing.ts. Pagefind writes the bundle
 * to disk itself (`writeFiles`: the files never pass through Node's heap,
 * which `getFiles` would fill with a copy of the whole index); then Pagefind's
 * ready-made UIs are removed (the site has its own search page, and those UIs
 * inject inline styles the Content-Security-Policy forbids). After it, the
 * vocabulary the search page corrects spelling from is written from the
 * fragments Pagefind wrote into `pagefind/vocabulary/`
 * (src/lib/search/vocabulary.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { filesUnder } from '../build/files.ts';
import { BUNDLE_ENTRY, splitBundle } from './pagefind-bundle.ts';
import { writeVocabulary } from './vocabulary.ts';

export class SearchIndexError extends Error {
	constructor(errors: readonly string[]) {
		super(`search index (Pagefind) failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
		this.name = 'SearchIndexError';
	}
}

/**
 * Removes from the bundle in `out` the files the site does not publish
 * (src/lib/search/pagefind-bundle.ts), and the folders that leaves empty;
 * returns the files kept.
 */
function keepPublished(out: string): string[] {
	const entry = join(out, BUNDLE_ENTRY);
	const { publish, drop } = splitBundle(filesUnder(out), existsSync(entry) ? readFileSync(entry, 'utf8') : undefined);
	for (const path of drop) rmSync(join(out, path));
	for (const folder of new Set(drop.filter((p) => p.includes('/')).map((p) => p.split('/')[0] as string))) {
		if (readdirSync(join(out, folder)).length === 0) rmSync(join(out, folder), { recursive: true });
	}
	return publish;
}

/** Pagefind's index with every built page of `site` read into it. */
async function readPages(site: string): Promise<{ index: pagefind.PagefindIndex; pageCount: number }> {
	const created = await pagefind.createIndex({});
	if (!created.index || created.errors.length > 0) throw new SearchIndexError(created.errors);
	const added = await created.index.addDirectory({ path: site });
	if (added.errors.length > 0) throw new SearchIndexError(added.errors);
	return { index: created.index, pageCount: added.page_count };
}

/** Writes the index of `reading` into `site`/pagefind/, trims it and adds the vocabulary; returns the log line. */
async function writeIndex(
	site: string,
	reading: Awaited<ReturnType<typeof readPages>>,
	started: number,
): Promise<string> {
	const out = join(site, 'pagefind');
	rmSync(out, { recursive: true, force: true });
	const written = await reading.index.writeFiles({ outputPath: out });
	if (written.errors.length > 0) throw new SearchIndexError(written.errors);
	const keep = keepPublished(out);
	// One fragment per indexed page (page_count counts every HTML file read).
	const indexed = keep.filter((f) => f.startsWith('fragment/')).length;
	if (indexed === 0) {
		rmSync(out, { recursive: true, force: true });
		throw new SearchIndexError([
			"no page was indexed: pages opt in with BaseLayout's `search` prop (data-pagefind-body)",
		]);
	}
	const bytes = keep.reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
	const vocabulary = writeVocabulary(out);
	const ms = Math.round(performance.now() - started);
	return (
		`indexed ${indexed} of ${reading.pageCount} pages in ${ms} ms: ${keep.length} files, ${bytes} bytes in pagefind/; ` +
		`vocabulary of ${vocabulary.words} words in ${vocabulary.shards} shards, ${vocabulary.bytes} bytes`
	);
}

/**
 * Indexes the built pages of `site` into `site`/pagefind/ and resolves to the log line saying what
 * was indexed. The work is Pagefind's own process's, so this thread is free meanwhile (for the
 * abbreviation pass: a page it marks replaces its file by a rename, so Pagefind reads each page
 * whole, before or after it is marked, and `<abbr>` adds no text). Call {@link closeSearchIndex}
 * once it has settled, whether it succeeded or not.
 */
export function indexSite(site: string): Promise<string> {
	const started = performance.now();
	return readPages(site).then((reading) => writeIndex(site, reading, started));
}

/** Stops Pagefind's process. */
export async function closeSearchIndex(): Promise<void> {
	await pagefind.close();
}

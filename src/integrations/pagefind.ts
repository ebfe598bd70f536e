/**
 * Builds the search index as the last step of `astro build`: Pagefind's Node
 * API indexes the built HTML in dist/ and writes dist/pagefind/. Any Pagefind
 * error, or an index with no pages, fails the build, so `npm run build` alone
 * produces a searchable site or none.
 *
 * It is two integrations around the abbreviation pass (src/integrations/abbreviations.ts):
 * `start` sets Pagefind reading the built pages and then writing the index at
 * `astro:build:done`, and returns at once, so Pagefind's own process indexes
 * on one core while the pass marks the pages on the other (the pass lets the
 * event loop turn, so this thread's requests to Pagefind go out meanwhile);
 * `finish` waits for the index. The marks do not change what is indexed (Pagefind indexes
 * a page's text, and `<abbr>` adds no text; the pass replaces each file by a
 * rename, so Pagefind reads a page either before or after it is marked, never
 * half-written).
 *
 * Only pages whose <main> carries data-pagefind-body are indexed (BaseLayout's
 * `search` prop); see src/lib/search/indexing.ts. Pagefind writes the bundle
 * to disk itself (`writeFiles`: the files never pass through Node's heap,
 * which `getFiles` would fill with a copy of the whole index); then Pagefind's
 * ready-made UIs are removed (the site has its own search page, and those UIs
 * inject inline styles the Content-Security-Policy forbids). After it, the
 * vocabulary the search page corrects spelling from is written from the
 * fragments Pagefind wrote into dist/pagefind/vocabulary/
 * (src/lib/search/vocabulary.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { filesUnder } from '../lib/build/files.ts';
import { BUNDLE_ENTRY, splitBundle } from '../lib/search/pagefind-bundle.ts';
import { writeVocabulary } from '../lib/search/vocabulary.ts';

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

/** The two halves of the search index step: `start` goes before the abbreviation pass, `finish` after it. */
export default function searchIndex(): { start: AstroIntegration; finish: AstroIntegration } {
	let indexing: Promise<string> | undefined;
	return {
		start: {
			name: 'portal:search-index-start',
			hooks: {
				'astro:build:done': ({ dir }) => {
					const site = fileURLToPath(dir);
					const started = performance.now();
					indexing = readPages(site).then((reading) => writeIndex(site, reading, started));
					// Awaited by `finish`; a failure here must not also be an unhandled rejection if the build stops first.
					indexing.catch(() => undefined);
				},
			},
		},
		finish: {
			name: 'portal:search-index',
			hooks: {
				'astro:build:done': async ({ logger }) => {
					if (!indexing) throw new Error('the search index was not started: portal:search-index-start must come first');
					try {
						logger.info(await indexing);
					} finally {
						indexing = undefined;
						await pagefind.close();
					}
				},
			},
		},
	};
}

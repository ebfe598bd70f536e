/**
 * Builds the search index as the last step of `astro build`: Pagefind's Node
 * API indexes the built HTML in dist/ and writes dist/pagefind/. Any Pagefind
 * error, or an index with no pages, fails the build, so `npm run build` alone
 * produces a searchable site or none.
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

export default function searchIndex(): AstroIntegration {
	return {
		name: 'portal:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const out = join(site, 'pagefind');
				const started = performance.now();
				try {
					const created = await pagefind.createIndex({});
					if (!created.index || created.errors.length > 0) throw new SearchIndexError(created.errors);
					const { index } = created;
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new SearchIndexError(added.errors);
					rmSync(out, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath: out });
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
					logger.info(
						`indexed ${indexed} of ${added.page_count} pages in ${ms} ms: ${keep.length} files, ${bytes} bytes in pagefind/; ` +
							`vocabulary of ${vocabulary.words} words in ${vocabulary.shards} shards, ${vocabulary.bytes} bytes`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

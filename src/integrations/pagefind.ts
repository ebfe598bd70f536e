/**
 * Builds the search index as the last step of `astro build`: Pagefind's Node
 * API indexes the built HTML in dist/ and writes dist/pagefind/. Any Pagefind
 * error, or an index with no pages, fails the build, so `npm run build` alone
 * produces a searchable site or none.
 *
 * Only pages whose <main> carries data-pagefind-body are indexed (BaseLayout's
 * `search` prop); see src/lib/search/indexing.ts. The bundle is written
 * without Pagefind's ready-made UIs (the site has its own search page, and
 * those UIs inject inline styles the Content-Security-Policy forbids).
 * After it, the vocabulary the search page corrects spelling from is written
 * from the index's fragments into dist/pagefind/vocabulary/
 * (src/lib/search/vocabulary.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundleFilesToWrite } from '../lib/search/pagefind-bundle.ts';
import { writeVocabulary } from '../lib/search/vocabulary.ts';

export class SearchIndexError extends Error {
	constructor(errors: readonly string[]) {
		super(`search index (Pagefind) failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
		this.name = 'SearchIndexError';
	}
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
					const files = await index.getFiles();
					if (files.errors.length > 0) throw new SearchIndexError(files.errors);
					const keep = bundleFilesToWrite(files.files);
					// One fragment per indexed page (page_count counts every HTML file read).
					const indexed = keep.filter((f) => f.path.startsWith('fragment/')).length;
					if (indexed === 0) {
						throw new SearchIndexError([
							"no page was indexed: pages opt in with BaseLayout's `search` prop (data-pagefind-body)",
						]);
					}
					rmSync(out, { recursive: true, force: true });
					let bytes = 0;
					for (const file of keep) {
						const target = join(out, file.path);
						mkdirSync(dirname(target), { recursive: true });
						writeFileSync(target, file.content);
						bytes += file.content.byteLength;
					}
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

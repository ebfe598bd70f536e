/**
 * Gate: drafts are never published. A copy of the project (tests/build/variants.ts) gets a draft page
 * (draft: true) carrying a unique word, related to real targets so that any
 * page listing a target's guidance would pick it up, and ordered first so
 * that navigation and pagination would. After a build, the word is in no
 * file of dist/: no HTML page, search index (Pagefind's compressed files are
 * read decompressed), data download, sitemap or feed; and no route exists
 * for the page. A published control page with its own word, built in the
 * same copy, must be found everywhere the draft must not: that proves the
 * build read the copy's content and that the search really looks inside
 * every kind of file.
 *
 *   npx vitest run --project build tests/build/drafts.test.ts
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { distTexts } from '../helpers/dist.ts';
import type { BuildResult } from '../helpers/site.ts';
import { CONTROL_WORD, DRAFT_WORD, editedSite } from './variants.ts';

let dist = '';
let build: BuildResult;
/** Each dist/ file's text, and for gzip files (Pagefind's index) its decompressed text too, lower-cased. */
let texts: Map<string, string>;

beforeAll(() => {
	// The copy is shared with other tests of this run (tests/build/variants.ts): the gate's two pages are in it.
	({ dist, build } = editedSite());
	texts = distTexts(dist);
});

const filesWith = (word: string) => [...texts].filter(([, text]) => text.includes(word)).map(([file]) => file);

describe('drafts', () => {
	it('builds the copy with a draft and a published control page', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('publishes the control page, in its page, its priority page and (when there is one) the search index', () => {
		const found = filesWith(CONTROL_WORD);
		expect(found).toContain(`virtual-wards/${CONTROL_WORD}-published/index.html`);
		expect(found).toContain('virtual-wards/index.html');
		if (listFiles(dist).some((f) => f.startsWith('pagefind/')))
			expect(found.some((f) => f.startsWith('pagefind/'))).toBe(true);
	});

	it('has no route for the draft', () => {
		expect(listFiles(dist).filter((f) => f.toLowerCase().includes(DRAFT_WORD))).toEqual([]);
	});

	it('leaves the draft in no file of dist/: pages, search index, data downloads, sitemaps, feeds', () => {
		expect(texts.size).toBeGreaterThan(0);
		expect(filesWith(DRAFT_WORD), `the draft's word "${DRAFT_WORD}" is in these published files`).toEqual([]);
	});
});

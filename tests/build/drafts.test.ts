/**
 * Gate: drafts are never published. A copy of the project gets a draft page
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
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { fullProjectCopy } from '../../scripts/lib/project-copy.ts';
import { buildSite, removeCopy, type BuildResult } from '../helpers/site.ts';

const DRAFT_WORD = 'qzxdraftkvp';
const CONTROL_WORD = 'qzxcontrolwbn';

const page = (word: string, draft: boolean) => `---
title: ${word} page about virtual beds
summary: A ${word} page that exists only in the test suite, about virtual wards and beds.
audience: [ics, acute]
kind: requirement
targets: [vw-40-50-per-100k, vw-10000-beds, core-digitisation-2025]
sources:
  - { id: hfma-2022-04-virtual-wards-funding, section: ${word} }
lastReviewed: 2026-11-25
nextReview: 2027-05-25
owner: ${word} team
order: 1
draft: ${draft}
---

## ${word} heading

The word ${word} appears in the title, summary, headings and text of this page.
`;

let dir = '';
let dist = '';
let build: BuildResult;
/** Each dist/ file's text, and for gzip files (Pagefind's index) its decompressed text too, lower-cased. */
let texts: Map<string, string>;

beforeAll(() => {
	dir = fullProjectCopy('drafts');
	writeFileSync(join(dir, `content/virtual-wards/${DRAFT_WORD}-unpublished.mdx`), page(DRAFT_WORD, true));
	writeFileSync(join(dir, `content/virtual-wards/${CONTROL_WORD}-published.mdx`), page(CONTROL_WORD, false));
	dist = join(dir, 'dist');
	build = buildSite(dir, dist);
	texts = new Map(
		listFiles(dist).map((file) => {
			const bytes = readFileSync(join(dist, file));
			const parts = [bytes.toString('latin1')];
			if (bytes[0] === 0x1f && bytes[1] === 0x8b) parts.push(gunzipSync(bytes).toString('latin1'));
			return [file, parts.join('\n').toLowerCase()];
		}),
	);
});

afterAll(() => removeCopy(dir));

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

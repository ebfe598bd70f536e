/**
 * The abbreviation pass over a built site: the glossary's abbreviations are
 * marked at their first use in each page's `<main>`, whatever wrote the text
 * (src/lib/build/abbreviations.ts, `markAbbreviations`), once the page is
 * written. Run by src/lib/build/finish.ts while Pagefind reads the same pages:
 * each marked page replaces its file by a rename, so Pagefind never reads one
 * half-written.
 *
 * With a cache (an incremental build: src/lib/build/abbreviation-cache.ts),
 * a page the build copied unchanged is marked without being parsed again.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Abbreviation } from '../mdx/plugins.ts';
import { AbbreviationCache } from './abbreviation-cache.ts';
import { markAbbreviations } from './abbreviations.ts';
import { filesUnder } from './files.ts';

/** The file of Astro's cache folder that keeps the marks. */
export const MARKS_CACHE_FILE = 'portal-abbreviations.json';

/** Where the marks of the last build are kept, and the digest of the code they were made by. */
export interface MarksCache {
	file: string;
	code: string;
}

/**
 * Pages marked between two turns of the event loop. The pass is synchronous
 * work; without the turns it would hold the event loop for all of it, and
 * Pagefind's process, which this thread talks to, would get its first
 * request (start an index, read the pages) only once the pass had ended, so
 * the two would run one after the other instead of side by side.
 */
const PAGES_PER_TURN = 16;

/** Marks every .html page under `site`; resolves to the log line saying how many changed. */
export async function markPages(
	site: string,
	entries: readonly Abbreviation[],
	cached: MarksCache | undefined,
): Promise<string> {
	const cache = cached ? new AbbreviationCache(cached.file, entries, cached.code) : undefined;
	const pages = filesUnder(site)
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(site, f));
	let changed = 0;
	let done = 0;
	for (const file of pages) {
		if (done++ % PAGES_PER_TURN === 0) await nextTurn();
		const html = readFileSync(file, 'utf8');
		const marked = cache ? cache.mark(html) : markAbbreviations(html, entries);
		if (marked === html) continue;
		// A name Pagefind does not read (it reads *.html), then the rename: the page is whole at every moment.
		writeFileSync(`${file}.marking`, marked);
		renameSync(`${file}.marking`, file);
		changed += 1;
	}
	cache?.save();
	const reuse = cache
		? ` (${String(cache.stats.reused)} from the last build's, ${String(cache.stats.parsed)} parsed)`
		: '';
	return `abbreviations marked on ${String(changed)} pages${reuse}`;
}

/** The glossary's marks kept between builds (src/lib/build/abbreviation-cache.ts). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AbbreviationCache } from '../../../src/lib/build/abbreviation-cache.ts';
import { markAbbreviations } from '../../../src/lib/build/abbreviations.ts';

const ENTRIES = [
	{ abbreviation: 'ICB', term: 'Integrated care board' },
	{ abbreviation: 'EPR', term: 'Electronic patient record' },
];
const page = (main: string) => `<!DOCTYPE html><html><body><header>ICB</header><main>${main}</main></body></html>`;
const PAGES = [page('<p>Each ICB has an EPR.</p>'), page('<p>42 ICBs.</p>'), page('<p>Nothing to mark.</p>')];

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const cacheFile = () => {
	dir = mkdtempSync(join(tmpdir(), 'abbreviation-cache-'));
	return join(dir, 'marks.json');
};

describe('the abbreviation cache', () => {
	it('marks every page as markAbbreviations does, from the cache on the next build, parsing none', () => {
		const file = cacheFile();
		const first = new AbbreviationCache(file, ENTRIES, 'code');
		expect(PAGES.map((p) => first.mark(p))).toEqual(PAGES.map((p) => markAbbreviations(p, ENTRIES)));
		expect(first.stats).toEqual({ reused: 0, parsed: 3 });
		first.save();
		const next = new AbbreviationCache(file, ENTRIES, 'code');
		expect(PAGES.map((p) => next.mark(p))).toEqual(PAGES.map((p) => markAbbreviations(p, ENTRIES)));
		expect(next.stats).toEqual({ reused: 3, parsed: 0 });
	});

	it('parses a changed page again, and keeps only the pages of the last build', () => {
		const file = cacheFile();
		const first = new AbbreviationCache(file, ENTRIES, 'code');
		for (const p of PAGES) first.mark(p);
		first.save();
		const next = new AbbreviationCache(file, ENTRIES, 'code');
		const changed = page('<p>An EPR, then an ICB.</p>');
		expect(next.mark(changed)).toBe(markAbbreviations(changed, ENTRIES));
		expect(next.mark(PAGES[0] ?? '')).toBe(markAbbreviations(PAGES[0] ?? '', ENTRIES));
		expect(next.stats).toEqual({ reused: 1, parsed: 1 });
		next.save();
		const stored = JSON.parse(readFileSync(file, 'utf8')) as { pages: Record<string, unknown> };
		expect(Object.keys(stored.pages)).toHaveLength(2);
	});

	it('reuses nothing when the glossary or the code changed, or the file is unreadable', () => {
		const file = cacheFile();
		const first = new AbbreviationCache(file, ENTRIES, 'code');
		for (const p of PAGES) first.mark(p);
		first.save();
		const glossary = [{ abbreviation: 'ICB', term: 'Integrated care boards (changed)' }];
		const changedGlossary = new AbbreviationCache(file, glossary, 'code');
		expect(changedGlossary.mark(PAGES[1] ?? '')).toBe(markAbbreviations(PAGES[1] ?? '', glossary));
		expect(changedGlossary.stats.reused).toBe(0);
		const changedCode = new AbbreviationCache(file, ENTRIES, 'other code');
		changedCode.mark(PAGES[0] ?? '');
		expect(changedCode.stats.reused).toBe(0);
		const missing = new AbbreviationCache(join(dir, 'none.json'), ENTRIES, 'code');
		missing.mark(PAGES[0] ?? '');
		expect(missing.stats).toEqual({ reused: 0, parsed: 1 });
	});
});

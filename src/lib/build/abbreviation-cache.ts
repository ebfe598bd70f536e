/**
 * The glossary's marks of the last build, kept for the next one: a page that
 * Astro's incremental build copied unchanged from its cache is written as it
 * was before the marks, so src/lib/build/mark-pages.ts would parse it
 * again for the same result. Here each page's marks (the replacements of
 * {@link abbreviationEdits}, a few bytes each) are kept by the sha256 of the
 * page as Astro wrote it, under a key of the abbreviations and the code: the
 * same page, glossary and code always mark the same way, so a page found here
 * is marked without being parsed, byte for byte as it would be. Entries no
 * page of the build used are dropped when it is saved.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Abbreviation } from '../mdx/plugins.ts';
import { abbreviationEdits, applyEdits, type Edit } from './abbreviations.ts';

/** Bump when the file's layout or the meaning of its key changes. */
const VERSION = 1;

interface Stored {
	version: number;
	key: string;
	pages: Record<string, Edit[]>;
}

/** How many pages were marked from the cache and how many were parsed. */
export interface AbbreviationCacheStats {
	reused: number;
	parsed: number;
}

/** The marks of each page by the sha256 of its text, read from `file` when it was saved under the same `code` digest and abbreviations. */
export class AbbreviationCache {
	readonly #file: string;
	readonly #key: string;
	readonly #entries: readonly Abbreviation[];
	readonly #previous: Record<string, Edit[]>;
	readonly #next: Record<string, Edit[]> = {};
	readonly stats: AbbreviationCacheStats = { reused: 0, parsed: 0 };

	constructor(file: string, entries: readonly Abbreviation[], code: string) {
		this.#file = file;
		this.#entries = entries;
		this.#key = createHash('sha256').update(JSON.stringify({ code, entries })).digest('hex');
		this.#previous = AbbreviationCache.#read(file, this.#key);
	}

	static #read(file: string, key: string): Record<string, Edit[]> {
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
			return stored.version === VERSION && stored.key === key ? stored.pages : {};
		} catch {
			return {};
		}
	}

	/** `html` with its abbreviations marked (markAbbreviations), from the cache when this page was marked before. */
	mark(html: string): string {
		const hash = createHash('sha256').update(html).digest('hex');
		let edits = this.#next[hash] ?? this.#previous[hash];
		if (edits) this.stats.reused += 1;
		else {
			edits = abbreviationEdits(html, this.#entries);
			this.stats.parsed += 1;
		}
		this.#next[hash] = edits;
		return applyEdits(html, edits);
	}

	/** Writes the marks of this build's pages (only those) for the next build, through a temporary file. */
	save(): void {
		mkdirSync(dirname(this.#file), { recursive: true });
		const stored: Stored = { version: VERSION, key: this.#key, pages: this.#next };
		const temporary = `${this.#file}.${String(process.pid)}.tmp`;
		writeFileSync(temporary, JSON.stringify(stored));
		renameSync(temporary, this.#file);
	}
}

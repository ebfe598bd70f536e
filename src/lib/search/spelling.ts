/**
 * Spelling suggestions for search. Pagefind's only typo tolerance is
 * prefix back-off (an unknown word falls back to its longest indexed prefix,
 * so "hsopital" finds pages with any word in "h"). The build writes the
 * index's words, sharded by first letter (src/lib/search/vocabulary.ts); the
 * search page fetches the shard of a query word, and a word that is not in it
 * is unknown: the nearest known words are its corrections.
 *
 * Pure, with no imports, so the browser bundle stays small.
 */

/** A shard of the vocabulary: each word of the index that starts with the shard's letter, and how many pages hold it. */
export type VocabularyShard = Readonly<Record<string, number>>;

/** Words shorter than this are neither written to the vocabulary nor corrected. */
export const MIN_WORD_LENGTH = 3;

/**
 * The shard a word is in: its first letter a to z, or "0" for a digit; other
 * first characters (accented letters, other scripts) have no shard.
 */
export function shardOf(word: string): string | undefined {
	const first = word.charAt(0).toLowerCase();
	if (/[a-z]/.test(first)) return first;
	if (/[0-9]/.test(first)) return '0';
	return undefined;
}

/**
 * The edit distance between two words: the fewest insertions, deletions,
 * substitutions and swaps of two neighbouring letters that turn `a` into `b`
 * (optimal string alignment, so the common typo "hsopital" is one edit from
 * "hospital"). Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, (before[j - 2] as number) + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		before = previous;
		previous = row;
	}
	return previous[b.length] as number;
}

/** How many edits a correction of `word` may be: 1 for words of up to 5 letters, 2 for longer ones, none below {@link MIN_WORD_LENGTH}. */
export function maxEdits(word: string): number {
	if (word.length < MIN_WORD_LENGTH) return 0;
	return word.length <= 5 ? 1 : 2;
}

/**
 * Whether search knows `word` (lower case): it is in the shard, or is a plural
 * of a word in it ("icbs"), or begins a word in it ("digitis", which Pagefind
 * finds by prefix).
 */
export function isKnown(word: string, shard: VocabularyShard): boolean {
	if (Object.hasOwn(shard, word)) return true;
	for (const stem of [word.replace(/es$/, ''), word.replace(/s$/, '')]) {
		if (stem !== word && Object.hasOwn(shard, stem)) return true;
	}
	if (word.length < 4) return false;
	return Object.keys(shard).some((w) => w.startsWith(word));
}

/**
 * The best correction of an unknown `word` (lower case) from its shard: the
 * known word fewest edits away, within {@link maxEdits}; of those, the one on
 * most pages, then the first alphabetically. Undefined when none is close enough.
 *
 * @example correction('hsopital', { hospital: 12, hospice: 1 }) → 'hospital'
 */
export function correction(word: string, shard: VocabularyShard): string | undefined {
	const max = maxEdits(word);
	if (max === 0) return undefined;
	let best: { word: string; edits: number; pages: number } | undefined;
	for (const [candidate, pages] of Object.entries(shard)) {
		const edits = editDistance(word, candidate, max);
		if (edits === 0 || edits > max) continue;
		if (
			!best ||
			edits < best.edits ||
			(edits === best.edits && (pages > best.pages || (pages === best.pages && candidate < best.word)))
		)
			best = { word: candidate, edits, pages };
	}
	return best?.word;
}

/**
 * The words of a typed query that spelling may correct: unquoted, not typed in
 * capitals (an abbreviation the index does not hold is not a typo), lower case,
 * long enough, each once. Returns them with their position among the query's
 * whitespace-separated pieces, so a correction can replace the piece.
 */
export function correctableWords(query: string): { at: number; word: string }[] {
	if (/^\s*".*"\s*$/.test(query)) return [];
	const out: { at: number; word: string }[] = [];
	const seen = new Set<string>();
	query
		.trim()
		.split(/\s+/)
		.forEach((piece, at) => {
			const bare = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
			if (!/^\p{L}+$/u.test(bare) || /^\p{Lu}{2,}s?$/u.test(bare)) return;
			const word = bare.toLocaleLowerCase('en-GB');
			if (word.length < MIN_WORD_LENGTH || seen.has(word)) return;
			seen.add(word);
			out.push({ at, word });
		});
	return out;
}

/** The typed query with the pieces at the given positions replaced by their corrections (their punctuation kept). */
export function correctedQuery(query: string, corrections: ReadonlyMap<number, string>): string {
	return query
		.trim()
		.split(/\s+/)
		.map((piece, at) => {
			const fix = corrections.get(at);
			return fix === undefined ? piece : piece.replace(/[\p{L}\p{N}]+/u, fix);
		})
		.join(' ');
}

/**
 * Stop words: the small words ("the", "at", "of") that are on nearly every
 * page. Pagefind ANDs every word of a query, so they narrow nothing, yet each
 * costs the index chunk that holds it, and the chunk of "the" is the largest
 * of all. The search page drops them from a query before it searches.
 *
 * A word stays when it means something here: when it is part of a glossary
 * name the query contains ("at" in "hospital at home"), or when it is typed in
 * capitals as an abbreviation ("IT", "OR" for an operating theatre). Quoted
 * phrases are Pagefind's exact search and stay as typed, and a query of
 * nothing but stop words ("what is"), too.
 *
 * Pure, with no imports of ours beyond the word splitter, so the browser bundle stays small.
 */
import { words } from './synonyms.ts';

/** English words that narrow no search on this site. Lower case. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'a',
	'about',
	'an',
	'and',
	'are',
	'as',
	'at',
	'be',
	'by',
	'can',
	'did',
	'do',
	'does',
	'for',
	'from',
	'has',
	'have',
	'how',
	'i',
	'in',
	'is',
	'it',
	'its',
	'of',
	'on',
	'or',
	'should',
	'that',
	'the',
	'their',
	'there',
	'this',
	'to',
	'was',
	'we',
	'were',
	'what',
	'when',
	'where',
	'which',
	'who',
	'why',
	'will',
	'with',
]);

/** A word typed as an abbreviation: 2 to 5 capital letters (or digits after the first), as "IT", "OR", "ICB", "DAPB4". */
const ABBREVIATION = /^[A-Z][A-Z0-9]{1,4}$/;

/** One piece of a typed query: a quoted phrase, or a word with the punctuation typed around it. */
interface Piece {
	text: string;
	quoted: boolean;
}

function pieces(query: string): Piece[] {
	const out: Piece[] = [];
	const re = /"[^"]*"|[^\s"]+/g;
	for (let m = re.exec(query); m; m = re.exec(query)) out.push({ text: m[0], quoted: m[0].startsWith('"') });
	return out;
}

/**
 * The query without its stop words, for Pagefind. `names` are the glossary's
 * names as word lists (the SynonymGroup words, src/lib/search/synonyms.ts):
 * a stop word inside a name that the query contains whole is kept.
 *
 * @example withoutStopWords('the hospital at home', [['hospital', 'at', 'home']]) → 'hospital at home'
 * @example withoutStopWords('when did ICBs replace CCGs', []) → 'ICBs replace CCGs'
 * @example withoutStopWords('"the hospital at home"', []) → '"the hospital at home"'
 */
export function withoutStopWords(query: string, names: readonly (readonly string[])[]): string {
	const trimmed = query.trim();
	const all = pieces(trimmed);
	// The words of each unquoted piece, lower case, to find glossary names across pieces.
	const lower = all.map((p) => (p.quoted ? null : (words(p.text)[0] ?? '')));
	const inName = new Set<number>();
	for (const name of names) {
		if (!name.some((w) => STOP_WORDS.has(w))) continue;
		for (let i = 0; i + name.length <= lower.length; i++) {
			if (name.every((w, j) => lower[i + j] === w)) name.forEach((_, j) => inName.add(i + j));
		}
	}
	const kept = all.filter((p, i) => {
		if (p.quoted || inName.has(i)) return true;
		const ws = words(p.text);
		if (ws.length !== 1) return true;
		return !STOP_WORDS.has(ws[0] as string) || ABBREVIATION.test(p.text.replace(/[^\p{L}\p{N}]/gu, ''));
	});
	if (kept.length === 0) return trimmed;
	return kept.map((p) => p.text).join(' ');
}

/**
 * Pages that match some of the words. Pagefind ANDs every word of a query it
 * knows, so "when did ICBs replace CCGs" finds only pages with all of "icbs"
 * and "replace" (and none with "ccgs", which no page has). When the full
 * query finds few pages, the search page also searches each word of it on
 * its own (which loads the same index chunks, so costs no extra bytes) and
 * lists the other pages, ranked by how many of the words they match, then by
 * score, under "Pages that match some of your words".
 *
 * Pure, with no imports of ours beyond the word splitter, so the browser bundle stays small.
 */
import { words } from './synonyms.ts';

/** Below this many results for the whole query, the search page also searches its words one by one. */
export const PARTIAL_MATCH_BELOW = 5;

/**
 * The parts of a query to search one by one: its pieces (split at spaces),
 * except that a glossary name of several words that the query holds whole
 * ("hospital at home") stays one part. A query in double quotes is one part.
 *
 * @example queryParts('ICBs replace CCGs', []) → ['ICBs', 'replace', 'CCGs']
 * @example queryParts('hospital at home funding', [['hospital', 'at', 'home']]) → ['hospital at home', 'funding']
 */
export function queryParts(query: string, names: readonly (readonly string[])[]): string[] {
	const trimmed = query.trim();
	if (trimmed === '') return [];
	if (/^".+"$/.test(trimmed)) return [trimmed];
	const pieces = trimmed.split(/\s+/);
	const lower = pieces.map((p) => words(p).join(' '));
	const longest = [...names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
	const parts: string[] = [];
	for (let i = 0; i < pieces.length;) {
		const name = longest.find((n) => n.every((w, j) => lower[i + j] === w));
		const length = name?.length ?? 1;
		parts.push(pieces.slice(i, i + length).join(' '));
		i += length;
	}
	return parts;
}

/** A page found by a search, with its score. */
export interface Scored {
	id: string;
	score: number;
}

/** A page that matches some of the query's parts: how many, and the sum of its scores for them. */
export interface PartialMatch extends Scored {
	/** How many of the query's parts the page matches. */
	matched: number;
	/** The index of the part whose search scored the page highest (for its excerpt). */
	from: number;
}

/**
 * The pages that match some of the parts, from the results of each part's own
 * search (`perPart[i]` for part i), leaving out the pages of `whole` (the
 * results for the whole query, shown first). Ranked by the number of parts
 * matched, then by the sum of the scores; ties keep the order they came in.
 */
export function partialMatches(perPart: readonly (readonly Scored[])[], whole: readonly Scored[]): PartialMatch[] {
	const shown = new Set(whole.map((r) => r.id));
	const byId = new Map<string, PartialMatch & { best: number; first: number }>();
	let order = 0;
	perPart.forEach((results, from) => {
		const seen = new Set<string>();
		for (const r of results) {
			if (shown.has(r.id) || seen.has(r.id)) continue;
			seen.add(r.id);
			const page = byId.get(r.id);
			if (!page) {
				byId.set(r.id, { id: r.id, score: r.score, matched: 1, from, best: r.score, first: order++ });
				continue;
			}
			page.matched += 1;
			page.score += r.score;
			if (r.score > page.best) {
				page.best = r.score;
				page.from = from;
			}
		}
	});
	return [...byId.values()]
		.sort((a, b) => b.matched - a.matched || b.score - a.score || a.first - b.first)
		.map(({ id, score, matched, from }) => ({ id, score, matched, from }));
}

/** Whether the search page should also search the parts one by one: more than one part, and fewer than {@link PARTIAL_MATCH_BELOW} results. */
export function wantsPartialMatches(parts: readonly string[], wholeCount: number): boolean {
	return parts.length > 1 && wholeCount < PARTIAL_MATCH_BELOW;
}

/**
 * Turning Pagefind's answers into what the search page shows: merging the
 * results of a query and its synonyms, filtering them by the checkboxes,
 * counting what each checkbox would give, splitting excerpts into text and
 * highlights, and the sentence announced to screen readers. Pure: the page
 * script (src/client/search-page.ts) does the fetching and the DOM.
 */

/** A result as Pagefind's search returns it before its data is loaded. */
export interface ScoredId {
	id: string;
	score: number;
}

/**
 * Merges the results of several queries (a query and its synonym variants):
 * a page found by more than one adds up its scores, so a page that matches
 * both "EPR" and "electronic patient record" ranks above one that matches
 * only one of them. `from` is the index of the query whose match scored
 * highest for that page, so its excerpt can be shown. Ties keep a stable order.
 */
export function mergeResults(lists: readonly (readonly ScoredId[])[]): { id: string; score: number; from: number }[] {
	const merged = new Map<string, { id: string; score: number; from: number; best: number; first: number }>();
	let order = 0;
	lists.forEach((list, from) => {
		for (const r of list) {
			const seen = merged.get(r.id);
			if (!seen) {
				merged.set(r.id, { id: r.id, score: r.score, from, best: r.score, first: order++ });
			} else {
				seen.score += r.score;
				if (r.score > seen.best) {
					seen.best = r.score;
					seen.from = from;
				}
			}
		}
	});
	return [...merged.values()]
		.sort((a, b) => b.score - a.score || a.first - b.first)
		.map(({ id, score, from }) => ({ id, score, from }));
}

/** For each filter name and value, the ids of the pages that have it (from Pagefind's filter-only searches). */
export type FilterIndex = Record<string, Record<string, ReadonlySet<string>>>;

/**
 * Scales each result's score by the weight of its page type (read from the
 * `type` filter, by label) and re-sorts; a page of no known type keeps its
 * score. Ties keep the order they came in.
 */
export function weightByType<R extends { id: string; score: number }>(
	results: readonly R[],
	index: FilterIndex,
	weights: Readonly<Record<string, number>>,
	labels: Readonly<Record<string, string>>,
): R[] {
	const weightOf = (id: string): number => {
		for (const [type, label] of Object.entries(labels)) {
			if (index['type']?.[label]?.has(id)) return weights[type] ?? 1;
		}
		return 1;
	};
	return results
		.map((r, i) => ({ r: { ...r, score: r.score * weightOf(r.id) }, i }))
		.sort((a, b) => b.r.score - a.r.score || a.i - b.i)
		.map(({ r }) => r);
}

/** Whether page `id` passes the selection of one filter: nothing selected, or any selected value. */
function passes(id: string, index: FilterIndex, name: string, selected: readonly string[] | undefined): boolean {
	if (!selected || selected.length === 0) return true;
	return selected.some((value) => index[name]?.[value]?.has(id) ?? false);
}

/**
 * Keeps the results that pass every filter. Within a filter the values are
 * alternatives ("Virtual wards" or "Digitisation"); different filters must
 * all pass ("Virtual wards" and "Acute providers").
 */
export function applyFilters<T extends { id: string }>(
	results: readonly T[],
	index: FilterIndex,
	selected: Record<string, readonly string[]>,
): T[] {
	return results.filter((r) => Object.keys(selected).every((name) => passes(r.id, index, name, selected[name])));
}

/**
 * How many results each checkbox would give if it were ticked: the results
 * that pass every other filter and have that value. Ticked values count the
 * same way, so the numbers do not change when a box in the same group is ticked.
 */
export function filterCounts(
	results: readonly { id: string }[],
	index: FilterIndex,
	selected: Record<string, readonly string[]>,
): Record<string, Record<string, number>> {
	const counts: Record<string, Record<string, number>> = {};
	for (const [name, values] of Object.entries(index)) {
		const others = results.filter((r) =>
			Object.keys(selected).every((other) => other === name || passes(r.id, index, other, selected[other])),
		);
		counts[name] = {};
		for (const [value, ids] of Object.entries(values)) {
			counts[name][value] = others.filter((r) => ids.has(r.id)).length;
		}
	}
	return counts;
}

/** A piece of an excerpt: plain text, or a highlighted match. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	'#39': "'",
	'#x27': "'",
	nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
		const named = ENTITIES[code.toLowerCase()];
		if (named !== undefined) return named;
		if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
		if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
		return whole;
	});
}

/**
 * Splits a Pagefind excerpt ("text with <mark>hits</mark>", entities
 * encoded) into parts, so the page can build it with text nodes and <mark>
 * elements and never uses innerHTML. Any other tag is dropped as text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const push = (raw: string, mark: boolean) => {
		const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
		if (text === '') return;
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	};
	const re = /<mark>([\s\S]*?)<\/mark>/g;
	let at = 0;
	for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
		push(excerpt.slice(at, m.index), false);
		push(m[1] ?? '', true);
		at = m.index + m[0].length;
	}
	push(excerpt.slice(at), false);
	return parts;
}

/** A sub-result: a heading on the page where the words were found. */
export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
}

/** The different words highlighted in an excerpt, lower case. */
function markedWords(excerpt: string): number {
	const marked = excerptParts(excerpt)
		.filter((p) => p.mark)
		.map((p) => p.text.toLocaleLowerCase('en-GB'));
	return new Set(marked).size;
}

/**
 * The headings worth linking under a result: those with an anchor (the
 * page-level sub-result repeats the page), at most `max`; those whose excerpt
 * highlights more of the query's different words first (the glossary entry
 * that answers "ICBs replace CCGs" before the 42 entries that only say
 * "ICB"), otherwise in Pagefind's order.
 */
export function headingResults(pageUrl: string, subResults: readonly SubResult[], max = 3): SubResult[] {
	return subResults
		.filter((s) => s.url !== pageUrl && s.url.includes('#'))
		.map((s, i) => ({ s, i, words: markedWords(s.excerpt) }))
		.sort((a, b) => b.words - a.words || a.i - b.i)
		.slice(0, max)
		.map(({ s }) => s);
}

/** "1 result" / "12 results". */
export function countText(n: number): string {
	return `${n} result${n === 1 ? '' : 's'}`;
}

/**
 * The sentence announced to screen readers (and shown) after a search:
 * "3 results for ‘cyber security’, filtered by Priority: Costed digital
 * investment plans. Also searched for ‘cybersecurity’." Then, when given,
 * how many pages match only some of the words ("12 more pages match some of
 * your words."), and the spelling: the query typed when the results are for
 * its correction ("No results for ‘hsopital’. 4 results for ‘hospital’."), or
 * a correction offered ("Did you mean ‘hospital’?").
 */
export function statusText(options: {
	q: string;
	count: number;
	filters: Record<string, readonly string[]>;
	filterLabels: Record<string, string>;
	alsoSearched: readonly string[];
	partial?: number | undefined;
	correctedFrom?: string | undefined;
	suggestion?: string | undefined;
}): string {
	const { q, count, filters, filterLabels, alsoSearched, partial = 0, correctedFrom, suggestion } = options;
	let text = correctedFrom === undefined ? '' : `No results for ‘${correctedFrom}’. `;
	text += `${count === 0 ? 'No results' : countText(count)} for ‘${q}’`;
	const applied = Object.entries(filters)
		.filter(([, values]) => values.length > 0)
		.map(([name, values]) => `${filterLabels[name] ?? name}: ${values.join(' or ')}`);
	if (applied.length > 0) text += `, filtered by ${applied.join('; ')}`;
	text += '.';
	if (alsoSearched.length > 0) text += ` Also searched for ${alsoSearched.map((s) => `‘${s}’`).join(', ')}.`;
	if (partial > 0)
		text += ` ${count > 0 ? `${partial} more` : partial} page${partial === 1 ? ' matches' : 's match'} some of your words.`;
	if (suggestion !== undefined) text += ` Did you mean ‘${suggestion}’?`;
	return text;
}

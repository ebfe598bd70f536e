/**
 * Synonyms for search. Pagefind has no synonym feature, so the search page
 * expands a query before it searches: every name of a glossary entry (its
 * term, abbreviation and synonyms) stands for the others. "EPR funding" is
 * searched as "EPR funding" and "electronic patient record funding", and the
 * results are merged (src/lib/search/results.ts).
 *
 * Pure: the glossary comes in as data; the search page gets the groups from
 * a data attribute written at build time.
 */

/** The part of a glossary entry that search needs. */
export interface SynonymSource {
	term: string;
	abbreviation?: string | undefined;
	synonyms: readonly string[];
}

/** Names that mean the same thing, lower-case, as word lists: [["epr"], ["electronic", "patient", "record"]]. */
export type SynonymGroup = string[][];

/** The most queries one search may expand into (the original included). */
export const MAX_VARIANTS = 6;

/** Every name of an entry that search treats as the same: the term, its abbreviation and its synonyms. */
export function namesOf(entry: SynonymSource): string[] {
	return [entry.term, ...(entry.abbreviation ? [entry.abbreviation] : []), ...entry.synonyms];
}

/** Splits text into lower-case words, dropping punctuation: "Hospital-at-home!" → ["hospital", "at", "home"]. */
export function words(text: string): string[] {
	return text
		.toLocaleLowerCase('en-GB')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0);
}

/** The synonym groups of a glossary: one per entry with at least two distinct names. */
export function synonymGroups(entries: readonly SynonymSource[]): SynonymGroup[] {
	const groups: SynonymGroup[] = [];
	for (const entry of entries) {
		const seen = new Set<string>();
		const group: string[][] = [];
		for (const name of namesOf(entry)) {
			const w = words(name);
			const key = w.join(' ');
			if (w.length === 0 || seen.has(key)) continue;
			seen.add(key);
			group.push(w);
		}
		if (group.length > 1) groups.push(group);
	}
	return groups;
}

/**
 * Every name of the glossary of more than one word, as word lists, each once:
 * the phrases a query keeps whole ("hospital at home" keeps its "at",
 * src/lib/search/stop-words.ts; and is searched as one part,
 * src/lib/search/partial-match.ts).
 */
export function glossaryPhrases(entries: readonly SynonymSource[]): string[][] {
	const seen = new Map<string, string[]>();
	for (const name of entries.flatMap(namesOf)) {
		const w = words(name);
		if (w.length > 1) seen.set(w.join(' '), w);
	}
	return [...seen.values()];
}

/**
 * Names used by more than one entry ("ics" in two entries would make a query
 * mean two things). The content check reports them.
 */
export function sharedNames(entries: readonly (SynonymSource & { id: string })[]): { name: string; ids: string[] }[] {
	const byName = new Map<string, string[]>();
	for (const entry of entries) {
		for (const key of new Set(namesOf(entry).map((n) => words(n).join(' ')))) {
			byName.set(key, [...(byName.get(key) ?? []), entry.id]);
		}
	}
	return [...byName].filter(([, ids]) => ids.length > 1).map(([name, ids]) => ({ name, ids }));
}

/** A query word matches a name's word when equal, or its plural ("eprs", "wards", "searches"). */
function wordMatches(queryWord: string, nameWord: string): boolean {
	return queryWord === nameWord || queryWord === `${nameWord}s` || queryWord === `${nameWord}es`;
}

/** Where `name` occurs as whole words in `query`, or -1. */
function findName(query: readonly string[], name: readonly string[]): number {
	outer: for (let i = 0; i + name.length <= query.length; i++) {
		for (let j = 0; j < name.length; j++) {
			if (!wordMatches(query[i + j] as string, name[j] as string)) continue outer;
		}
		return i;
	}
	return -1;
}

/**
 * The queries to run for `query`: the query itself first, then the query with
 * each glossary name it contains replaced by the other names of its entry.
 * Longer names win ("integrated care board" before "care"), a word is only
 * replaced once, and at most {@link MAX_VARIANTS} queries are returned.
 * A query in double quotes (Pagefind's exact phrase search) stays quoted.
 *
 * @example expandQuery("EPR funding", groups) → ["EPR funding", "electronic patient record funding"]
 */
export function expandQuery(query: string, groups: readonly SynonymGroup[], max = MAX_VARIANTS): string[] {
	const trimmed = query.trim();
	if (trimmed === '') return [];
	const quoted = /^".+"$/.test(trimmed);
	const q = words(quoted ? trimmed.slice(1, -1) : trimmed);

	// Find each group's longest name in the query, without overlapping an earlier find.
	const candidates = groups
		.flatMap((group) => group.map((name) => ({ group, name, at: findName(q, name) })))
		.filter((c) => c.at >= 0)
		.sort((a, b) => b.name.length - a.name.length || a.at - b.at);
	const taken = new Set<number>();
	const usedGroups = new Set<SynonymGroup>();
	const matches: { at: number; length: number; alternatives: string[][] }[] = [];
	for (const c of candidates) {
		if (usedGroups.has(c.group)) continue;
		const span = Array.from({ length: c.name.length }, (_, k) => c.at + k);
		if (span.some((i) => taken.has(i))) continue;
		span.forEach((i) => taken.add(i));
		usedGroups.add(c.group);
		matches.push({ at: c.at, length: c.name.length, alternatives: c.group.filter((n) => n !== c.name) });
	}
	matches.sort((a, b) => a.at - b.at);

	// Each variant replaces one or more matches; the original query comes first.
	const out = [trimmed];
	const seen = new Set([words(trimmed).join(' ')]);
	const variants: string[][][] = [[]];
	for (const m of matches) {
		const next: string[][][] = [];
		for (const v of variants) {
			next.push([...v, []]);
			for (const alt of m.alternatives) next.push([...v, alt]);
		}
		variants.splice(0, variants.length, ...next);
	}
	// variants[k][i] is the replacement for matches[i] ([] keeps the query's words).
	for (const v of variants) {
		const result: string[] = [];
		let i = 0;
		matches.forEach((m, mi) => {
			result.push(...q.slice(i, m.at));
			const replacement = v[mi] as string[];
			result.push(...(replacement.length > 0 ? replacement : q.slice(m.at, m.at + m.length)));
			i = m.at + m.length;
		});
		result.push(...q.slice(i));
		const key = result.join(' ');
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(quoted ? `"${key}"` : key);
		if (out.length >= max) break;
	}
	return out;
}

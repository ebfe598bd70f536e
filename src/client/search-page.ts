/**
 * The search page in the browser: reads the search from the address
 * (?q=…&priority=…), searches the Pagefind index with the query (its stop
 * words dropped) and its glossary synonyms, then, when that finds few
 * pages, each of its words on its own; corrects a word no page holds from
 * the build's vocabulary; and shows the results, the filter counts and a
 * status sentence that screen readers announce. Keeps the address in step with
 * the history so a search can be shared and Back works.
 *
 * Loaded only by /search/ (src/pages/search/index.astro). This file runs a
 * search and wires the events; the DOM is in search-dom.ts, the state and
 * address in search-url.ts, fetching Pagefind in search-fetch.ts, and the
 * logic in src/lib/search (unit-tested).
 */
import type { Pagefind, PagefindResult, PagefindSearch } from '../lib/search/pagefind-api.ts';
import {
	PAGE_TYPE_LABELS,
	RESULTS_PER_PAGE,
	SEARCH_FILTER_LABELS,
	SEARCH_FILTERS,
	TYPE_WEIGHTS,
} from '../lib/search/config.ts';
import {
	partialMatches,
	PARTIAL_MATCH_BELOW,
	queryParts,
	wantsPartialMatches,
	type Scored,
} from '../lib/search/partial-match.ts';
import {
	applyFilters,
	countText,
	filterCounts,
	mergeResults,
	weightByType,
	statusText,
	type FilterIndex,
} from '../lib/search/results.ts';
import { correctableWords, correctedQuery, correction, isKnown, shardOf } from '../lib/search/spelling.ts';
import { hasFilters, searchHref, type SearchState } from '../lib/search/state.ts';
import { withoutStopWords } from '../lib/search/stop-words.ts';
import { expandQuery, words, type SynonymGroup } from '../lib/search/synonyms.ts';
import {
	hideEmptyFilters,
	resultItem,
	searchPageElements,
	setCounts,
	showBrowse,
	showSpelling,
	SITE_TITLE,
	type SpellingView,
} from './search-dom.ts';
import { filterIndexLoader, pagefindLoader, vocabularyLoader } from './search-fetch.ts';
import { formState, searchHistory, showState, typedAsIs, TYPED_PARAM, urlState } from './search-url.ts';

const el = searchPageElements();
const { form, input, clearFilters, more, list, partialList, checkboxes } = el;
const synonyms = JSON.parse(form.dataset['synonyms'] ?? '[]') as SynonymGroup[];
const phrases = JSON.parse(form.dataset['phrases'] ?? '[]') as string[][];
const bundle = form.dataset['pagefind'] ?? '/pagefind/';
const loadPagefind = pagefindLoader(bundle, form.dataset['base'] ?? '/');
const loadFilters = filterIndexLoader(checkboxes);
const loadShard = vocabularyLoader(bundle);
const searches = searchHistory(checkboxes);
const ALL_FILTERS: readonly string[] = SEARCH_FILTERS;

// JavaScript works: the no-JavaScript message goes (the stylesheet never lays it out where scripts run,
// `scripting: enabled`; this is for browsers without that media feature), the filters come.
el.noJs.hidden = true;

/** The results of one search, ready to show: pages matching every word, then pages matching some. */
interface Found {
	/** The query as typed. */
	q: string;
	/** The pages that match every word, best first. */
	whole: Scored[];
	/** The pages that match only some of the words, most words first. */
	partial: Scored[];
	/** The result to show for each page (from the search that scored it highest). */
	pick: Map<string, PagefindResult>;
	/** The other queries searched for the glossary's synonyms. */
	alsoSearched: string[];
	/** Corrections of the words no page holds, by their place among the typed query's pieces. */
	corrections: Map<number, string>;
}

/** Searches `query` and its synonyms, and merges them; remembers the result to show for each page. */
async function searchWithSynonyms(
	pagefind: Pagefind,
	query: string,
	pick: Map<string, PagefindResult>,
): Promise<{ ranked: Scored[]; variants: string[] }> {
	const variants = expandQuery(query, synonyms);
	const found: (PagefindSearch | null)[] = await Promise.all(variants.map((v) => pagefind.search(v)));
	const lists = found.map((s) => s?.results ?? []);
	const ranked = mergeResults(lists);
	const byQuery = lists.map((l) => new Map(l.map((r) => [r.id, r])));
	for (const r of ranked) {
		const result = byQuery[r.from]?.get(r.id);
		if (result && !pick.has(r.id)) pick.set(r.id, result);
	}
	return { ranked, variants };
}

/**
 * The words of `q` that no page holds, and their corrections, by place. Only
 * the words of parts that found nothing, or so few pages that Pagefind may
 * have fallen back to a prefix ("quetzal" finds an ICB code in "qu"), are
 * looked up, each in its letter's shard of the vocabulary.
 */
async function unknownWords(q: string, doubtful: readonly string[]): Promise<Map<number, string | undefined>> {
	const inDoubt = new Set(doubtful.flatMap((p) => words(p)));
	const out = new Map<number, string | undefined>();
	await Promise.all(
		correctableWords(q)
			.filter((w) => inDoubt.has(w.word))
			.map(async ({ at, word }) => {
				const shard = shardOf(word);
				if (shard === undefined) return;
				const vocabulary = await loadShard(shard);
				if (!isKnown(word, vocabulary)) out.set(at, correction(word, vocabulary));
			}),
	);
	return out;
}

/**
 * Runs a search: the typed query without its stop words, with its synonyms;
 * when that finds few pages, each part of it on its own (the same index
 * chunks, so no extra bytes); and looks up the words that found (almost) nothing.
 */
async function find(pagefind: Pagefind, q: string, types: FilterIndex): Promise<Found> {
	const query = withoutStopWords(q, phrases);
	const weigh = (r: readonly Scored[]) => weightByType(r, types, TYPE_WEIGHTS, PAGE_TYPE_LABELS);
	const pick = new Map<string, PagefindResult>();
	const whole = await searchWithSynonyms(pagefind, query, pick);
	const parts = queryParts(query, phrases);
	const perPart =
		parts.length > 1 ? await Promise.all(parts.map((p) => searchWithSynonyms(pagefind, p, pick))) : [whole];
	const unknown = await unknownWords(
		q,
		parts.filter((_, i) => (perPart[i]?.ranked.length ?? 0) < PARTIAL_MATCH_BELOW),
	);
	// A part finds nothing real when it found nothing, or only by Pagefind's prefix fall-back for a word no page holds.
	const unknownSet = new Set(
		correctableWords(q)
			.filter((w) => unknown.has(w.at))
			.map((w) => w.word),
	);
	const found = parts.map((p, i) => (words(p).some((w) => unknownSet.has(w)) ? [] : weigh(perPart[i]?.ranked ?? [])));
	const wholeRanked = found.some((f) => f.length === 0) ? [] : weigh(whole.ranked);
	const partial = wantsPartialMatches(parts, wholeRanked.length) ? partialMatches(found, wholeRanked) : [];
	const corrections = new Map([...unknown].filter((e): e is [number, string] => e[1] !== undefined));
	return { q, whole: wholeRanked, partial, pick, alsoSearched: whole.variants.slice(1), corrections };
}

/** The results of the search on the page, in order; how many of them match every word; how many are listed. */
let shown: PagefindResult[] = [];
let wholeCount = 0;
let shownCount = 0;

/**
 * The list items of a page of `results` from position `start`, their excerpts
 * fetched, not yet on the page; the first `whole` results match every word.
 */
function itemsFrom(results: readonly PagefindResult[], whole: number, start: number): Promise<HTMLLIElement[]> {
	const next = results.slice(start, start + RESULTS_PER_PAGE);
	return Promise.all(next.map((r, i) => resultItem(r, start + i < whole ? 2 : 3)));
}

/**
 * Lists `items`, the next of `shown` (from itemsFrom at shownCount): those
 * matching every word in the first list, the rest under "Pages that match some
 * of your words". Synchronous, so a list never shows half of one search.
 */
function append(items: readonly HTMLLIElement[]): void {
	items.forEach((item, i) => (shownCount + i < wholeCount ? list : partialList).append(item));
	shownCount += items.length;
	more.hidden = shownCount >= shown.length;
	el.partial.hidden = partialList.childElementCount === 0;
}

/** "Show more results": the next page of results, its first result focused; dropped if a search replaced them meanwhile. */
async function showMore(): Promise<void> {
	const [results, start] = [shown, shownCount];
	const items = await itemsFrom(results, wholeCount, start);
	if (results !== shown || start !== shownCount) return;
	append(items);
	items[0]?.querySelector('a')?.focus();
}

let latest = 0;
/** Runs a search and shows it; an older search that finishes late is dropped. `asTyped` turns spelling correction off. */
async function run(state: SearchState, asTyped = false): Promise<void> {
	const ticket = ++latest;
	if (state.q === '') {
		showBrowse(el);
		return;
	}
	const selected = Object.keys(state.filters);
	let pagefind: Pagefind;
	let index: FilterIndex;
	let found: Found;
	let spelling: SpellingView | undefined;
	let correctedFrom: string | undefined;
	try {
		pagefind = await loadPagefind();
		// Ranking needs the type filter, and the results the filters the address selects; the rest waits.
		index = await loadFilters(pagefind, [...new Set(['type', ...selected])]);
		found = await find(pagefind, state.q, index);
		const fixes = found.corrections;
		if (fixes.size > 0) {
			const fixed = correctedQuery(state.q, fixes);
			const href = (q: string) => searchHref({ ...state, q }, ALL_FILTERS, window.location.pathname);
			const instead = asTyped || found.whole.length > 0 ? undefined : await find(pagefind, fixed, index);
			if (instead && instead.whole.length + instead.partial.length > 0) {
				spelling = {
					kind: 'corrected',
					shown: { text: fixed, href: href(fixed) },
					typed: { text: state.q, href: `${href(state.q)}&${TYPED_PARAM}=1` },
				};
				correctedFrom = state.q;
				found = instead;
			} else {
				spelling = { kind: 'suggested', suggestion: { text: fixed, href: href(fixed) } };
			}
		}
	} catch (error) {
		if (ticket !== latest) return;
		console.error(error);
		showBrowse(el);
		el.status.textContent = 'Search is not available at the moment. Every page is listed below from A to Z.';
		return;
	}
	if (ticket !== latest) return;

	const whole = applyFilters(found.whole, index, state.filters);
	const partial = applyFilters(found.partial, index, state.filters);
	const toResult = (r: Scored) => found.pick.get(r.id);
	const results = [...whole, ...partial].map(toResult).filter((r): r is PagefindResult => r !== undefined);
	// The first page's items are made before anything on the page changes: the old results and their
	// status line stay until the new ones replace them at once, and a search overtaken meanwhile shows nothing.
	const first = await itemsFrom(results, whole.length, 0);
	if (ticket !== latest) return;

	shown = results;
	wholeCount = whole.length;
	shownCount = 0;
	list.replaceChildren();
	partialList.replaceChildren();
	append(first);
	const counted = [...found.whole, ...found.partial];
	const allLoaded = ALL_FILTERS.every((name) => name in index);
	setCounts(checkboxes, allLoaded ? filterCounts(counted, index, state.filters) : undefined);
	hideEmptyFilters(checkboxes, index);

	list.hidden = whole.length === 0;
	el.filterPanel.hidden = false;
	el.resultsBox.hidden = shown.length === 0;
	el.none.hidden = shown.length > 0;
	el.aToZ.hidden = shown.length > 0;
	el.noneFilters.hidden = !(hasFilters(state) && counted.length > 0);
	el.noneUnfiltered.textContent = `there ${counted.length === 1 ? 'is' : 'are'} ${countText(counted.length)} without them.`;
	showSpelling(el.spelling, spelling);
	el.status.textContent = statusText({
		q: found.q,
		count: whole.length,
		filters: state.filters,
		filterLabels: SEARCH_FILTER_LABELS,
		alsoSearched: found.alsoSearched,
		partial: partial.length,
		correctedFrom,
		suggestion: spelling?.kind === 'suggested' ? spelling.suggestion.text : undefined,
	});
	document.title = `${found.q} - Search - ${SITE_TITLE}`;

	// The other filters' counts, once the results are shown (Pagefind fetches each filter's chunk when first searched).
	if (!allLoaded) {
		void loadFilters(pagefind, ALL_FILTERS).then((all) => {
			if (ticket !== latest) return;
			setCounts(checkboxes, filterCounts(counted, all, state.filters));
			hideEmptyFilters(checkboxes, all);
		});
	}
}

/** Records the form's search as a new history entry and runs it. */
function searchNow(): void {
	const state = formState(input, checkboxes);
	searches.record(state, 'push');
	searches.done();
	void run(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;

form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typing);
	searchNow();
});

input.addEventListener('input', () => {
	clearTimeout(typing);
	typing = setTimeout(() => {
		const state = formState(input, checkboxes);
		searches.record(state, 'refine');
		void run(state);
	}, 300);
});

input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

for (const box of checkboxes) box.addEventListener('change', searchNow);

clearFilters.addEventListener('click', () => {
	for (const box of checkboxes) box.checked = false;
	searchNow();
	input.focus();
});

more.addEventListener('click', () => void showMore());

window.addEventListener('popstate', () => {
	const state = urlState(checkboxes);
	searches.done();
	showState(state, input, checkboxes);
	void run(state, typedAsIs());
});

const initial = urlState(checkboxes);
showState(initial, input, checkboxes);
void run(initial, typedAsIs());

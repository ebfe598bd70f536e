/**
 * The search page in the browser: reads the search from the address
 * (?q=…&priority=…), searches the Pagefind index with the query and its
 * glossary synonyms, and shows the results, the filter counts and a status
 * sentence that screen readers announce. Keeps the address in step with
 * the history so a search can be shared and Back works.
 *
 * Loaded only by /search/ (src/pages/search/index.astro). This file runs a
 * search and wires the events; the DOM is in search-dom.ts, the state and
 * address in search-url.ts, fetching Pagefind in search-fetch.ts, and the
 * logic in src/lib/search (unit-tested).
 */
import type { Pagefind, PagefindResult, PagefindSearch } from '../lib/search/pagefind-api.ts';
import { PAGE_TYPE_LABELS, RESULTS_PER_PAGE, SEARCH_FILTER_LABELS, TYPE_WEIGHTS } from '../lib/search/config.ts';
import {
	applyFilters,
	countText,
	filterCounts,
	mergeResults,
	weightByType,
	statusText,
	type FilterIndex,
} from '../lib/search/results.ts';
import { hasFilters, type SearchState } from '../lib/search/state.ts';
import { expandQuery, type SynonymGroup } from '../lib/search/synonyms.ts';
import { hideEmptyFilters, resultItem, searchPageElements, setCounts, showBrowse, SITE_TITLE } from './search-dom.ts';
import { filterIndexLoader, pagefindLoader } from './search-fetch.ts';
import { formState, searchHistory, showState, urlState } from './search-url.ts';

const el = searchPageElements();
const { form, input, clearFilters, more, list, checkboxes } = el;
const synonyms = JSON.parse(form.dataset['synonyms'] ?? '[]') as SynonymGroup[];
const loadPagefind = pagefindLoader(form.dataset['pagefind'] ?? '/pagefind/', form.dataset['base'] ?? '/');
const loadFilterIndex = filterIndexLoader(checkboxes, (index) => hideEmptyFilters(checkboxes, index));
const searches = searchHistory(checkboxes);

// JavaScript works: the no-JavaScript message goes, the filters come.
el.noJs.hidden = true;

let shown: PagefindResult[] = [];
let shownCount = 0;

async function showMore(focusFirst: boolean): Promise<void> {
	const next = shown.slice(shownCount, shownCount + RESULTS_PER_PAGE);
	const items = await Promise.all(next.map(resultItem));
	list.append(...items);
	shownCount += next.length;
	more.hidden = shownCount >= shown.length;
	if (focusFirst) items[0]?.querySelector('a')?.focus();
}

let latest = 0;
/** Runs a search and shows it; an older search that finishes late is dropped. */
async function run(state: SearchState): Promise<void> {
	const ticket = ++latest;
	if (state.q === '') {
		showBrowse(el);
		return;
	}
	let pagefind: Pagefind;
	let index: FilterIndex;
	let found: (PagefindSearch | null)[];
	const variants = expandQuery(state.q, synonyms);
	try {
		pagefind = await loadPagefind();
		[index, found] = await Promise.all([
			loadFilterIndex(pagefind),
			Promise.all(variants.map((v) => pagefind.search(v))),
		]);
	} catch (error) {
		if (ticket !== latest) return;
		console.error(error);
		showBrowse(el);
		el.status.textContent = 'Search is not available at the moment. Every page is listed below from A to Z.';
		return;
	}
	if (ticket !== latest) return;

	const byId: Map<string, PagefindResult>[] = found.map((s) => new Map((s?.results ?? []).map((r) => [r.id, r])));
	const merged = weightByType(mergeResults(found.map((s) => s?.results ?? [])), index, TYPE_WEIGHTS, PAGE_TYPE_LABELS);
	const filtered = applyFilters(merged, index, state.filters);
	setCounts(checkboxes, filterCounts(merged, index, state.filters));

	shown = filtered.map((r) => byId[r.from]?.get(r.id)).filter((r): r is PagefindResult => r !== undefined);
	shownCount = 0;
	const items = await Promise.all(shown.slice(0, RESULTS_PER_PAGE).map(resultItem));
	if (ticket !== latest) return;

	list.replaceChildren(...items);
	shownCount = items.length;
	more.hidden = shownCount >= shown.length;
	el.filterPanel.hidden = false;
	el.resultsBox.hidden = shown.length === 0;
	el.none.hidden = shown.length > 0;
	el.aToZ.hidden = shown.length > 0;
	el.noneFilters.hidden = !(hasFilters(state) && merged.length > 0);
	el.noneUnfiltered.textContent = `there ${merged.length === 1 ? 'is' : 'are'} ${countText(merged.length)} without them.`;
	el.status.textContent = statusText({
		q: state.q,
		count: shown.length,
		filters: state.filters,
		filterLabels: SEARCH_FILTER_LABELS,
		alsoSearched: variants.slice(1),
	});
	document.title = `${state.q} - Search - ${SITE_TITLE}`;
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

more.addEventListener('click', () => void showMore(true));

window.addEventListener('popstate', () => {
	const state = urlState(checkboxes);
	searches.done();
	showState(state, input, checkboxes);
	void run(state);
});

const initial = urlState(checkboxes);
showState(initial, input, checkboxes);
void run(initial);

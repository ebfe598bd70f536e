/**
 * The search page in the browser: reads the search from the address
 * (?q=…&priority=…), searches the Pagefind index with the query and its
 * glossary synonyms, and shows the results, the filter counts and a status
 * sentence that screen readers announce. Keeps the address in step with
 * history.pushState/replaceState so a search can be shared and Back works.
 *
 * Loaded only by /search/ (src/pages/search/index.astro); Pagefind itself
 * (/pagefind/pagefind.js) is imported when the first search runs, or when the
 * box gets focus. The logic lives in src/lib (unit-tested); this file only
 * fetches and touches the DOM. No innerHTML: excerpts are built from text
 * nodes and <mark> elements.
 */
import type { Pagefind, PagefindResult, PagefindSearch } from '../lib/search/pagefind-api.ts';
import { EXCERPT_LENGTH, PAGE_TYPE_LABELS, RESULTS_PER_PAGE, SEARCH_FILTER_LABELS, SEARCH_FILTERS, SEARCH_RANKING, TYPE_WEIGHTS } from '../lib/search/config.ts';
import {
	applyFilters,
	countText,
	excerptParts,
	filterCounts,
	headingResults,
	mergeResults,
	weightByType,
	statusText,
	type FilterIndex,
} from '../lib/search/results.ts';
import { hasFilters, readSearchState, sameSearch, searchHref, type SearchState } from '../lib/search/state.ts';
import { expandQuery, type SynonymGroup } from '../lib/search/synonyms.ts';

const FILTERS: readonly string[] = SEARCH_FILTERS;
const SITE_TITLE = 'Planning guidance portal';

function element<T extends HTMLElement>(id: string): T {
	const el = document.getElementById(id);
	if (!el) throw new Error(`search page: #${id} is missing`);
	return el as T;
}

const form = element<HTMLFormElement>('search-form');
const input = element<HTMLInputElement>('search-query');
const filterPanel = element<HTMLElement>('search-filters');
const clearFilters = element<HTMLButtonElement>('search-clear-filters');
const noJs = element<HTMLElement>('search-no-js');
const status = element<HTMLElement>('search-status');
const resultsBox = element<HTMLElement>('search-results');
const list = element<HTMLOListElement>('search-results-list');
const more = element<HTMLButtonElement>('search-more');
const none = element<HTMLElement>('search-none');
const noneFilters = element<HTMLElement>('search-none-filters');
const noneUnfiltered = element<HTMLElement>('search-none-unfiltered');
const aToZ = element<HTMLElement>('search-a-to-z');
const checkboxes = [...document.querySelectorAll<HTMLInputElement>('#search-filters input[type="checkbox"]')];
const synonyms = JSON.parse(form.dataset['synonyms'] ?? '[]') as SynonymGroup[];
const bundle = form.dataset['pagefind'] ?? '/pagefind/';

// JavaScript works: the no-JavaScript message goes, the filters come.
noJs.hidden = true;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
		await pagefind.options({ ranking: SEARCH_RANKING, excerptLength: EXCERPT_LENGTH });
		await pagefind.init();
		return pagefind;
	})();
	return pagefindPromise;
}

let filterIndexPromise: Promise<FilterIndex> | undefined;
/** The pages of every filter value, from filter-only searches (one per checkbox), loaded once. */
function loadFilterIndex(pagefind: Pagefind): Promise<FilterIndex> {
	filterIndexPromise ??= (async () => {
		const index: FilterIndex = {};
		await Promise.all(
			checkboxes.map(async (box) => {
				const found = await pagefind.search(null, { filters: { [box.name]: box.value } });
				const group = (index[box.name] ??= {});
				group[box.value] = new Set(found?.results.map((r) => r.id) ?? []);
			}),
		);
		// Values no page has (a type of page the site does not have yet) are not offered.
		for (const box of checkboxes) {
			const item = box.closest<HTMLElement>('[data-filter-option]');
			if (item) item.hidden = (index[box.name]?.[box.value]?.size ?? 0) === 0 && !box.checked;
		}
		for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
			group.hidden = [...group.querySelectorAll<HTMLElement>('[data-filter-option]')].every((o) => o.hidden);
		}
		return index;
	})();
	return filterIndexPromise;
}

/** The search the form shows now. */
function formState(): SearchState {
	const filters: Record<string, string[]> = {};
	for (const box of checkboxes) {
		if (box.checked) (filters[box.name] ??= []).push(box.value);
	}
	return { q: input.value.trim(), filters };
}

/** Puts a search into the form (after Back, or on load). */
function showState(state: SearchState): void {
	input.value = state.q;
	for (const box of checkboxes) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
}

/** The search in the address, keeping only filter values the page has a box for. */
function urlState(): SearchState {
	const state = readSearchState(new URLSearchParams(window.location.search), FILTERS);
	for (const [name, values] of Object.entries(state.filters)) {
		const known = values.filter((v) => checkboxes.some((box) => box.name === name && box.value === v));
		if (known.length > 0) state.filters[name] = known;
		else delete state.filters[name];
	}
	return state;
}

/**
 * Records a search in the address. A new search gets its own history entry
 * (so Back returns to the previous one); further typing refines that entry.
 */
let refining = false;
function record(state: SearchState, how: 'push' | 'refine'): void {
	if (sameSearch(state, urlState(), FILTERS)) return;
	const href = searchHref(state, FILTERS, window.location.pathname);
	if (how === 'refine' && refining) history.replaceState(null, '', href);
	else history.pushState(null, '', href);
	refining = how === 'refine';
}

function text(tag: string, content: string, className?: string): HTMLElement {
	const el = document.createElement(tag);
	el.textContent = content;
	if (className) el.className = className;
	return el;
}

function excerptElement(excerpt: string, className: string): HTMLElement {
	const p = document.createElement('p');
	p.className = className;
	for (const part of excerptParts(excerpt)) {
		p.append(part.mark ? text('mark', part.text) : document.createTextNode(part.text));
	}
	return p;
}

async function resultItem(result: PagefindResult): Promise<HTMLLIElement> {
	const data = await result.data();
	const title = data.meta['title'] ?? data.url;
	const li = document.createElement('li');
	li.className = 'app-search-result';

	const heading = document.createElement('h2');
	heading.className = 'nhsuk-heading-s app-search-result__title';
	const link = text('a', title, 'app-search-result__link') as HTMLAnchorElement;
	link.href = data.url;
	heading.append(link);
	li.append(heading);

	const meta = document.createElement('p');
	meta.className = 'nhsuk-body-s app-search-result__meta';
	if (data.meta['type']) meta.append(text('strong', data.meta['type'], 'nhsuk-tag nhsuk-tag--white app-search-result__type'));
	const priority = data.filters['priority']?.join(', ');
	if (priority && data.meta['type'] !== 'Priority overview') meta.append(' ', text('span', priority, 'app-search-result__priority'));
	if (data.meta['deadline']) meta.append(' ', text('span', `Deadline: ${data.meta['deadline']}`, 'app-search-result__deadline'));
	li.append(meta);

	li.append(excerptElement(data.excerpt, 'app-search-result__excerpt'));

	const sections = headingResults(data.url, data.sub_results);
	if (sections.length > 0) {
		const ul = document.createElement('ul');
		ul.className = 'app-search-result__sections';
		ul.setAttribute('aria-label', `Matching sections of ${title}`);
		for (const s of sections) {
			const a = text('a', s.title) as HTMLAnchorElement;
			a.href = s.url;
			const item = document.createElement('li');
			item.append(a);
			ul.append(item);
		}
		li.append(ul);
	}
	return li;
}

function setCounts(counts: Record<string, Record<string, number>>): void {
	for (const box of checkboxes) {
		const count = box.closest('[data-filter-option]')?.querySelector('[data-filter-count]');
		if (count) count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
	}
}

function showBrowse(): void {
	resultsBox.hidden = true;
	none.hidden = true;
	filterPanel.hidden = true;
	aToZ.hidden = false;
	status.textContent = '';
	document.title = `Search - ${SITE_TITLE}`;
}

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
		showBrowse();
		return;
	}
	let pagefind: Pagefind;
	let index: FilterIndex;
	let searches: (PagefindSearch | null)[];
	const variants = expandQuery(state.q, synonyms);
	try {
		pagefind = await loadPagefind();
		[index, searches] = await Promise.all([loadFilterIndex(pagefind), Promise.all(variants.map((v) => pagefind.search(v)))]);
	} catch (error) {
		if (ticket !== latest) return;
		console.error(error);
		showBrowse();
		status.textContent = 'Search is not available at the moment. Every page is listed below from A to Z.';
		return;
	}
	if (ticket !== latest) return;

	const byId: Map<string, PagefindResult>[] = searches.map((s) => new Map((s?.results ?? []).map((r) => [r.id, r])));
	const merged = weightByType(mergeResults(searches.map((s) => s?.results ?? [])), index, TYPE_WEIGHTS, PAGE_TYPE_LABELS);
	const filtered = applyFilters(merged, index, state.filters);
	setCounts(filterCounts(merged, index, state.filters));

	shown = filtered.map((r) => byId[r.from]?.get(r.id)).filter((r): r is PagefindResult => r !== undefined);
	shownCount = 0;
	const items = await Promise.all(shown.slice(0, RESULTS_PER_PAGE).map(resultItem));
	if (ticket !== latest) return;

	list.replaceChildren(...items);
	shownCount = items.length;
	more.hidden = shownCount >= shown.length;
	filterPanel.hidden = false;
	resultsBox.hidden = shown.length === 0;
	none.hidden = shown.length > 0;
	aToZ.hidden = shown.length > 0;
	noneFilters.hidden = !(hasFilters(state) && merged.length > 0);
	noneUnfiltered.textContent = `there ${merged.length === 1 ? 'is' : 'are'} ${countText(merged.length)} without them.`;
	status.textContent = statusText({
		q: state.q,
		count: shown.length,
		filters: state.filters,
		filterLabels: SEARCH_FILTER_LABELS,
		alsoSearched: variants.slice(1),
	});
	document.title = `${state.q} - Search - ${SITE_TITLE}`;
}

let typing: ReturnType<typeof setTimeout> | undefined;

form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typing);
	const state = formState();
	record(state, 'push');
	refining = false;
	void run(state);
});

input.addEventListener('input', () => {
	clearTimeout(typing);
	typing = setTimeout(() => {
		const state = formState();
		record(state, 'refine');
		void run(state);
	}, 300);
});

input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

for (const box of checkboxes) {
	box.addEventListener('change', () => {
		const state = formState();
		record(state, 'push');
		refining = false;
		void run(state);
	});
}

clearFilters.addEventListener('click', () => {
	for (const box of checkboxes) box.checked = false;
	const state = formState();
	record(state, 'push');
	refining = false;
	void run(state);
	input.focus();
});

more.addEventListener('click', () => void showMore(true));

window.addEventListener('popstate', () => {
	const state = urlState();
	refining = false;
	showState(state);
	void run(state);
});

const initial = urlState();
showState(initial);
void run(initial);

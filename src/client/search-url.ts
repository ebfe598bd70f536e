/**
 * The search page's state and address: the search the form shows, the
 * search in the address (?q=…&priority=…), and recording a search with
 * history.pushState/replaceState so a search can be shared and Back works.
 */
import { SEARCH_FILTERS } from '../lib/search/config.ts';
import { readSearchState, sameSearch, searchHref, type SearchState } from '../lib/search/state.ts';

const FILTERS: readonly string[] = SEARCH_FILTERS;

/** The search the form shows now. */
export function formState(input: HTMLInputElement, checkboxes: readonly HTMLInputElement[]): SearchState {
	const filters: Record<string, string[]> = {};
	for (const box of checkboxes) {
		if (box.checked) (filters[box.name] ??= []).push(box.value);
	}
	return { q: input.value.trim(), filters };
}

/** Puts a search into the form (after Back, or on load). */
export function showState(state: SearchState, input: HTMLInputElement, checkboxes: readonly HTMLInputElement[]): void {
	input.value = state.q;
	for (const box of checkboxes) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
}

/** The search in the address, keeping only filter values the page has a box for. */
export function urlState(checkboxes: readonly HTMLInputElement[]): SearchState {
	const state = readSearchState(new URLSearchParams(window.location.search), FILTERS);
	for (const [name, values] of Object.entries(state.filters)) {
		const known = values.filter((v) => checkboxes.some((box) => box.name === name && box.value === v));
		if (known.length > 0) state.filters[name] = known;
		else delete state.filters[name];
	}
	return state;
}

/** Records searches in the address; `done()` ends a run of refinements. */
export interface SearchHistory {
	/** A new search gets its own history entry (so Back returns to the previous one); further typing refines that entry. */
	record(state: SearchState, how: 'push' | 'refine'): void;
	/** The next typing starts a new entry. */
	done(): void;
}

/** The history of the search page whose filter boxes are `checkboxes`. */
export function searchHistory(checkboxes: readonly HTMLInputElement[]): SearchHistory {
	let refining = false;
	return {
		record(state, how) {
			if (sameSearch(state, urlState(checkboxes), FILTERS)) return;
			const href = searchHref(state, FILTERS, window.location.pathname);
			if (how === 'refine' && refining) history.replaceState(null, '', href);
			else history.pushState(null, '', href);
			refining = how === 'refine';
		},
		done() {
			refining = false;
		},
	};
}

/** The address parameter that turns spelling correction off: the link "Search instead for …" carries `typed=1`. */
export const TYPED_PARAM = 'typed';

/** Whether the address asks for the query as typed, without spelling correction. */
export function typedAsIs(): boolean {
	return new URLSearchParams(window.location.search).get(TYPED_PARAM) === '1';
}

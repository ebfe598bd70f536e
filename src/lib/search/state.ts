/**
 * What a search is, as it lives in the address bar: `/search/?q=virtual+wards&priority=Virtual+wards`.
 * The query is `q`; each filter is a repeated parameter named after the
 * filter, holding the value's label, exactly as the search form submits it
 * without JavaScript. Pure, so the search page and its tests share it.
 */

export interface SearchState {
	/** The words typed, trimmed; "" for none. */
	q: string;
	/** Selected values by filter name; a filter with nothing selected is absent. */
	filters: Record<string, string[]>;
}

/** Reads a search from URL parameters, keeping only the known filter names, each value once. */
export function readSearchState(params: URLSearchParams, filterNames: readonly string[]): SearchState {
	const filters: Record<string, string[]> = {};
	for (const name of filterNames) {
		const values = [
			...new Set(
				params
					.getAll(name)
					.map((v) => v.trim())
					.filter((v) => v !== ''),
			),
		];
		if (values.length > 0) filters[name] = values;
	}
	return { q: (params.get('q') ?? '').trim(), filters };
}

/**
 * The URL parameters for a search, in a stable order (q first, then filters
 * in `filterNames` order, values in the order given), so the same search
 * always has the same address.
 */
export function searchParams(state: SearchState, filterNames: readonly string[]): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q !== '') params.set('q', state.q);
	for (const name of filterNames) {
		for (const value of state.filters[name] ?? []) params.append(name, value);
	}
	return params;
}

/** The search page address for a state: "/search/" or "/search/?q=…". */
export function searchHref(state: SearchState, filterNames: readonly string[], path = '/search/'): string {
	const query = searchParams(state, filterNames).toString();
	return query === '' ? path : `${path}?${query}`;
}

/** True when two states describe the same search. */
export function sameSearch(a: SearchState, b: SearchState, filterNames: readonly string[]): boolean {
	return searchParams(a, filterNames).toString() === searchParams(b, filterNames).toString();
}

/** True when at least one filter value is selected. */
export function hasFilters(state: SearchState): boolean {
	return Object.values(state.filters).some((v) => v.length > 0);
}

/** The search state in the page's address (src/lib/search/state.ts). */
import { describe, expect, it } from 'vitest';
import { SEARCH_FILTERS } from '../../../src/lib/search/config.ts';
import { hasFilters, readSearchState, sameSearch, searchHref, searchParams } from '../../../src/lib/search/state.ts';

const FILTERS = SEARCH_FILTERS;

describe('search state in the address', () => {
	it('reads the query and known filters, trimmed and without repeats', () => {
		const params = new URLSearchParams(
			'q=+virtual+wards+&priority=Virtual+wards&priority=Virtual+wards&audience=&colour=red',
		);
		expect(readSearchState(params, FILTERS)).toEqual({ q: 'virtual wards', filters: { priority: ['Virtual wards'] } });
		expect(readSearchState(new URLSearchParams(''), FILTERS)).toEqual({ q: '', filters: {} });
	});

	it('writes a stable address: q first, then filters in their order', () => {
		const state = { q: 'epr', filters: { audience: ['Acute providers', 'Ambulance services'], type: ['Guidance'] } };
		expect(searchParams(state, FILTERS).toString()).toBe(
			'q=epr&type=Guidance&audience=Acute+providers&audience=Ambulance+services',
		);
		expect(searchHref(state, FILTERS)).toBe(
			'/search/?q=epr&type=Guidance&audience=Acute+providers&audience=Ambulance+services',
		);
		expect(searchHref({ q: '', filters: {} }, FILTERS)).toBe('/search/');
	});

	it('round-trips and compares searches', () => {
		const state = { q: 'hospital at home', filters: { priority: ['Virtual wards'] } };
		expect(readSearchState(searchParams(state, FILTERS), FILTERS)).toEqual(state);
		expect(
			sameSearch(state, { q: 'hospital at home', filters: { priority: ['Virtual wards'], audience: [] } }, FILTERS),
		).toBe(true);
		expect(sameSearch(state, { q: 'hospital', filters: {} }, FILTERS)).toBe(false);
		expect(hasFilters(state)).toBe(true);
		expect(hasFilters({ q: 'x', filters: { audience: [] } })).toBe(false);
	});
});

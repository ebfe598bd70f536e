/** Merging, weighting, filtering and wording search results (src/lib/search/results.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { PAGE_TYPE_LABELS, TYPE_WEIGHTS } from '../../../src/lib/search/config.ts';
import {
	applyFilters,
	countText,
	excerptParts,
	filterCounts,
	headingResults,
	mergeResults,
	statusText,
	weightByType,
	type FilterIndex,
} from '../../../src/lib/search/results.ts';

describe('merging the results of a query and its synonyms', () => {
	it('adds up the scores of a page found by several queries and remembers which query matched it best', () => {
		const merged = mergeResults([
			[
				{ id: 'epr-page', score: 4 },
				{ id: 'capital', score: 3.5 },
			],
			[
				{ id: 'epr-page', score: 20 },
				{ id: 'digitisation', score: 9 },
			],
		]);
		expect(merged).toEqual([
			{ id: 'epr-page', score: 24, from: 1 },
			{ id: 'digitisation', score: 9, from: 1 },
			{ id: 'capital', score: 3.5, from: 0 },
		]);
	});

	it('keeps the first seen order for equal scores', () => {
		expect(mergeResults([[{ id: 'b', score: 1 }], [{ id: 'a', score: 1 }]]).map((r) => r.id)).toEqual(['b', 'a']);
		expect(mergeResults([])).toEqual([]);
	});
});

describe('weighting by page type', () => {
	const index: FilterIndex = { type: { Guidance: new Set(['g']), Dataset: new Set(['d']), Target: new Set(['t']) } };
	it('puts guidance above a dataset and a target that Pagefind scored a little higher', () => {
		const ranked = weightByType(
			[
				{ id: 'd', score: 1.5 },
				{ id: 't', score: 1.4 },
				{ id: 'g', score: 1 },
				{ id: 'x', score: 0.9 },
			],
			index,
			TYPE_WEIGHTS,
			PAGE_TYPE_LABELS,
		);
		expect(ranked.map((r) => r.id)).toEqual(['g', 'x', 't', 'd']);
		expect(ranked.find((r) => r.id === 'd')?.score).toBeCloseTo(0.75);
	});
	it('keeps a dataset first when it matches far better, and keeps ties in order', () => {
		expect(
			weightByType(
				[
					{ id: 'd', score: 5 },
					{ id: 'g', score: 1 },
				],
				index,
				TYPE_WEIGHTS,
				PAGE_TYPE_LABELS,
			).map((r) => r.id),
		).toEqual(['d', 'g']);
		expect(
			weightByType(
				[
					{ id: 'a', score: 1 },
					{ id: 'b', score: 1 },
				],
				index,
				TYPE_WEIGHTS,
				PAGE_TYPE_LABELS,
			).map((r) => r.id),
		).toEqual(['a', 'b']);
	});
});

describe('filters', () => {
	const index: FilterIndex = {
		priority: { 'Virtual wards': new Set(['a', 'b']), Digitisation: new Set(['c', 'd']) },
		audience: { Acute: new Set(['a', 'c']), Ambulance: new Set(['d']) },
	};
	const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

	it('keeps everything with no filter, any value within a filter, and every filter across them', () => {
		expect(applyFilters(results, index, {}).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(applyFilters(results, index, { priority: ['Virtual wards', 'Digitisation'] }).map((r) => r.id)).toEqual([
			'a',
			'b',
			'c',
			'd',
		]);
		expect(applyFilters(results, index, { priority: ['Digitisation'], audience: ['Acute'] }).map((r) => r.id)).toEqual([
			'c',
		]);
		expect(applyFilters(results, index, { priority: ['Unknown'] })).toEqual([]);
	});

	it('counts what each box would give, ignoring its own group so ticking a box does not zero its neighbours', () => {
		expect(filterCounts(results, index, {})).toEqual({
			priority: { 'Virtual wards': 2, Digitisation: 2 },
			audience: { Acute: 2, Ambulance: 1 },
		});
		expect(filterCounts(results, index, { priority: ['Digitisation'] })).toEqual({
			priority: { 'Virtual wards': 2, Digitisation: 2 },
			audience: { Acute: 1, Ambulance: 1 },
		});
	});
});

describe('excerpts and headings', () => {
	it('splits an excerpt into text and highlights, decoding entities and dropping other tags', () => {
		expect(
			excerptParts(
				'Fund <mark>EPRs</mark> &amp; <mark>electronic</mark> <mark>patient</mark> records &lt;b&gt; <script>x</script>',
			),
		).toEqual([
			{ text: 'Fund ', mark: false },
			{ text: 'EPRs', mark: true },
			{ text: ' & ', mark: false },
			{ text: 'electronic', mark: true },
			{ text: ' ', mark: false },
			{ text: 'patient', mark: true },
			{ text: ' records <b> x', mark: false },
		]);
		expect(excerptParts('')).toEqual([]);
		expect(excerptParts('it&#39;s &#x2019;')).toEqual([{ text: "it's \u2019", mark: false }]);
	});

	it('links the headings where the words are, not the page itself, three at most', () => {
		const subs = ['', '#a', '#b', '#c', '#d'].map((h) => ({ title: h || 'Page', url: `/p/${h}`, excerpt: '' }));
		expect(headingResults('/p/', subs).map((s) => s.url)).toEqual(['/p/#a', '/p/#b', '/p/#c']);
	});

	it('links first the headings whose excerpts highlight more of the different words', () => {
		const subs = [
			{ title: 'QHG', url: '/g/#icb-qhg', excerpt: '<mark>ICB</mark> for Bedfordshire, one <mark>ICB</mark>' },
			{ title: 'QUY', url: '/g/#icb-quy', excerpt: '<mark>ICB</mark> for Bristol' },
			{ title: 'ICB', url: '/g/#icb', excerpt: '<mark>ICB</mark> … they <mark>replaced</mark> CCGs' },
		];
		expect(headingResults('/g/', subs).map((s) => s.url)).toEqual(['/g/#icb', '/g/#icb-qhg', '/g/#icb-quy']);
	});
});

describe('status sentence', () => {
	const filterLabels = { priority: 'Priority', audience: 'Audience' };
	it('says how many pages match only some of the words, and the spelling', () => {
		const base = { filters: {}, filterLabels, alsoSearched: [] };
		expect(statusText({ ...base, q: 'ICBs replace CCGs', count: 2, partial: 12 })).toBe(
			'2 results for ‘ICBs replace CCGs’. 12 more pages match some of your words.',
		);
		expect(statusText({ ...base, q: 'virtual zzxqvw', count: 0, partial: 1 })).toBe(
			'No results for ‘virtual zzxqvw’. 1 page matches some of your words.',
		);
		expect(statusText({ ...base, q: 'hospital at home', count: 7, correctedFrom: 'hsopital at home' })).toBe(
			'No results for ‘hsopital at home’. 7 results for ‘hospital at home’.',
		);
		expect(statusText({ ...base, q: 'hsopital', count: 0, suggestion: 'hospital' })).toBe(
			'No results for ‘hsopital’. Did you mean ‘hospital’?',
		);
	});

	it('says how many results, for what, with which filters and which synonyms', () => {
		expect(countText(1)).toBe('1 result');
		expect(
			statusText({ q: 'EPR', count: 8, filters: {}, filterLabels, alsoSearched: ['electronic patient record'] }),
		).toBe('8 results for ‘EPR’. Also searched for ‘electronic patient record’.');
		expect(
			statusText({
				q: 'cyber',
				count: 1,
				filters: { priority: ['A', 'B'], audience: ['Acute providers'] },
				filterLabels,
				alsoSearched: [],
			}),
		).toBe('1 result for ‘cyber’, filtered by Priority: A or B; Audience: Acute providers.');
		expect(statusText({ q: 'zzz', count: 0, filters: {}, filterLabels, alsoSearched: [] })).toBe(
			'No results for ‘zzz’.',
		);
	});
});

/** The search page's logic (src/lib/search/), without a browser. */
import { describe, expect, it } from 'vitest';
import { aToZ } from '../../src/lib/search/a-to-z.ts';
import { bundleFilesToWrite } from '../../src/lib/search/pagefind-bundle.ts';
import { PAGE_TYPE_LABELS, PAGE_TYPES, SEARCH_FILTERS, TYPE_WEIGHTS } from '../../src/lib/search/config.ts';
import {
	datasetIndexing,
	guidanceIndexing,
	indexFields,
	priorityIndexing,
	targetIndexing,
} from '../../src/lib/search/indexing.ts';
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
} from '../../src/lib/search/results.ts';
import { hasFilters, readSearchState, sameSearch, searchHref, searchParams } from '../../src/lib/search/state.ts';

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
});

describe('status sentence', () => {
	const filterLabels = { priority: 'Priority', audience: 'Audience' };
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

describe('indexing', () => {
	it('writes the type, then the filters and metadata, cleaned and without repeats', () => {
		expect(
			indexFields({
				type: 'target',
				filters: { priority: ['Virtual wards', ' Virtual  wards '] },
				meta: { summary: ' Grow\nvirtual wards ', deadline: undefined },
			}),
		).toEqual([
			{ attribute: 'data-pagefind-filter', name: 'type', value: 'Target' },
			{ attribute: 'data-pagefind-meta', name: 'type', value: 'Target' },
			{ attribute: 'data-pagefind-filter', name: 'priority', value: 'Virtual wards' },
			{ attribute: 'data-pagefind-meta', name: 'summary', value: 'Grow virtual wards' },
		]);
	});

	it('refuses names Pagefind would misread and fields the layout sets', () => {
		expect(() => indexFields({ type: 'guidance', filters: { 'Priority:x': ['a'] } })).toThrow(
			'search filter name "Priority:x"',
		);
		expect(() => indexFields({ type: 'guidance', filters: { type: ['a'] } })).toThrow('comes from search.type');
		expect(() => indexFields({ type: 'guidance', meta: { title: 'x' } })).toThrow(
			'search meta "title" is set by the layout',
		);
	});

	it('indexes a guidance page by priority title, audience labels, summary and target deadlines', () => {
		expect(
			guidanceIndexing({
				priorityTitle: 'Virtual wards',
				audience: ['ics', 'acute'],
				summary: 'A summary.',
				targets: [
					{ deadline: '2023-12' },
					{ deadline: '2030-12', deadlineLabel: 'no later than 2030' },
					{ deadline: '2023-12' },
				],
			}),
		).toEqual({
			type: 'guidance',
			filters: { priority: ['Virtual wards'], audience: ['Integrated care systems', 'Acute providers'] },
			meta: { summary: 'A summary.', deadline: 'December 2023; no later than 2030' },
		});
	});

	it('indexes a priority page with the audiences of its pages and its headline deadline', () => {
		expect(
			priorityIndexing({
				title: 'Digitisation',
				summary: 'S',
				audiences: ['acute', 'ambulance', 'acute'],
				headline: { deadline: '2025-03' },
			}),
		).toEqual({
			type: 'priority',
			filters: { priority: ['Digitisation'], audience: ['Acute providers', 'Ambulance services'] },
			meta: { summary: 'S', deadline: 'March 2025' },
		});
		expect(priorityIndexing({ title: 'Skills', summary: 'S', audiences: [] }).meta?.['deadline']).toBeUndefined();
	});

	it('indexes a target page with its priority, statement and deadline wording', () => {
		expect(
			targetIndexing({
				priorityTitle: 'Virtual wards',
				statement: 'Over 10,000 beds.',
				deadline: '2023-09',
				deadlineLabel: 'by autumn 2023',
			}),
		).toEqual({
			type: 'target',
			filters: { priority: ['Virtual wards'] },
			meta: { summary: 'Over 10,000 beds.', deadline: 'by autumn 2023' },
		});
		expect(
			targetIndexing({ priorityTitle: 'Digitisation', statement: 'S', deadline: '2025-03' }).meta?.['deadline'],
		).toBe('March 2025');
	});

	it('indexes a dataset page under each priority it measures, once', () => {
		expect(datasetIndexing({ definition: 'Beds.', priorityTitles: ['Virtual wards', 'Virtual wards'] })).toEqual({
			type: 'dataset',
			filters: { priority: ['Virtual wards'] },
			meta: { summary: 'Beds.' },
		});
	});

	it('labels every page type', () => {
		expect(PAGE_TYPES.map((t) => PAGE_TYPE_LABELS[t])).toEqual([
			'Guidance',
			'Priority overview',
			'Target',
			'Guidance edition',
			'Dataset',
			'Integrated care system',
			'NHS region',
		]);
	});
});

describe('A to Z', () => {
	it('groups pages by first letter, numbers first, titles in order', () => {
		const page = (title: string) => ({ title, href: `/${title}/`, type: 'Guidance' });
		const letters = aToZ([
			page('virtual wards'),
			page('What Good Looks Like'),
			page('2022/23 funding'),
			page('Cyber security'),
			page('Électronique'),
			page('Virtual beds'),
		]);
		expect(letters.map((l) => [l.letter, l.id, l.pages.map((p) => p.title)])).toEqual([
			['0-9', 'a-z-0-9', ['2022/23 funding']],
			['C', 'a-z-c', ['Cyber security']],
			['E', 'a-z-e', ['Électronique']],
			['V', 'a-z-v', ['Virtual beds', 'virtual wards']],
			['W', 'a-z-w', ['What Good Looks Like']],
		]);
		expect(aToZ([])).toEqual([]);
	});
});

describe('Pagefind bundle', () => {
	const file = (path: string, text = '') => ({ path, content: new TextEncoder().encode(text) });
	it('publishes what the search API loads, and not the ready-made UIs or unused WebAssembly', () => {
		const files = [
			file('pagefind-ui.js'),
			file('pagefind-ui.css'),
			file('pagefind-component-ui.js'),
			file('pagefind-modular-ui.css'),
			file('pagefind-highlight.js'),
			file('wasm.unknown.pagefind'),
			file('wasm.en-gb.pagefind'),
			file('pagefind.js'),
			file('pagefind-worker.js'),
			file('index/en-gb_1.pf_index'),
			file('fragment/en-gb_2.pf_fragment'),
			file('filter/en-gb_3.pf_filter'),
			file('pagefind.en-gb_4.pf_meta'),
			file(
				'pagefind-entry.json',
				JSON.stringify({ version: '1.6.0', languages: { 'en-gb': { hash: 'en-gb_4', wasm: 'en-gb', page_count: 1 } } }),
			),
		];
		expect(bundleFilesToWrite(files).map((f) => f.path)).toEqual([
			'filter/en-gb_3.pf_filter',
			'fragment/en-gb_2.pf_fragment',
			'index/en-gb_1.pf_index',
			'pagefind-entry.json',
			'pagefind-worker.js',
			'pagefind.en-gb_4.pf_meta',
			'pagefind.js',
			'wasm.en-gb.pagefind',
		]);
	});

	it('refuses a bundle without its entry file', () => {
		expect(() => bundleFilesToWrite([file('pagefind.js')])).toThrow('no pagefind-entry.json');
	});
});

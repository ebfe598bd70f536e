/** The fields each page gives the search index (src/lib/search/indexing.ts). */
import { describe, expect, it } from 'vitest';
import { PAGE_TYPE_LABELS, PAGE_TYPES } from '../../../src/lib/search/config.ts';
import {
	datasetIndexing,
	guidanceIndexing,
	indexFields,
	priorityIndexing,
	targetIndexing,
} from '../../../src/lib/search/indexing.ts';

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
			'Glossary',
			'Target',
			'Guidance edition',
			'Dataset',
			'Integrated care board',
			'NHS region',
		]);
	});
});

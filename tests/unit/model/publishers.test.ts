import { describe, expect, it } from 'vitest';
import { checkedAgainstText, datasetPublishers, publishersText } from '../../../src/lib/model/publishers.ts';
import type { Dataset } from '../../../src/schemas/dataset.ts';
import type { Source } from '../../../src/schemas/source.ts';

const source = (id: string, publisher: string) =>
	({ id, title: id, publisher, url: `https://example.org/${id}` }) as Source;
const sources = new Map(
	[
		source('nhse', 'NHS England'),
		source('htn', 'HTN'),
		source('pq', 'UK Parliament'),
		source('dhn', 'Digital Health News'),
	].map((s) => [s.id, s]),
);
const dataset = (publisher: string, own: string[], cited: string[]) =>
	({
		publisher,
		sources: own.map((id) => ({ id })),
		observations: cited.map((id, i) => ({ period: `2024-0${i + 1}`, area: 'E92000001', value: 1, source: { id } })),
	}) as unknown as Dataset;

describe('datasetPublishers', () => {
	it('keeps the dataset publisher when its figures cite it, trade press beside it', () => {
		expect(datasetPublishers(dataset('NHS England', ['nhse'], ['htn']), sources)).toEqual(['NHS England']);
	});

	it('keeps the dataset publisher when nothing is cited', () => {
		expect(datasetPublishers(dataset('NHS England', [], []), sources)).toEqual(['NHS England']);
	});

	it('lists the cited publishers, once each, when the dataset has no single publisher', () => {
		expect(datasetPublishers(dataset('Several publishers', ['pq'], ['dhn', 'pq', 'dhn']), sources)).toEqual([
			'Digital Health News',
			'UK Parliament',
		]);
	});
});

describe('wording', () => {
	it('joins publishers and says whose publications were checked', () => {
		expect(publishersText(['A', 'B', 'C'])).toBe('A, B and C');
		expect(checkedAgainstText(['NHS England'])).toBe("NHS England's publications");
		expect(checkedAgainstText(['A', 'B'])).toBe('the publications of A and B');
	});
});

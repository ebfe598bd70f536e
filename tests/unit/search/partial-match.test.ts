/** Pages that match some of the words (src/lib/search/partial-match.ts): the parts searched and their ranking. */
import { describe, expect, it } from 'vitest';
import { partialMatches, queryParts, wantsPartialMatches } from '../../../src/lib/search/partial-match.ts';

describe('the parts of a query', () => {
	const names = [['hospital', 'at', 'home'], ['integrated', 'care', 'board'], ['care']];

	it('splits at spaces, keeping a glossary name of several words whole', () => {
		expect(queryParts('ICBs replace CCGs', names)).toEqual(['ICBs', 'replace', 'CCGs']);
		expect(queryParts('Hospital at Home funding', names)).toEqual(['Hospital at Home', 'funding']);
		expect(queryParts('integrated care board plans', names)).toEqual(['integrated care board', 'plans']);
		expect(queryParts('  virtual   ward ', [])).toEqual(['virtual', 'ward']);
	});

	it('keeps a quoted phrase as one part, and has none for an empty query', () => {
		expect(queryParts('"hospital at home"', names)).toEqual(['"hospital at home"']);
		expect(queryParts(' ', names)).toEqual([]);
	});

	it('searches the parts one by one only for a query of several parts with few results', () => {
		expect(wantsPartialMatches(['a', 'b'], 4)).toBe(true);
		expect(wantsPartialMatches(['a', 'b'], 5)).toBe(false);
		expect(wantsPartialMatches(['a'], 0)).toBe(false);
	});
});

describe('ranking pages that match some of the words', () => {
	it('ranks by the number of parts matched, then by the sum of the scores', () => {
		const ranked = partialMatches(
			[
				[
					{ id: 'glossary', score: 2 },
					{ id: 'systems', score: 9 },
				],
				[
					{ id: 'glossary', score: 3 },
					{ id: 'guidance', score: 4 },
				],
				[{ id: 'guidance', score: 0.5 }],
			],
			[],
		);
		expect(ranked).toEqual([
			{ id: 'glossary', score: 5, matched: 2, from: 1 },
			{ id: 'guidance', score: 4.5, matched: 2, from: 1 },
			{ id: 'systems', score: 9, matched: 1, from: 0 },
		]);
	});

	it('leaves out the pages that match the whole query, which are shown first', () => {
		const ranked = partialMatches(
			[
				[
					{ id: 'a', score: 1 },
					{ id: 'b', score: 1 },
				],
				[{ id: 'a', score: 1 }],
			],
			[{ id: 'a', score: 3 }],
		);
		expect(ranked.map((r) => r.id)).toEqual(['b']);
	});

	it('counts a page once per part, and keeps the order of ties', () => {
		const ranked = partialMatches(
			[
				[
					{ id: 'x', score: 1 },
					{ id: 'x', score: 1 },
					{ id: 'y', score: 1 },
				],
				[{ id: 'z', score: 1 }],
			],
			[],
		);
		expect(ranked).toEqual([
			{ id: 'x', score: 1, matched: 1, from: 0 },
			{ id: 'y', score: 1, matched: 1, from: 0 },
			{ id: 'z', score: 1, matched: 1, from: 1 },
		]);
		expect(partialMatches([], [])).toEqual([]);
	});
});

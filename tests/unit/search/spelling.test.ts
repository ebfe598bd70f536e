/** Edit distance and spelling corrections from the vocabulary (src/lib/search/spelling.ts). */
import { describe, expect, it } from 'vitest';
import {
	correctableWords,
	correctedQuery,
	correction,
	editDistance,
	isKnown,
	maxEdits,
	shardOf,
} from '../../../src/lib/search/spelling.ts';

describe('edit distance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('ward', 'ward')).toBe(0);
		expect(editDistance('ward', 'wards')).toBe(1);
		expect(editDistance('wards', 'ward')).toBe(1);
		expect(editDistance('ward', 'word')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('abc', '')).toBe(3);
	});

	it('counts two neighbouring letters swapped as one edit', () => {
		expect(editDistance('hsopital', 'hospital')).toBe(1);
		expect(editDistance('cybre', 'cyber')).toBe(1);
		expect(editDistance('ab', 'ba')).toBe(1);
	});

	it('is the same both ways', () => {
		for (const [a, b] of [
			['digitisation', 'digitization'],
			['interoperability', 'interoperabilty'],
			['epr', 'eps'],
		] as const)
			expect(editDistance(a, b)).toBe(editDistance(b, a));
	});

	it('stops at the limit it is given', () => {
		expect(editDistance('hospital', 'cyber', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
		expect(editDistance('hospitl', 'hospital', 2)).toBe(1);
	});
});

describe('corrections', () => {
	const h = { hospital: 53, hospitals: 4, hospice: 1, home: 60, homes: 2 };

	it('allows 1 edit for words of up to 5 letters and 2 for longer ones, none for very short words', () => {
		expect([maxEdits('ab'), maxEdits('abc'), maxEdits('abcde'), maxEdits('abcdef')]).toEqual([0, 1, 1, 2]);
	});

	it('corrects an unknown word to the nearest known word, the one on most pages when several are as near', () => {
		expect(correction('hsopital', h)).toBe('hospital');
		expect(correction('hospitle', h)).toBe('hospital');
		expect(correction('hme', h)).toBe('home');
		expect(correction('hmoe', h)).toBe('home');
		expect(correction('homs', { homes: 2, home: 60 })).toBe('home');
		expect(correction('xyz', { xya: 1, xyb: 1 })).toBe('xya');
	});

	it('offers nothing when no known word is close enough', () => {
		expect(correction('hzzzq', h)).toBeUndefined();
		// 2 edits from "home", but a 4-letter word may be 1 edit off only.
		expect(correction('hxxe', h)).toBeUndefined();
		expect(correction('ho', h)).toBeUndefined();
		expect(correction('hospital', {})).toBeUndefined();
	});

	it('knows a word in the shard, its plural, and a prefix of 4 letters or more', () => {
		expect(isKnown('hospital', h)).toBe(true);
		expect(isKnown('icbs', { icb: 3 })).toBe(true);
		expect(isKnown('hospitales', { hospital: 1 })).toBe(true);
		expect(isKnown('hosp', h)).toBe(true);
		expect(isKnown('hos', h)).toBe(false);
		expect(isKnown('hsopital', h)).toBe(false);
		expect(isKnown('constructor', {})).toBe(false);
	});

	it('shards words by first letter, digits together', () => {
		expect(shardOf('Hospital')).toBe('h');
		expect(shardOf('2025')).toBe('0');
		expect(shardOf('école')).toBeUndefined();
	});
});

describe('the words of a query that spelling may correct', () => {
	it('takes unquoted words in lower case with their place, not abbreviations (or their plurals), numbers or short words', () => {
		expect(correctableWords('when did ICBs replace CCGs')).toEqual([
			{ at: 0, word: 'when' },
			{ at: 1, word: 'did' },
			{ at: 3, word: 'replace' },
		]);
		expect(correctableWords('EPRs and Wards')).toEqual([
			{ at: 1, word: 'and' },
			{ at: 2, word: 'wards' },
		]);
		expect(correctableWords('hsopital at home, 2025')).toEqual([
			{ at: 0, word: 'hsopital' },
			{ at: 2, word: 'home' },
		]);
		expect(correctableWords('"hsopital at home"')).toEqual([]);
		expect(correctableWords('home home')).toEqual([{ at: 0, word: 'home' }]);
	});

	it('puts corrections into the query as typed, keeping its punctuation', () => {
		expect(correctedQuery('hsopital at home', new Map([[0, 'hospital']]))).toBe('hospital at home');
		expect(
			correctedQuery(
				' (hsopital), cybre ',
				new Map([
					[0, 'hospital'],
					[1, 'cyber'],
				]),
			),
		).toBe('(hospital), cyber');
		expect(correctedQuery('home', new Map())).toBe('home');
	});
});

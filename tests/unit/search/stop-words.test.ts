/** Dropping stop words from a query (src/lib/search/stop-words.ts), never a glossary name or an abbreviation. */
import { describe, expect, it } from 'vitest';
import { STOP_WORDS, withoutStopWords } from '../../../src/lib/search/stop-words.ts';
import { glossaryPhrases } from '../../../src/lib/search/synonyms.ts';

const glossary = [
	{ term: 'Virtual ward', synonyms: ['hospital at home'] },
	{ term: 'What Good Looks Like', abbreviation: 'WGLL', synonyms: [] },
	{ term: 'North East and North Cumbria ICB', synonyms: [] },
	{ term: 'Integrated care board', abbreviation: 'ICB', synonyms: [] },
];
const phrases = glossaryPhrases(glossary);

describe('dropping stop words', () => {
	it('drops the small words of a question', () => {
		expect(withoutStopWords('when did ICBs replace CCGs', phrases)).toBe('ICBs replace CCGs');
		expect(withoutStopWords('what is the deadline for an EPR', phrases)).toBe('deadline EPR');
		expect(withoutStopWords('  Which   of the targets  ', phrases)).toBe('targets');
	});

	it('keeps a stop word inside a glossary name the query holds whole, in any case', () => {
		expect(withoutStopWords('the hospital at home', phrases)).toBe('hospital at home');
		expect(withoutStopWords('Hospital at Home funding', phrases)).toBe('Hospital at Home funding');
		expect(withoutStopWords('beds in North East and North Cumbria ICB', phrases)).toBe(
			'beds North East and North Cumbria ICB',
		);
		// Only the whole name: "at home" alone is not a glossary name.
		expect(withoutStopWords('care at home', phrases)).toBe('care home');
	});

	it('never drops a word of a glossary name, typed alone or in a question', () => {
		for (const name of glossary.flatMap((g) => [g.term, ...(g.abbreviation ? [g.abbreviation] : []), ...g.synonyms])) {
			expect(withoutStopWords(name, phrases)).toBe(name);
			expect(withoutStopWords(`what is ${name}`, phrases)).toBe(name);
		}
	});

	it('keeps a word typed in capitals as an abbreviation', () => {
		expect(withoutStopWords('IT strategy', phrases)).toBe('IT strategy');
		expect(withoutStopWords('OR capacity and the WHO', phrases)).toBe('OR capacity WHO');
		expect(withoutStopWords('it strategy', phrases)).toBe('strategy');
		expect(withoutStopWords('It strategy', phrases)).toBe('strategy');
	});

	it('sends a quoted phrase exactly as typed, and keeps it whole within a longer query', () => {
		expect(withoutStopWords('"the hospital at home"', phrases)).toBe('"the hospital at home"');
		expect(withoutStopWords('the "core level of digitisation" by March', phrases)).toBe(
			'"core level of digitisation" March',
		);
	});

	it('searches as typed when every word is a stop word', () => {
		expect(withoutStopWords('what is it', phrases)).toBe('what is it');
		expect(withoutStopWords(' the ', phrases)).toBe('the');
		expect(withoutStopWords('', phrases)).toBe('');
	});

	it('keeps words joined by punctuation, and drops a stop word with punctuation around it', () => {
		expect(withoutStopWords('hospital-at-home, the', phrases)).toBe('hospital-at-home,');
		expect(withoutStopWords('(the) EPR', phrases)).toBe('EPR');
	});

	it('holds only lower-case words, none of which is a glossary word the site relies on', () => {
		for (const w of STOP_WORDS) expect(w).toBe(w.toLowerCase());
		for (const w of ['ward', 'home', 'care', 'plan', 'nhs', 'digital']) expect(STOP_WORDS.has(w)).toBe(false);
	});
});

/** Characters an editor cannot see, named in the messages that quote them (src/lib/problems/hidden.ts). */
import { describe, expect, it } from 'vitest';
import { hiddenCharacters, nameHidden } from '../../../src/lib/problems/hidden.ts';

describe('hiddenCharacters', () => {
	it('names an invisible character with its code point, where it comes from and what comes before it', () => {
		expect(hiddenCharacters('the line "owner:\u00a0Digital team" is not read as written')).toBe(
			'it holds a non-breaking space (U+00A0, often pasted from Word: type an ordinary space) after "owner:"',
		);
		expect(hiddenCharacters('unknown component <Inset\u200bText>')).toBe(
			'it holds a zero-width space (U+200B, often pasted from a web page: delete it) after "<Inset"',
		);
	});

	it('names look-alikes inside a quoted id, code or date, once each', () => {
		expect(hiddenCharacters('period "2023\u201312" is not a month, nor "2024\u201301"')).toBe(
			'it holds an en dash – (U+2013, typed by a word processor: type a hyphen - instead) after "2023"',
		);
		expect(hiddenCharacters('unknown source "\u201cpg-2022-23\u201d"')).toContain('a curly opening quote “ (U+201C');
	});

	it('names any invisible formatting character and unusual space, and a letter of another script in a Latin word', () => {
		expect(hiddenCharacters('"epr-coverage\u200e" is not a valid id')).toBe(
			'it holds an invisible formatting character (U+200E, pasted with copied text: delete it) after "epr-coverage"',
		);
		expect(hiddenCharacters('"projin-digit\u0430l" is not a source')).toBe(
			'it holds a Cyrillic а that looks like the Latin a (U+0430, type the Latin letter a instead) after "projin-digit"',
		);
		expect(hiddenCharacters('"a\u2009b" is not an id')).toContain('an unusual space (U+2009');
	});

	it('leaves a word wholly in another script alone', () => {
		expect(hiddenCharacters('the term "καλημέρα" is not English')).toBe('');
	});

	it('leaves dashes and curly quotes of prose alone, and a message with none of them', () => {
		expect(hiddenCharacters('a page title is 3 to 120 characters – yours has 2')).toBe('');
		expect(hiddenCharacters('the summary “is short”, write more')).toBe('');
		expect(hiddenCharacters('unknown field "oder": did you mean "order"?')).toBe('');
	});
});

describe('nameHidden', () => {
	it('adds the names to the end of the message, and returns a problem without any as it was', () => {
		const plain = { file: 'data/targets.json', field: 'id', message: 'unknown id "x"' };
		expect(nameHidden(plain)).toBe(plain);
		expect(nameHidden({ ...plain, message: 'unknown id "x\u00ady"' }).message).toBe(
			'unknown id "x\u00ady" (it holds a soft hyphen (U+00AD, often pasted from a PDF or Word: delete it) after "x")',
		);
	});
});

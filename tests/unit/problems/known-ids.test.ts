/** The message for a reference to an id that does not exist (src/lib/problems/known-ids.ts). */
import { describe, expect, it } from 'vitest';
import { missingReference, shortList, UNREADABLE } from '../../../src/lib/problems/known-ids.ts';

const known = (...ids: string[]) => ({ ids: new Set(ids), unreadable: false });

describe('missingReference', () => {
	it('says nothing of an id that exists, or of one in a file that could not be read', () => {
		expect(missingReference('a', known('a'), 'a source', 'sources')).toBeUndefined();
		expect(missingReference('a', UNREADABLE, 'a source', 'sources')).toBeUndefined();
	});

	it('suggests a slip of the keyboard, or what a rename made of it', () => {
		expect(missingReference('vw-capacty', known('vw-capacity'), 'a dataset', 'datasets')).toBe(
			'"vw-capacty" is not a dataset: did you mean "vw-capacity"?',
		);
		expect(
			missingReference('virtual-wards/funding', known('virtual-wards/virtual-ward-funding', 'x/y'), 'a page', 'pages'),
		).toBe('"virtual-wards/funding" is not a page: did you mean "virtual-wards/virtual-ward-funding"?');
	});

	it('otherwise lists the ids, cut short when they would not fit in a message', () => {
		expect(missingReference('zzz', known('b', 'a'), 'a source', 'sources')).toBe(
			'"zzz" is not a source; known sources: a, b',
		);
		const many = Array.from({ length: 30 }, (_, i) => `digitisation/a-long-page-name-${String(i).padStart(2, '0')}`);
		const message = missingReference('nope', known(...many), 'a page', 'pages') ?? '';
		expect(message).toMatch(/ and 2\d more$/);
		expect(message.length).toBeLessThanOrEqual(300);
		expect(missingReference('nope', known(), 'a page', 'pages')).toBe('"nope" is not a page: there are none yet');
	});
});

describe('shortList', () => {
	it('lists ids up to about 150 characters, then how many more', () => {
		expect(shortList(['a', 'b'])).toBe('a, b');
		expect(shortList(['x'.repeat(200), 'y'])).toBe(`${'x'.repeat(200)} and 1 more`);
	});
});

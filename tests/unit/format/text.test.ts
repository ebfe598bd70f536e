/** Small text helpers (src/lib/format/text.ts). */
import { describe, expect, it } from 'vitest';
import { andList, capitalise, plural, uncapitalise } from '../../../src/lib/format/text.ts';

describe('text', () => {
	it('counts a noun, with its own plural where it is not -s', () => {
		expect(plural(1, 'page')).toBe('1 page');
		expect(plural(0, 'page')).toBe('0 pages');
		expect(plural(3, 'entry', 'entries')).toBe('3 entries');
		expect(plural(1n, 'byte')).toBe('1 byte');
		expect(plural(2n, 'byte')).toBe('2 bytes');
	});

	it('changes the case of the first letter only', () => {
		expect(capitalise('ambition')).toBe('Ambition');
		expect(uncapitalise('Official statistics')).toBe('official statistics');
		expect(capitalise('')).toBe('');
	});
	it('joins items as a sentence does', () => {
		expect(andList(['capacity'])).toBe('capacity');
		expect(andList(['capacity', 'occupancy'])).toBe('capacity and occupancy');
		expect(andList(['A', 'B', 'C'])).toBe('A, B and C');
	});
});

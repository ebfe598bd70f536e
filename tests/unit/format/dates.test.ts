/** Dates written in GOV.UK style (src/lib/format/dates.ts). */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../../src/lib/format/dates.ts';

describe('dates', () => {
	it('formats days and months in GOV.UK style', () => {
		expect(formatDate('2021-12-24')).toBe('24 December 2021');
		expect(formatDate('2022-01-04')).toBe('4 January 2022');
		expect(formatDate('2023-12')).toBe('December 2023');
		expect(formatMonth('2025-03')).toBe('March 2025');
	});
	it('refuses what is not a date', () => {
		expect(() => formatMonth('2023-13')).toThrow('month 13 is outside 1-12');
		expect(() => formatMonth('Dec 2023')).toThrow('"Dec 2023" is not a month written YYYY-MM');
	});
});

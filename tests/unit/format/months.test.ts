import { describe, expect, it } from 'vitest';
import {
	addMonths,
	formatMonthShort,
	lastDayOf,
	monthFromIndex,
	monthIndex,
	monthOf,
	monthRange,
} from '../../../src/lib/format/months.ts';

it('does month arithmetic on YYYY-MM strings', () => {
	expect(monthFromIndex(monthIndex('2023-12'))).toBe('2023-12');
	expect(monthIndex('2024-01') - monthIndex('2023-12')).toBe(1);
	expect(addMonths('2023-12', 3)).toBe('2024-03');
	expect(addMonths('2024-01', -2)).toBe('2023-11');
	expect(monthOf('2023-11-20')).toBe('2023-11');
	expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
	expect(formatMonthShort('2023-12')).toBe('Dec 2023');
	expect(() => monthIndex('Dec 2023')).toThrow(/not a month/);
});

describe('lastDayOf', () => {
	it('puts a month deadline on the last day of its month', () => {
		expect(lastDayOf('2023-12')).toBe('2023-12-31');
		expect(lastDayOf('2024-02')).toBe('2024-02-29');
		expect(lastDayOf('2025-02')).toBe('2025-02-28');
	});
});

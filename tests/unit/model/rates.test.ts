import { describe, expect, it } from 'vitest';
import { countForRate, per100k, rateMatches, roundTo } from '../../../src/lib/model/rates.ts';

describe('rates per 100,000', () => {
	it('computes value / population × 100,000, the way NHS England does', () => {
		// England, December 2023: 11,805 beds, GP-registered adults aged 16+ (April 2023).
		expect(roundTo(per100k(11805, 51396905), 1)).toBe(23);
		// July 2024: 12,365 beds, all ages (April 2024).
		expect(roundTo(per100k(12365, 63227624), 1)).toBe(19.6);
		expect(() => per100k(1, 0)).toThrow(/population must be positive/);
	});

	it('turns a rate back into a count', () => {
		expect(Math.round(countForRate(40, 51396905))).toBe(20559);
	});

	it('rounds half away from zero', () => {
		expect(roundTo(0.6411 * 100, 1)).toBe(64.1);
		expect(roundTo(2.25, 1)).toBe(2.3);
		expect(roundTo(-2.25, 1)).toBe(-2.3);
		expect(roundTo(18.89802508536263, 1)).toBe(18.9);
	});

	it('says whether a published rate agrees with its count and population', () => {
		expect(rateMatches(23.0, 11805, 51396905, 1)).toBe(true);
		expect(rateMatches(23.4, 11805, 51396905, 1)).toBe(false);
		// The October 2025 trade press rate does not match the April 2024 population.
		expect(rateMatches(19.7, 12588, 63227624, 1)).toBe(false);
	});
});

/** The site's review date (src/lib/pages/review-date.ts): REVIEW_AS_OF when given, else the datasets' latest "as of". */
import { describe, expect, it } from 'vitest';
import { siteReviewDate } from '../../../src/lib/pages/review-date.ts';

const datasets = (...asOf: string[]) => ({ datasets: new Map(asOf.map((d, i) => [String(i), { asOf: d }])) });

describe('siteReviewDate', () => {
	it('takes the configured review date first', () => {
		expect(siteReviewDate(datasets('2026-11-25') as never, '2026-12-01')).toBe('2026-12-01');
	});

	it("otherwise takes the datasets' latest as-of date, and nothing without datasets", () => {
		expect(siteReviewDate(datasets('2025-01-01', '2026-11-25', '2024-06-30') as never, undefined)).toBe('2026-11-25');
		expect(siteReviewDate(datasets() as never, undefined)).toBeUndefined();
	});
});

/** Review dates judged against one reproducible date, and the datasets' latest as-of date (src/lib/model/review.ts). */
import { describe, expect, it } from 'vitest';
import {
	isPastReview,
	latestAsOf,
	publishingAsOf,
	publishingBasis,
	reviewAsOf,
} from '../../../src/lib/model/review.ts';

describe('review date', () => {
	it('is the configured date, else the latest as-of date of the datasets, never the clock', () => {
		const datasets = [{ asOf: '2024-07-31' }, { asOf: '2026-11-25' }, { asOf: '2025-01-01' }];
		expect(reviewAsOf(datasets)).toBe('2026-11-25');
		expect(reviewAsOf(datasets, '2030-01-01')).toBe('2030-01-01');
		expect(reviewAsOf([])).toBeUndefined();
	});

	it('counts a page as past its review only after the day', () => {
		expect(isPastReview('2027-05-25', '2027-05-25')).toBe(false);
		expect(isPastReview('2027-05-25', '2027-05-26')).toBe(true);
		expect(isPastReview('2027-05-25', undefined)).toBe(false);
	});
});

describe('latestAsOf', () => {
	it('is the latest check date of the datasets, or undefined without any', () => {
		expect(latestAsOf([{ asOf: '2026-11-25' }, { asOf: '2027-01-03' }, { asOf: '2026-02-01' }])).toBe('2027-01-03');
		expect(latestAsOf([])).toBeUndefined();
	});
});

describe('publishing date', () => {
	const datasets = [{ asOf: '2026-11-25' }, { asOf: '2026-10-01' }];
	it('is PUBLISH_AS_OF when set, else the review date: one reproducible date, never the clock', () => {
		expect(publishingAsOf(datasets, { publish: '2026-12-04', review: '2026-12-01' })).toBe('2026-12-04');
		expect(publishingAsOf(datasets, { review: '2026-12-01' })).toBe('2026-12-01');
		expect(publishingAsOf(datasets)).toBe('2026-11-25');
		expect(publishingAsOf([])).toBeUndefined();
	});
	it('says what it stands on', () => {
		expect(publishingBasis({ publish: '2026-12-04', review: '2026-12-01' })).toBe('PUBLISH_AS_OF');
		expect(publishingBasis({ review: '2026-12-01' })).toBe('REVIEW_AS_OF');
		expect(publishingBasis({})).toBe('the latest "as of" date of the datasets');
	});
});

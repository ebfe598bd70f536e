import { describe, expect, it } from 'vitest';
import { deadlineAgainstReview, statusesAsOfSentence } from '../../../src/lib/model/as-of.ts';

describe('the as-of vocabulary', () => {
	it('says what statuses stand on, with the review date', () => {
		expect(statusesAsOfSentence('2026-11-25')).toBe(
			"Statuses are computed from the figures published up to the site's last review, on 25 November 2026. Each status names the month of the figures it rests on.",
		);
	});

	it('places a deadline against the review date: passed, due this month, or to come', () => {
		expect(deadlineAgainstReview('2026-03', '2026-11-25')).toBe(
			'Passed, 8 months before the review on 25 November 2026',
		);
		expect(deadlineAgainstReview('2024-11', '2026-11-25')).toBe(
			'Passed, 2 years before the review on 25 November 2026',
		);
		expect(deadlineAgainstReview('2026-11', '2026-11-25')).toBe('Due in the month of the review on 25 November 2026');
		expect(deadlineAgainstReview('2027-03', '2026-11-25')).toBe(
			'To come, 4 months after the review on 25 November 2026',
		);
		expect(deadlineAgainstReview('2025-10', '2026-11-25')).toBe(
			'Passed, 13 months before the review on 25 November 2026',
		);
	});
});

/** The content check's warnings for pages past their review (src/lib/content-check/review-warnings.ts). */
import { describe, expect, it } from 'vitest';
import { reviewWarnings } from '../../../src/lib/content-check/review-warnings.ts';

describe('review warnings', () => {
	it('names each page past its review at its nextReview line, and says what to do', () => {
		const text = '---\ntitle: "A page"\nlastReviewed: 2026-01-01\nnextReview: 2026-06-01\n---\nBody';
		const warnings = reviewWarnings(
			[
				{ file: 'content/virtual-wards/a.mdx', nextReview: '2026-06-01', text },
				{ file: 'content/virtual-wards/b.mdx', nextReview: '2027-06-01' },
			],
			'2026-11-25',
			false,
		);
		expect(warnings).toEqual([
			{
				file: 'content/virtual-wards/a.mdx',
				field: 'nextReview',
				line: 4,
				column: 1,
				message:
					'the page was due for review on 1 June 2026 (judged against the latest "as of" date of the datasets, 25 November 2026): check it against its sources, then set lastReviewed to the day you did and nextReview to the next date',
			},
		]);
	});
});

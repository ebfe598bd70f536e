/** Review dates judged against one reproducible date (src/lib/model/review.ts) and the content check's warnings (src/lib/content-check/review-warnings.ts). */
import { describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../../src/integrations/content-check.ts';
import { reviewWarnings } from '../../../src/lib/content-check/review-warnings.ts';
import { runContentCheck } from '../../../src/lib/content-check/run.ts';
import { isPastReview, latestAsOf, reviewAsOf } from '../../../src/lib/model/review.ts';
import { ROOT } from '../../helpers/site.ts';

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

	it('are printed by the content check after the problems, without changing its exit code', () => {
		const files = readProjectFiles(ROOT);
		const now = runContentCheck(files, { reviewAsOf: undefined });
		expect(now.warnings.filter((w) => w.field === 'nextReview')).toEqual([]);
		const later = runContentCheck(files, { reviewAsOf: '2099-01-01' });
		const due = later.warnings.filter((w) => w.field === 'nextReview');
		expect(due.length).toBe(
			files.content.filter((f) => f.path.endsWith('.mdx') && !/^draft:\s*true/m.test(f.text)).length,
		);
		expect(later.exitCode).toBe(0);
		expect(later.output).toMatch(
			/^content and data: no problems found\n\n\d+ pages due for review \(advice: this does not stop the build\):\n {2}content\//m,
		);
		expect(later.output).toContain('judged against REVIEW_AS_OF, 1 January 2099');
	});
});

describe('latestAsOf', () => {
	it('is the latest check date of the datasets, or undefined without any', () => {
		expect(latestAsOf([{ asOf: '2026-11-25' }, { asOf: '2027-01-03' }, { asOf: '2026-02-01' }])).toBe('2027-01-03');
		expect(latestAsOf([])).toBeUndefined();
	});
});

/** What `npm run check:content` prints and exits with (src/lib/content-check/run.ts), on the fixture site. */
import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../../src/lib/content-check/run.ts';
import { fixtureFiles } from '../../helpers/fixture-site.ts';

describe('the content check run', () => {
	it('are printed by the content check after the problems, without changing its exit code', () => {
		const files = fixtureFiles();
		// Against the datasets' latest as-of date (25 November 2026), one fixture page is due.
		const now = runContentCheck(files, { reviewAsOf: undefined });
		expect(now.warnings.filter((w) => w.field === 'nextReview').map((w) => w.file)).toEqual([
			'content/virtual-wards/ambition.mdx',
		]);
		const later = runContentCheck(files, { reviewAsOf: '2099-01-01' });
		const due = later.warnings.filter((w) => w.field === 'nextReview');
		// Every published page (the draft is never due).
		expect(due.map((w) => w.file)).toEqual([
			'content/digitisation/maturity.mdx',
			'content/digitisation/records.mdx',
			'content/virtual-wards/ambition.mdx',
			'content/virtual-wards/overview.mdx',
		]);
		expect(later.exitCode).toBe(0);
		expect(later.output).toMatch(
			/^content and data: no problems found\n\n\d+ pages due for review \(advice: this does not stop the build\):\n {2}content\//m,
		);
		expect(later.output).toContain('judged against REVIEW_AS_OF, 1 January 2099');
	});

	it('exits 1 and lists the problems first when there are any', () => {
		const files = fixtureFiles();
		const targets = files.data.targets;
		if (!targets) throw new Error('no targets.json');
		targets.text = targets.text.replace('"deadline": "2023-12"', '"deadline": "December 2023"');
		const run = runContentCheck(files, { reviewAsOf: '2026-01-01' });
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"1 problem in content or data:
			  data/targets.json:16:15 → [0].deadline: "December 2023" is not a month: write it as YYYY-MM, for example 2023-12"
		`);
	});
});

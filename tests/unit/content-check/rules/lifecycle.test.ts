/**
 * The content check's rules for a page's life (src/lib/content-check/rules/lifecycle.ts,
 * with the links of src/lib/mdx/ and the advice of lifecycle-warnings.ts), on the
 * fixture site (tests/fixtures/site/), whose publishing date is its datasets'
 * latest "as of" date, 25 November 2026, unless the run is given one.
 */
import { describe, expect, it } from 'vitest';
import type { ProjectFiles } from '../../../../src/lib/content-check/project.ts';
import { runContentCheck, type CheckOptions } from '../../../../src/lib/content-check/run.ts';
import { fixtureFiles } from '../../../helpers/fixture-site.ts';

const OVERVIEW = 'content/virtual-wards/overview.mdx';
const AMBITION = 'content/virtual-wards/ambition.mdx';
const RECORDS = 'content/digitisation/records.mdx';
/** No date from the environment: the fixture's datasets give it. */
const NO_ENV: CheckOptions = { reviewAsOf: undefined, publishAsOf: undefined };

/** Inserts `lines` into the front matter of `path`, before its `owner:` line. */
function addFields(files: ProjectFiles, path: string, lines: string): void {
	const file = files.content.find((f) => f.path === path);
	if (!file) throw new Error(`no ${path}`);
	file.text = file.text.replace(/^owner:/m, `${lines}\nowner:`);
}

/** The check over the fixture site with `edit` applied. */
function check(edit: (files: ProjectFiles) => void, options: CheckOptions = NO_ENV) {
	const files = fixtureFiles();
	edit(files);
	const run = runContentCheck(files, options);
	return { run, text: (path: string) => files.content.find((f) => f.path === path)?.text ?? '' };
}

/** The 1-based line of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('change notes and withdrawals against the publishing date', () => {
	it('names a change note and a withdrawal dated after it, at their lines, with the date and what it stands on', () => {
		const { run, text } = check((f) => {
			addFields(
				f,
				OVERVIEW,
				'changes:\n  - { date: 2026-11-20, note: Added the ambition. }\n  - { date: 2026-12-01, note: Added a chart. }',
			);
			addFields(f, RECORDS, 'withdrawn: { date: 2026-11-26, reason: Replaced by the maturity page. }');
		});
		expect(run.exitCode).toBe(1);
		expect(run.problems).toEqual([
			{
				file: RECORDS,
				field: 'withdrawn.date',
				line: lineOf(text(RECORDS), 'withdrawn:'),
				column: 20,
				message:
					'2026-11-26 is after the build\'s publishing date, 25 November 2026 (the latest "as of" date of the datasets): withdraw a page on the day it is withdrawn (add withdrawn in the pull request merged that day)',
			},
			{
				file: OVERVIEW,
				field: 'changes[1].date',
				line: lineOf(text(OVERVIEW), '2026-12-01'),
				column: 13,
				message:
					'2026-12-01 is after the build\'s publishing date, 25 November 2026 (the latest "as of" date of the datasets): date a change note the day the change is published, never ahead',
			},
		]);
	});

	it('moves with PUBLISH_AS_OF, the date the workflows set to the day of the run', () => {
		const edit = (f: ProjectFiles) =>
			addFields(f, OVERVIEW, 'changes:\n  - { date: 2026-12-01, note: Added a chart. }');
		expect(check(edit, { publishAsOf: '2026-12-04' }).run.problems).toEqual([]);
		expect(check(edit, { publishAsOf: '2026-11-30' }).run.problems[0]?.message).toContain(
			"after the build's publishing date, 30 November 2026 (PUBLISH_AS_OF)",
		);
	});

	it('names a change dated before the page was published, and a bad date once, from the schema', () => {
		const { run } = check((f) => {
			addFields(f, OVERVIEW, 'publishFrom: 2026-06-01\nchanges:\n  - { date: 2026-05-01, note: Added the ambition. }');
			addFields(f, AMBITION, 'changes:\n  - { date: 2026-13-01, note: Added the figures. }');
		});
		expect(run.problems.map((p) => [p.file, p.field, p.message])).toEqual([
			[AMBITION, 'changes[0].date', '"2026-13-01" is not a real date: write it as YYYY-MM-DD, for example 2022-06-30'],
			[
				OVERVIEW,
				'changes[0].date',
				'2026-05-01 is before the page was published (publishFrom: 2026-06-01): a change note records a change made after publication; leave out changes made before it',
			],
		]);
	});
});

describe("a withdrawn page's replacement", () => {
	const withdrawWith = (replacedBy: string) => (f: ProjectFiles) =>
		addFields(f, RECORDS, `withdrawn: { date: 2026-11-01, reason: Replaced., replacedBy: ${replacedBy} }`);

	it('is a page that exists (with the nearest id), not the page itself', () => {
		expect(check(withdrawWith('digitisation/maturty')).run.problems).toMatchObject([
			{
				file: RECORDS,
				field: 'withdrawn.replacedBy',
				message:
					'"digitisation/maturty" is not a guidance page (write <priority>/<file name>, for example virtual-wards/funding): did you mean "digitisation/maturity"?',
			},
		]);
		expect(check(withdrawWith('digitisation/records')).run.problems[0]?.message).toBe(
			'"digitisation/records" is this page itself: name the page that replaces it, or leave replacedBy out',
		);
	});

	it('is published: not a draft, not waiting for its date, not withdrawn itself', () => {
		expect(check(withdrawWith('virtual-wards/next-steps')).run.problems[0]?.message).toBe(
			'"virtual-wards/next-steps" is a draft (draft: true), and drafts are not published, so the link to it would be dead: withdraw this page once its replacement is published',
		);
		const scheduled = check((f) => {
			withdrawWith('digitisation/maturity')(f);
			addFields(f, 'content/digitisation/maturity.mdx', 'publishFrom: 2027-01-04');
		}).run;
		// The withdrawn page's related list names it too: that link would be dead as well.
		expect(scheduled.problems.map((p) => [p.field, p.message])).toEqual([
			[
				'withdrawn.replacedBy',
				'"digitisation/maturity" is not published until 4 January 2027 (its publishFrom), after the build\'s publishing date, 25 November 2026 (the latest "as of" date of the datasets), so the link to it would be dead: withdraw this page once its replacement is published',
			],
			[
				'related[1]',
				'"digitisation/maturity" is not published until 4 January 2027 (its publishFrom), after the build\'s publishing date, 25 November 2026 (the latest "as of" date of the datasets), so the link would be dead: add it once the page is published',
			],
		]);
		const chain = check((f) => {
			withdrawWith('digitisation/maturity')(f);
			addFields(f, 'content/digitisation/maturity.mdx', 'withdrawn: { date: 2026-11-01, reason: Old. }');
		}).run;
		expect(chain.problems.map((p) => p.message)).toEqual([
			'"digitisation/maturity" is withdrawn itself: name the page that replaces them both (a current page)',
		]);
	});

	it('passes when it is a current page', () => {
		expect(check(withdrawWith('digitisation/maturity')).run.problems).toEqual([]);
	});
});

describe('pages waiting for their publishFrom date', () => {
	const later = (f: ProjectFiles) => addFields(f, AMBITION, 'publishFrom: 2027-01-04');

	it('makes a link to one, and a related entry naming one, a problem at its line until the day', () => {
		const { run, text } = check(later);
		const byPlace = [...run.problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
		const related = (file: string) => ({
			file,
			field: 'related[0]',
			line: lineOf(text(file), 'related:'),
			column: 11,
			message:
				'"virtual-wards/ambition" is not published until 4 January 2027 (its publishFrom), after the build\'s publishing date, 25 November 2026 (the latest "as of" date of the datasets), so the link would be dead: add it once the page is published',
		});
		expect(byPlace).toEqual([
			related(RECORDS),
			{
				file: OVERVIEW,
				field: 'related[0]',
				line: lineOf(text(OVERVIEW), 'related:'),
				column: 11,
				message:
					'"virtual-wards/ambition" is not published until 4 January 2027 (its publishFrom), after the build\'s publishing date, 25 November 2026 (the latest "as of" date of the datasets), so the link would be dead: add it once the page is published',
			},
			{
				file: OVERVIEW,
				field: 'link',
				line: lineOf(text(OVERVIEW), '[ambition page]'),
				column: 5,
				message:
					'(/virtual-wards/ambition/) content/virtual-wards/ambition.mdx is not published until its publishFrom date, 2027-01-04, so this link would be dead until then: add the link on or after that day',
			},
		]);
		expect(check(later, { publishAsOf: '2027-01-04' }).run.problems).toEqual([]);
	});

	it('lets a page waiting for its date link to one published no later, and no earlier page', () => {
		const together = (overview: string) => (f: ProjectFiles) => {
			later(f);
			addFields(f, OVERVIEW, `publishFrom: ${overview}`);
		};
		// The records page, published now, still names the ambition page in its related list.
		expect(check(together('2027-01-04')).run.problems.map((p) => p.file)).toEqual([RECORDS]);
		expect(check(together('2027-01-03')).run.problems.map((p) => [p.file, p.field])).toEqual([
			[OVERVIEW, 'link'],
			[RECORDS, 'related[0]'],
			[OVERVIEW, 'related[0]'],
		]);
	});

	it('lists each page waiting to publish, with its day, as advice that does not change the exit code', () => {
		const { run, text } = check((f) => {
			later(f);
			addFields(f, OVERVIEW, 'publishFrom: 2027-01-04');
			addFields(f, RECORDS, 'publishFrom: 2027-01-04');
		});
		expect(run.exitCode).toBe(0);
		expect(run.warnings.filter((w) => w.field === 'publishFrom')).toEqual(
			[RECORDS, AMBITION, OVERVIEW].map((file) => ({
				file,
				field: 'publishFrom',
				line: lineOf(text(file), 'publishFrom:'),
				column: 14,
				message:
					"waits to be published: it is left out of the site until 4 January 2027 (the build's publishing date is 25 November 2026)",
			})),
		);
		expect(run.output).toContain('3 notes on pages waiting to publish and links to withdrawn pages (advice');
	});
});

describe('links to a withdrawn page', () => {
	it('are advice at their lines, naming the replacement; the withdrawn page leaves the review warnings', () => {
		const { run, text } = check(
			(f) =>
				addFields(
					f,
					AMBITION,
					'withdrawn: { date: 2026-11-01, reason: Replaced., replacedBy: virtual-wards/overview }',
				),
			{ reviewAsOf: '2026-11-25', publishAsOf: undefined },
		);
		expect(run.exitCode).toBe(0);
		const overview = text(OVERVIEW);
		expect(run.warnings.filter((w) => w.file === OVERVIEW && w.field !== '')).toEqual(
			expect.arrayContaining([
				{
					file: OVERVIEW,
					field: 'link',
					line: lineOf(overview, '[ambition page]'),
					column: 5,
					message:
						'(/virtual-wards/ambition/) content/virtual-wards/ambition.mdx was withdrawn on 1 November 2026: link to its replacement, /virtual-wards/overview/, instead',
				},
				{
					file: OVERVIEW,
					field: 'related[0]',
					line: lineOf(overview, 'related:'),
					column: 11,
					message:
						'"virtual-wards/ambition": content/virtual-wards/ambition.mdx was withdrawn on 1 November 2026, so it is no longer listed as a related page: list its replacement, "virtual-wards/overview", instead',
				},
			]),
		);
		// The ambition page is past its review on 25 November 2026, but a withdrawn page is not reviewed.
		expect(run.warnings.filter((w) => w.file === AMBITION && w.field === 'nextReview')).toEqual([]);
	});
});

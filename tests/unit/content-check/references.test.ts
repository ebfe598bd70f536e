/** References between files (src/lib/content-check/references.ts): ids that exist even when invalid, no reports into unreadable files, and a page's `related` list. */
import { describe, expect, it } from 'vitest';
import { checkRelated, draftPageIds, idsOfEntries, pageIdsOf } from '../../../src/lib/content-check/references.ts';
import { missingReference, UNREADABLE } from '../../../src/lib/problems/known-ids.ts';
import { guidanceSchema } from '../../../src/schemas/guidance.ts';
import { checkFixtureWith, fixtureFiles } from '../../helpers/fixture-site.ts';
import { fileAt, lineOf, replaceIn } from '../../helpers/mistakes.ts';

const known = (...ids: string[]) => ({ ids: new Set(ids), unreadable: false });

const base = {
	title: 'A page',
	summary: 'A summary of twenty characters or more.',
	audience: ['ics'],
	sources: ['pg-2022-23-v3'],
	lastReviewed: '2026-01-01',
	nextReview: '2026-07-01',
	owner: 'Team',
};

describe('references', () => {
	it('collects the id of every entry that has one, valid or not', () => {
		expect(idsOfEntries([{ id: 'a', title: 1 }, { id: 2 }, null, 'x', { id: 'b' }])).toEqual(new Set(['a', 'b']));
		expect(idsOfEntries({ id: 'a' })).toEqual(new Set());
	});
	it('words a missing reference with the nearest id, or the known ones', () => {
		const sources = known('pg-2022-23-v3', 'nhsx-wgll');
		expect(missingReference('pg-2022-23-v3', sources, 'a source in data/sources.json', 'sources')).toBeUndefined();
		expect(missingReference('pg-2022-23-v4', sources, 'a source in data/sources.json', 'sources')).toBe(
			'"pg-2022-23-v4" is not a source in data/sources.json: did you mean "pg-2022-23-v3"?',
		);
		expect(missingReference('other', sources, 'a source in data/sources.json', 'sources')).toBe(
			'"other" is not a source in data/sources.json; known sources: nhsx-wgll, pg-2022-23-v3',
		);
		expect(missingReference('anything', UNREADABLE, 'a source in data/sources.json', 'sources')).toBeUndefined();
	});
});

describe('related: the check', () => {
	const known = pageIdsOf([
		'content/virtual-wards/funding.mdx',
		'content/virtual-wards/national-ambition.mdx',
		'content/digitisation/what-good-looks-like.mdx',
		'content/README.md',
	]);
	const page = (related: string[], draft = false) => ({
		file: 'content/virtual-wards/funding.mdx',
		priority: 'virtual-wards' as const,
		slug: 'funding',
		data: guidanceSchema('virtual-wards').parse({ ...base, related, draft }),
	});

	it('knows the id of every page file', () => {
		expect([...known.ids].sort()).toEqual([
			'digitisation/what-good-looks-like',
			'virtual-wards/funding',
			'virtual-wards/national-ambition',
		]);
	});
	it('accepts pages that exist', () => {
		expect(
			checkRelated(page(['virtual-wards/national-ambition', 'digitisation/what-good-looks-like']), known, new Set()),
		).toEqual([]);
	});
	it('names an unknown page with the nearest id', () => {
		expect(checkRelated(page(['virtual-wards/national-ambitions']), known, new Set())).toEqual([
			{
				file: 'content/virtual-wards/funding.mdx',
				field: 'related[0]',
				message:
					'"virtual-wards/national-ambitions" is not a guidance page (write <priority>/<file name>, for example virtual-wards/funding): did you mean "virtual-wards/national-ambition"?',
			},
		]);
	});
	it('reports the page itself, a page listed twice, and a draft', () => {
		const drafts = [
			{
				priority: 'digitisation' as const,
				slug: 'what-good-looks-like',
				data: guidanceSchema('digitisation').parse({ ...base, draft: true }),
			},
		];
		const problems = checkRelated(
			page([
				'virtual-wards/funding',
				'virtual-wards/national-ambition',
				'virtual-wards/national-ambition',
				'digitisation/what-good-looks-like',
			]),
			known,
			draftPageIds(drafts),
		);
		expect(problems.map((p) => p.field)).toEqual(['related[0]', 'related[2]', 'related[3]']);
		expect(problems[0]?.message).toContain('is this page itself');
		expect(problems[1]?.message).toContain('is listed twice');
		expect(problems[2]?.message).toContain('is a draft');
	});
	it('gives the file, line and field in a project', () => {
		const file = 'content/digitisation/records.mdx';
		const run = checkFixtureWith((f) =>
			replaceIn(f, file, /related: \[[^\]\n]*\]/, 'related: [virtual-wards/ambitio]'),
		);
		expect(run.exitCode).toBe(1);
		expect(run.problems).toHaveLength(1);
		const text = fileAt(fixtureFiles(), file).text;
		expect(run.problems[0]).toMatchObject({ file, field: 'related[0]', line: lineOf(text, 'related:') });
		expect(run.problems[0]?.message).toContain('did you mean "virtual-wards/ambition"?');
	});
});

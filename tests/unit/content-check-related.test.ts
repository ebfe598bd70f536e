/** A guidance page's `related` list (src/schemas/guidance.ts, checked in src/lib/content-check/references.ts). */
import { describe, expect, it } from 'vitest';
import { checkRelated, pageIdsOf } from '../../src/lib/content-check/references.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { checkWith, fileAt, lineOf, realFiles, replaceIn } from '../helpers/mistakes.ts';

const base = {
	title: 'A page',
	summary: 'A summary of twenty characters or more.',
	audience: ['ics'],
	sources: ['pg-2022-23-v3'],
	lastReviewed: '2026-01-01',
	nextReview: '2026-07-01',
	owner: 'Team',
};

describe('related: the schema', () => {
	it('defaults to an empty list and accepts page ids', () => {
		expect(guidanceSchema('virtual-wards').parse(base).related).toEqual([]);
		expect(guidanceSchema('virtual-wards').parse({ ...base, related: ['virtual-wards/funding'] }).related).toEqual([
			'virtual-wards/funding',
		]);
	});
	it('rejects an id that is not <priority>/<file name>', () => {
		for (const bad of ['funding', 'virtual-wards/funding.mdx', '/virtual-wards/funding/', 'Virtual-Wards/Funding']) {
			const r = guidanceSchema('virtual-wards').safeParse({ ...base, related: [bad] });
			expect(r.success, bad).toBe(false);
			expect(r.error?.issues[0]?.message, bad).toContain('is not a page id: write <priority>/<file name>');
		}
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
			checkRelated(page(['virtual-wards/national-ambition', 'digitisation/what-good-looks-like']), known, []),
		).toEqual([]);
	});
	it('names an unknown page with the nearest id', () => {
		expect(checkRelated(page(['virtual-wards/national-ambitions']), known, [])).toEqual([
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
			drafts,
		);
		expect(problems.map((p) => p.field)).toEqual(['related[0]', 'related[2]', 'related[3]']);
		expect(problems[0]?.message).toContain('is this page itself');
		expect(problems[1]?.message).toContain('is listed twice');
		expect(problems[2]?.message).toContain('is a draft');
	});
	it('gives the file, line and field in the real project', () => {
		const file = 'content/virtual-wards/funding.mdx';
		const run = checkWith((f) =>
			replaceIn(f, file, /related: \[[^\]\n]*\]/, 'related: [virtual-wards/natinal-ambition]'),
		);
		expect(run.exitCode).toBe(1);
		expect(run.problems).toHaveLength(1);
		const text = fileAt(realFiles(), file).text;
		expect(run.problems[0]).toMatchObject({ file, field: 'related[0]', line: lineOf(text, 'related:') });
		expect(run.problems[0]?.message).toContain('did you mean "virtual-wards/national-ambition"?');
	});
});

/** The guidance schema (src/schemas/guidance.ts): a valid example, the main invalid ones, and the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../src/schemas/dataset.ts';
import { guidanceSchema } from '../../../src/schemas/guidance.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/problems/error-map.ts';
import type { Problem } from '../../../src/lib/problems/problems.ts';
import { z } from 'zod';

const digitisationSchema = guidanceSchema({ folder: 'digitisation' });
const virtualWardsSchema = guidanceSchema({ folder: 'virtual-wards' });

function problems(schema: z.ZodType, input: unknown): Omit<Problem, 'file'>[] {
	const r = parseWithFriendlyErrors(schema, input, 'f');
	return r.ok ? [] : r.problems.map(({ field, message }) => ({ field, message }));
}

const page = {
	title: 'Hospital at home',
	summary: 'What hospital at home is and how it relates to virtual wards.',
	audience: ['acute', 'community'],
	sources: ['pg-2022-23-v3', { id: 'pg-2022-23-v2', section: 'Community care models', page: 22 }],
	lastReviewed: '2026-11-25',
	nextReview: '2027-05-25',
	owner: 'Virtual wards programme team',
};

describe('guidance pages', () => {
	it('accepts a valid page, fills defaults and normalises source shorthand', () => {
		const r = parseWithFriendlyErrors(virtualWardsSchema, page, 'f');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.priority).toBe('virtual-wards');
		expect(r.data.kind).toBe('requirement');
		expect(r.data.draft).toBe(false);
		expect(r.data.targets).toEqual([]);
		expect(r.data.sources).toEqual([
			{ id: 'pg-2022-23-v3' },
			{ id: 'pg-2022-23-v2', section: 'Community care models', page: 22 },
		]);
	});

	it('accepts a date YAML has already turned into a Date, as Astro does', () => {
		const r = parseWithFriendlyErrors(
			virtualWardsSchema,
			{ ...page, lastReviewed: new Date('2026-11-25T00:00:00Z') },
			'f',
		);
		expect(r.ok && r.data.lastReviewed).toBe('2026-11-25');
	});

	it('takes the priority from the folder, and rejects a page claiming another priority', () => {
		for (const id of ['virtual-wards', 'digitisation', 'a-new-priority']) {
			const schema = guidanceSchema({ folder: id });
			expect(parseWithFriendlyErrors(schema, { ...page, priority: id }, 'f')).toMatchObject({ data: { priority: id } });
			expect(parseWithFriendlyErrors(schema, page, 'f')).toMatchObject({ data: { priority: id } });
		}
		expect(guidanceSchema('digitisation').parse(page).priority).toBe('digitisation');
		expect(problems(digitisationSchema, { ...page, priority: 'virtual-wards' })).toEqual([
			{
				field: 'priority',
				message:
					'"virtual-wards" does not match the folder: pages in content/digitisation/ belong to "digitisation" (remove the field or move the file)',
			},
		]);
	});

	it("grows with extend, as Starlight's docsSchema does: the new field is parsed and allowed", () => {
		const schema = guidanceSchema({ folder: 'virtual-wards', extend: z.strictObject({ edition: z.number().int() }) });
		expect(schema.parse({ ...page, edition: 2 }).edition).toBe(2);
		expect(problems(schema, { ...page, edition: 'two' })).toEqual([
			{ field: 'edition', message: 'must be a number, not the text "two"' },
		]);
		expect(problems(virtualWardsSchema, { ...page, edition: 2 })[0]?.message).toMatch(/^unknown field "edition"/);
	});

	it('names a bad date, an unknown audience and a misspelt field, all at once (the field misspelt is not also missing)', () => {
		const { title: _t, ...noTitle } = page;
		expect(
			problems(guidanceSchema('virtual-wards'), {
				...noTitle,
				lastReviewed: '2026-02-30',
				audience: ['acute', 'hospital'],
				titel: 'x',
			}),
		).toEqual([
			{
				field: 'audience[1]',
				message: '"hospital" is not an audience: use acute, community, mental-health, ambulance, primary-care, ics',
			},
			{
				field: 'lastReviewed',
				message: '"2026-02-30" is not a real date: write it as YYYY-MM-DD, for example 2022-06-30',
			},
			{
				field: 'titel',
				message:
					'unknown field "titel": did you mean "title"? Allowed fields are title, summary, priority, audience, kind, targets, related, sources, lastReviewed, nextReview, owner, draft, order, changes, publishFrom, withdrawn',
			},
		]);
	});

	it('names a missing field', () => {
		const { title: _t, ...noTitle } = page;
		expect(problems(guidanceSchema('virtual-wards'), noTitle)).toEqual([
			{ field: 'title', message: 'is required: the page title, for example "Hospital at home"' },
		]);
	});

	it('states the length limit and the actual length of a text, a list and a number', () => {
		expect(
			problems(virtualWardsSchema, { ...page, title: '', summary: 'Too short.', owner: 'x'.repeat(81), order: -1 }),
		).toEqual([
			{ field: 'title', message: 'is empty: a title needs at least 3 characters' },
			{ field: 'summary', message: 'is 10 characters long: a summary needs at least 20 characters' },
			{ field: 'owner', message: 'is 81 characters long: an owner has at most 80 characters' },
			{ field: 'order', message: 'is -1: an order must be at least 0' },
		]);
		expect(problems(virtualWardsSchema, { ...page, title: 'x'.repeat(500) })).toEqual([
			{ field: 'title', message: 'is 500 characters long: a title has at most 120 characters' },
		]);
		expect(
			problems(DatasetSchema, {
				id: 'd',
				title: 'A dataset',
				unit: 'beds',
				definition: 'Beds on virtual wards.',
				publisher: 'NHS England',
				licence: 'OGL',
				sources: [],
				asOf: '2024-08-08',
				observations: [],
				decimals: 4,
			}),
		).toEqual([
			{ field: 'decimals', message: 'is 4: decimals must be at most 3' },
			{ field: 'sources', message: 'is an empty list: at least 1 item needed' },
			{ field: 'observations', message: 'is an empty list: at least 1 item needed' },
		]);
	});

	it('names the nearest field for a misspelt one, in nested objects too', () => {
		expect(
			problems(virtualWardsSchema, { ...page, sources: [{ id: 'pg-2022-23-v3', sectoin: 'Community care models' }] }),
		).toEqual([
			{
				field: 'sources[0].sectoin',
				message: 'unknown field "sectoin": did you mean "section"? Allowed fields are id, section, page',
			},
		]);
		expect(problems(virtualWardsSchema, { ...page, colour: 'blue' })).toEqual([
			{
				field: 'colour',
				message:
					'unknown field "colour": check the spelling; allowed fields are title, summary, priority, audience, kind, targets, related, sources, lastReviewed, nextReview, owner, draft, order, changes, publishFrom, withdrawn',
			},
		]);
	});

	it('tells a missing title from one of the wrong type', () => {
		expect(problems(virtualWardsSchema, { ...page, title: 42 })).toEqual([
			{ field: 'title', message: 'must be text: the page title, for example "Hospital at home"' },
		]);
	});

	it('reports a lastReviewed that is not a date once, without saying the next review is not after it', () => {
		expect(problems(virtualWardsSchema, { ...page, lastReviewed: '25/11/2026' }).map((p) => p.field)).toEqual([
			'lastReviewed',
		]);
	});

	it('requires the next review after the last one, and at least one source and audience', () => {
		expect(problems(virtualWardsSchema, { ...page, nextReview: '2026-01-01' })).toEqual([
			{
				field: 'nextReview',
				message:
					'2026-01-01 is not after lastReviewed (2026-11-25): the next review comes after the last one, usually 6 or 12 months later',
			},
		]);
		expect(problems(virtualWardsSchema, { ...page, sources: [], audience: [] })).toEqual([
			{
				field: 'audience',
				message: 'needs at least one audience: acute, community, mental-health, ambulance, primary-care or ics',
			},
			{ field: 'sources', message: 'needs at least one source id from data/sources.json' },
		]);
	});

	it('rejects a source id that is not an id', () => {
		expect(problems(virtualWardsSchema, { ...page, sources: ['Planning Guidance'] })[0]?.field).toBe('sources[0]');
	});
});

const relatedBase = {
	title: 'A page',
	summary: 'A summary of twenty characters or more.',
	audience: ['ics'],
	sources: ['pg-2022-23-v3'],
	lastReviewed: '2026-01-01',
	nextReview: '2026-07-01',
	owner: 'Team',
};

describe('guidance pages: related', () => {
	it('defaults to an empty list and accepts page ids', () => {
		expect(guidanceSchema('virtual-wards').parse(relatedBase).related).toEqual([]);
		expect(
			guidanceSchema('virtual-wards').parse({ ...relatedBase, related: ['virtual-wards/funding'] }).related,
		).toEqual(['virtual-wards/funding']);
	});
	it('rejects an id that is not <priority>/<file name>', () => {
		for (const bad of ['funding', 'virtual-wards/funding.mdx', '/virtual-wards/funding/', 'Virtual-Wards/Funding']) {
			const r = guidanceSchema('virtual-wards').safeParse({ ...relatedBase, related: [bad] });
			expect(r.success, bad).toBe(false);
			expect(r.error?.issues[0]?.message, bad).toContain('is not a page id: write <priority>/<file name>');
		}
	});

	describe('change notes, publishFrom and withdrawn', () => {
		it("accepts them, with a note's spaces and line breaks read as single spaces", () => {
			const r = parseWithFriendlyErrors(
				virtualWardsSchema,
				{
					...page,
					changes: [{ date: '2026-11-25', note: ' Added the chart of\n occupancy  in England. ' }],
					publishFrom: '2026-01-05',
					withdrawn: {
						date: '2026-11-30',
						reason: 'The 2023/24 guidance replaced these asks.',
						replacedBy: 'virtual-wards/funding',
					},
				},
				'f',
			);
			expect(r.ok && r.data).toMatchObject({
				changes: [{ date: '2026-11-25', note: 'Added the chart of occupancy in England.' }],
				publishFrom: '2026-01-05',
				withdrawn: { date: '2026-11-30', replacedBy: 'virtual-wards/funding' },
			});
			const plain = parseWithFriendlyErrors(virtualWardsSchema, page, 'f');
			expect(plain.ok && plain.data.changes).toEqual([]);
			expect(plain.ok && 'publishFrom' in plain.data && plain.data.publishFrom).toBe(false);
		});

		it('names each bad change note at once: a date that is not one, an empty note, markup, three sentences, one too long', () => {
			expect(
				problems(virtualWardsSchema, {
					...page,
					changes: [
						{ date: '2026-02-30', note: 'Added the figures.' },
						{ date: '2026-02-01', note: '   ' },
						{ date: '2026-02-01', note: 'See [the funding page](/virtual-wards/funding/).' },
						{ date: '2026-02-01', note: 'One change. Another change. A third change.' },
						{ date: '2026-02-01', note: 'a'.repeat(301) },
						{ date: '2026-02-01' },
					],
				}),
			).toEqual([
				{
					field: 'changes[0].date',
					message: '"2026-02-30" is not a real date: write it as YYYY-MM-DD, for example 2022-06-30',
				},
				{
					field: 'changes[1].note',
					message:
						'is empty: write one sentence saying what changed for readers, for example "Added the figures for March 2024."',
				},
				{
					field: 'changes[2].note',
					message:
						'is plain text: leave out HTML and Markdown (<, >, *, `, [text](link)); the page itself carries links and emphasis',
				},
				{
					field: 'changes[3].note',
					message:
						'is more than two sentences: say in one sentence what changed for readers, and put the detail on the page',
				},
				{ field: 'changes[4].note', message: 'is 301 characters long: a note has at most 300 characters' },
				{
					field: 'changes[5].note',
					message:
						'is required: one sentence saying what changed for readers, for example "Added the figures for March 2024."',
				},
			]);
		});

		it('names a publishFrom that is not a date, a withdrawal without a reason and a replacement that is not a page id', () => {
			expect(
				problems(virtualWardsSchema, {
					...page,
					publishFrom: 'next week',
					withdrawn: { date: '2026-11-30', replacedBy: 'funding.mdx' },
				}),
			).toEqual([
				{
					field: 'publishFrom',
					message: '"next week" is not a real date: write it as YYYY-MM-DD, for example 2022-06-30',
				},
				{
					field: 'withdrawn.reason',
					message:
						'is required: a sentence saying why the page was withdrawn, for example "The 2023/24 guidance replaced these asks."',
				},
				{
					field: 'withdrawn.replacedBy',
					message:
						'"funding.mdx" is not a page id: write <priority>/<file name> without .mdx, for example virtual-wards/funding',
				},
			]);
		});

		it('says that a draft wins over publishFrom, so a page does not silently miss its day', () => {
			expect(problems(virtualWardsSchema, { ...page, publishFrom: '2027-03-01', draft: true })).toEqual([
				{
					field: 'draft',
					message:
						'is true, which keeps the page off the site even after its publishFrom date (2027-03-01): remove draft: true, and the page is published on that date',
				},
			]);
		});

		it('describes the three fields in the JSON Schema editors complete front matter from (as Astro writes it)', () => {
			const json = z.toJSONSchema(guidanceSchema(), { io: 'input', unrepresentable: 'any' }) as {
				properties: Record<string, { description?: string; type?: string; items?: { required?: string[] } }>;
				required?: string[];
			};
			expect(json.properties['changes']).toMatchObject({ type: 'array', items: { required: ['date', 'note'] } });
			expect(json.properties['publishFrom']).toMatchObject({ type: 'string' });
			expect(json.properties['withdrawn']).toMatchObject({ type: 'object', required: ['date', 'reason'] });
			for (const field of ['changes', 'publishFrom', 'withdrawn'])
				expect(json.properties[field]?.description, field).toMatch(/\w/);
			expect(json.required).not.toContain('changes');
		});
	});
});

/** Every schema: a valid example, the main invalid ones, and the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/schemas/dataset.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { PrioritySchema } from '../../src/schemas/priority.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { SystemSchema } from '../../src/schemas/system.ts';
import { TargetSchema } from '../../src/schemas/target.ts';
import { parseWithFriendlyErrors } from '../../src/lib/problems/error-map.ts';
import type { Problem } from '../../src/lib/problems/problems.ts';
import { z } from 'zod';

const virtualWardsSchema = guidanceSchema({ folder: 'virtual-wards' });
const digitisationSchema = guidanceSchema({ folder: 'digitisation' });

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

	it('names a missing field, a bad date, an unknown audience and a misspelt field, all at once', () => {
		const { title: _t, ...noTitle } = page;
		expect(
			problems(guidanceSchema('virtual-wards'), {
				...noTitle,
				lastReviewed: '2026-02-30',
				audience: ['acute', 'hospital'],
				titel: 'x',
			}),
		).toEqual([
			{ field: 'title', message: 'is required: the page title, for example "Hospital at home"' },
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
					'unknown field "titel": did you mean "title"? Allowed fields are title, summary, priority, audience, kind, targets, related, sources, lastReviewed, nextReview, owner, draft, order',
			},
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
					'unknown field "colour": check the spelling; allowed fields are title, summary, priority, audience, kind, targets, related, sources, lastReviewed, nextReview, owner, draft, order',
			},
		]);
	});

	it('tells a missing title from one of the wrong type', () => {
		expect(problems(virtualWardsSchema, { ...page, title: 42 })).toEqual([
			{ field: 'title', message: 'must be text: the page title, for example "Hospital at home"' },
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

describe('sources', () => {
	const source = {
		id: 'pg-2022-23-v3',
		title: 'Guidance',
		publisher: 'NHS England',
		date: '2022-02-22',
		url: 'https://www.england.nhs.uk/',
		kind: 'primary',
		version: { number: 3, date: '2022-02-22' },
	};
	it('accepts a valid source, with a month-only or missing date', () => {
		expect(problems(SourceSchema, source)).toEqual([]);
		expect(problems(SourceSchema, { ...source, date: '2022-02' })).toEqual([]);
		const { date: _d, ...undated } = source;
		expect(problems(SourceSchema, undated)).toEqual([]);
	});
	it('rejects a bad address, date and kind', () => {
		expect(problems(SourceSchema, { ...source, url: 'www.england.nhs.uk', date: '22/02/2022', kind: 'news' })).toEqual([
			{ field: 'date', message: 'must be a date YYYY-MM-DD or a month YYYY-MM' },
			{ field: 'url', message: 'must be a full web address starting with https://' },
			{ field: 'kind', message: 'must be primary or secondary' },
		]);
	});
});

describe('targets', () => {
	const target = {
		id: 'vw-40-50-per-100k',
		priority: 'virtual-wards',
		headline: '40-50 virtual beds per 100,000 population',
		statement: 'Develop virtual wards by December 2023.',
		metric: 'Capacity per 100,000',
		unit: 'beds per 100,000 population',
		goal: '40-50',
		deadline: '2023-12',
		sources: ['pg-2022-23-v2'],
	};
	it('reads a range, a number or an object as the goal', () => {
		const parse = (goal: unknown) => {
			const r = parseWithFriendlyErrors(TargetSchema, { ...target, goal }, 'f');
			return r.ok ? r.data.goal : r.problems;
		};
		expect(parse('40-50')).toEqual({ min: 40, max: 50 });
		expect(parse(10000)).toEqual({ min: 10000, max: undefined });
		expect(parse({ min: 80 })).toEqual({ min: 80 });
		expect(parse('50-40')).toEqual([{ file: 'f', field: 'goal', message: 'max must not be below min' }]);
	});
	it("rejects a priority that is not an id, a bad deadline and an unknown direction (an unknown priority is the check's)", () => {
		expect(problems(TargetSchema, { ...target, priority: 'Cyber', deadline: 'Dec 2023', direction: 'up' })).toEqual([
			{
				field: 'priority',
				message:
					'"Cyber" is not a valid id: use lower-case letters, digits and single hyphens, for example vw-beds-per-100k',
			},
			{ field: 'direction', message: 'must be one of increase, decrease, within' },
			{ field: 'deadline', message: '"Dec 2023" is not a month: write it as YYYY-MM, for example 2023-12' },
		]);
	});
});

describe('priorities', () => {
	it('accepts a priority with or without a headline target, and rejects an id that is not a folder name', () => {
		const p = {
			id: 'workforce-skills',
			title: 'Digital skills',
			summary: 'Plans to up-skill the workforce in digital.',
		};
		expect(problems(PrioritySchema, p)).toEqual([]);
		expect(problems(PrioritySchema, { ...p, headlineTarget: 'digital-investment-plans' })).toEqual([]);
		expect(problems(PrioritySchema, { ...p, id: 'cyber' })).toEqual([]);
		expect(problems(PrioritySchema, { ...p, id: 'Cyber security' })[0]).toEqual({
			field: 'id',
			message:
				'"Cyber security" is not a valid id: use lower-case letters, digits and single hyphens, for example vw-beds-per-100k',
		});
	});
});

describe('datasets', () => {
	const dataset = {
		id: 'vw-capacity',
		title: 'Virtual ward capacity',
		unit: 'beds',
		definition: 'Beds available on virtual wards.',
		publisher: 'NHS England',
		licence: 'Open Government Licence v3.0',
		sources: ['nhse-virtual-ward-statistics'],
		asOf: '2024-08-08',
		observations: [{ period: '2023-12', area: 'E92000001', value: 11805 }],
	};
	it('accepts a dataset, flags secondary values as false by default', () => {
		const r = parseWithFriendlyErrors(DatasetSchema, dataset, 'f');
		expect(r.ok && r.data.observations[0]?.secondary).toBe(false);
		expect(r.ok && r.data.illustrative).toBe(false);
	});
	it('names the observation and field that is wrong', () => {
		expect(
			problems(DatasetSchema, { ...dataset, observations: [{ period: '2023-13', area: 'England', value: '11,805' }] }),
		).toEqual([
			{ field: 'observations[0].period', message: 'must be a month YYYY-MM or a date YYYY-MM-DD' },
			{
				field: 'observations[0].area',
				message:
					'"England" is not an area code: use E92000001 (England), an NHS region code E40xxxxxx or an ICB code such as QYG',
			},
			{ field: 'observations[0].value', message: 'must be a number, not the text "11,805"' },
		]);
	});
});

describe('systems', () => {
	const system = {
		id: 'QYG',
		onsCode: 'E54000008',
		name: 'NHS Cheshire and Merseyside Integrated Care Board',
		region: 'North West',
		regionCode: 'Y62',
		populations: [
			{ basis: 'gp-registered-16-plus', month: '2023-04', value: 2274535, source: 'nhsd-gp-registered-population' },
		],
	};
	it('accepts an ICB and rejects a bad code and region', () => {
		expect(problems(SystemSchema, system)).toEqual([]);
		expect(problems(SystemSchema, { ...system, id: 'E54000008', region: 'North East & Yorkshire' })).toEqual([
			{ field: 'id', message: 'must be an ICB ODS code such as QYG' },
			{
				field: 'region',
				message:
					'"North East & Yorkshire" is not an NHS region: did you mean "North East and Yorkshire"? Use East of England, London, Midlands, North East and Yorkshire, North West, South East, South West',
			},
		]);
	});
});

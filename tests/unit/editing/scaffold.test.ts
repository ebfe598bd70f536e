/** The new-page scaffold makes a page that passes the content check once filled in. */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/content-check/project.ts';
import {
	newPageText,
	publishFromProblem,
	sixMonthsAfter,
	slugify,
	validateNewPage,
} from '../../../src/lib/editing/scaffold.ts';

describe('scaffold', () => {
	it('makes addresses from titles', () => {
		expect(slugify('Hospital at home (2023)')).toBe('hospital-at-home-2023');
		expect(slugify('  Café & EPRs!  ')).toBe('cafe-and-eprs');
	});

	it('sets the next review six months on, clamping to the end of the month', () => {
		expect(sixMonthsAfter('2026-11-25')).toBe('2027-05-25');
		expect(sixMonthsAfter('2026-08-31')).toBe('2027-02-28');
	});

	it('explains bad arguments', () => {
		const priorities = ['virtual-wards', 'digitisation', 'investment-plans', 'workforce-skills'];
		expect(validateNewPage('cyber', 'x', priorities)).toEqual([
			'the priority must be one of virtual-wards, digitisation, investment-plans, workforce-skills (got "cyber")',
			'give the page title in quotes, at least 3 characters',
		]);
		expect(validateNewPage('digitisation', 'Shared care records', priorities)).toEqual([]);
	});

	it('explains a bad --publish-from date', () => {
		expect(publishFromProblem('2027-01-05', '2026-11-25')).toBeUndefined();
		expect(publishFromProblem('2027-02-30', '2026-11-25')).toBe(
			'--publish-from must be a date written YYYY-MM-DD, for example 2027-01-05 (got "2027-02-30")',
		);
		expect(publishFromProblem('2026-11-25', '2026-11-25')).toBe(
			'--publish-from 2026-11-25 is not after today (2026-11-25): leave it out to write a draft',
		);
	});

	it.each([
		['a draft page', undefined, { draft: true, changes: [] }],
		['a page published on a date', '2027-01-05', { draft: false, publishFrom: '2027-01-05', changes: [] }],
	])('writes %s that the content check accepts, with no change notes yet', (_, publishFrom, expected) => {
		const text = newPageText({
			priority: 'digitisation',
			title: 'Shared care records: "a guide"',
			today: '2026-11-25',
			publishFrom,
		});
		expect(text).toContain('changes: []');
		expect(text).toContain('# withdrawn: { date: YYYY-MM-DD');
		const source = {
			id: 'pg-2022-23-v3',
			title: 'Guidance',
			publisher: 'NHS England',
			url: 'https://www.england.nhs.uk/',
			kind: 'primary',
		};
		const priorities = ['virtual-wards', 'digitisation', 'investment-plans', 'workforce-skills'].map((id) => ({
			id,
			title: `Priority ${id}`,
			summary: 'A summary of this priority, long enough.',
		}));
		const { problems, project } = checkProject(
			{
				content: [{ path: 'content/digitisation/shared-care-records.mdx', text }],
				data: {
					sources: { path: 'data/sources.json', text: JSON.stringify([source]) },
					targets: { path: 'data/targets.json', text: '[]' },
					priorities: { path: 'data/priorities.json', text: JSON.stringify(priorities) },
					systems: { path: 'data/systems.json', text: '[]' },
				},
				datasets: [],
			},
			{ publish: '2026-11-25' },
		);
		expect(problems).toEqual([]);
		expect(project.pages[0]?.data).toMatchObject({
			title: 'Shared care records: "a guide"',
			nextReview: '2027-05-25',
			...expected,
		});
	});
});

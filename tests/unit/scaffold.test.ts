/** The new-page scaffold makes a page that passes the content check once filled in. */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/content-check/project.ts';
import { newPageText, sixMonthsAfter, slugify, validateNewPage } from '../../src/lib/editing/scaffold.ts';

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

	it('writes a draft page that the content check accepts', () => {
		const text = newPageText({
			priority: 'digitisation',
			title: 'Shared care records: "a guide"',
			today: '2026-11-25',
		});
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
		const { problems, project } = checkProject({
			content: [{ path: 'content/digitisation/shared-care-records.mdx', text }],
			data: {
				sources: { path: 'data/sources.json', text: JSON.stringify([source]) },
				targets: { path: 'data/targets.json', text: '[]' },
				priorities: { path: 'data/priorities.json', text: JSON.stringify(priorities) },
				systems: { path: 'data/systems.json', text: '[]' },
			},
			datasets: [],
		});
		expect(problems).toEqual([]);
		expect(project.pages[0]?.data).toMatchObject({
			title: 'Shared care records: "a guide"',
			draft: true,
			nextReview: '2027-05-25',
		});
	});
});

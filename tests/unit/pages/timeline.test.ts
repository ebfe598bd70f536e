/** The timeline page model (src/lib/pages/timeline.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../../src/lib/format/months.ts';
import { timelinePage } from '../../../src/lib/pages/timeline.ts';
import { EditionSchema } from '../../../src/schemas/edition.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('timeline page', () => {
	it('has its own address and a status tag on every deadline', () => {
		const page = timelinePage(site);
		expect(page.layout.canonicalPath).toBe('/timeline/');
		const deadlines = page.years.flatMap((y) => y.items).filter((i) => i.kind === 'deadline');
		expect(deadlines.map((i) => [i.date.text, i.status?.status])).toMatchInlineSnapshot(`
			[
			  [
			    "Deadline: June 2022",
			    "no-data",
			  ],
			  [
			    "Deadline: September 2023",
			    "missed",
			  ],
			  [
			    "Deadline: September 2023",
			    "met",
			  ],
			  [
			    "Deadline: December 2023",
			    "missed",
			  ],
			  [
			    "Deadline: March 2025",
			    "no-data",
			  ],
			  [
			    "Deadline: March 2026",
			    "no-data",
			  ],
			]
		`);
	});
});

describe('the timeline page', () => {
	it('lists every target deadline and every dated primary source once, in date order, grouped by year', () => {
		const page = timelinePage(site);
		const items = page.years.flatMap((y) => y.items);
		expect(items.filter((i) => i.kind === 'deadline')).toHaveLength(site.targets.length);
		const dated = [...site.sources.values()].filter((s) => s.kind === 'primary' && s.date);
		expect(items.filter((i) => i.kind === 'publication')).toHaveLength(dated.length);
		const months = items.map((i) => monthIndex(i.date.datetime));
		expect(months).toEqual([...months].sort((a, b) => a - b));
		expect(page.years.map((y) => [y.year, y.items.map((i) => i.date.datetime)])).toMatchInlineSnapshot(`
			[
			  [
			    "2021",
			    [
			      "2021-12-24",
			    ],
			  ],
			  [
			    "2022",
			    [
			      "2022-01-14",
			      "2022-06",
			    ],
			  ],
			  [
			    "2023",
			    [
			      "2023-09",
			      "2023-09",
			      "2023-12",
			    ],
			  ],
			  [
			    "2024",
			    [
			      "2024-04",
			      "2024-07",
			    ],
			  ],
			  [
			    "2025",
			    [
			      "2025-03",
			    ],
			  ],
			  [
			    "2026",
			    [
			      "2026-03",
			    ],
			  ],
			]
		`);
		for (const { year, items: inYear } of page.years)
			expect(
				inYear.filter((i) => !i.date.datetime.startsWith(year)),
				year,
			).toEqual([]);
	});

	it('gives each deadline its computed status and strikes a superseded one with a link to what replaced it', () => {
		const items = timelinePage(site).years.flatMap((y) => y.items);
		const ambition = items.find((i) => i.href === '/targets/vw-rate-goal/');
		expect(ambition?.status).toMatchObject({
			status: site.progress.get('vw-rate-goal')?.status.status,
			asOf: 'as of the figures for December 2023',
		});
		const replaced = items.find((i) => i.href === '/targets/records-2025/');
		expect(replaced?.replacedBy).toEqual({
			text: site.targetsById.get('records-2026')?.headline,
			href: '/targets/records-2026/',
		});
	});
});

describe("an edition's milestone on the timeline", () => {
	const sources = [...site.sources.values()];
	const secondary = sources.find((s) => s.kind === 'secondary');
	const primary = sources.find((s) => s.kind === 'primary');
	if (!secondary || !primary) throw new Error('the fixture site needs a primary and a secondary source');
	const edition = EditionSchema.parse({
		id: '2022-23',
		title: '2022/23 guidance',
		label: '2022/23',
		name: 'the 2022/23 guidance',
		publisher: 'NHS England',
		published: '2021-12-24',
		sources: [primary.id],
		read: 'coverage-only',
		readNote: 'Only news coverage of it.',
		milestones: [
			{
				date: '2022-07-01',
				title: 'Boards take over',
				detail: 'The boards took over on this day.',
				sources: [secondary.id, primary.id],
			},
		],
	});

	it('is listed on its day, unlinked, with its detail and each source linked and labelled', () => {
		const items = timelinePage({ ...site, editions: [edition] }).years.flatMap((y) => y.items);
		const milestone = items.find((i) => i.kind === 'milestone');
		expect(milestone).toMatchObject({
			date: { datetime: '2022-07-01', text: '1 July 2022' },
			title: 'Boards take over',
			href: undefined,
			detail: 'The boards took over on this day.',
			status: undefined,
			relative: undefined,
		});
		expect(milestone?.sources).toEqual({
			intro: 'Sources:',
			items: [
				{ link: { text: secondary.title, href: secondary.url }, by: `${secondary.publisher}, a secondary source` },
				{ link: { text: primary.title, href: primary.url }, by: primary.publisher },
			],
		});
		expect(items.length).toBeGreaterThan(1);
		expect(items.filter((i) => i.kind !== 'milestone' && i.sources !== undefined)).toEqual([]);
	});
});

/** The timeline page model and the deadlines calendar (src/lib/pages/timeline.ts), on the fixture site (tests/fixtures/site/). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { iCalendar } from '../../../src/lib/format/icalendar.ts';
import { monthIndex } from '../../../src/lib/format/months.ts';
import { deadlinesCalendar, lastDayOf, timelinePage } from '../../../src/lib/pages/timeline.ts';
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

describe('the deadlines calendar', () => {
	const siteUrl = new URL('https://planning-guidance.example.nhs.uk/');
	const text = iCalendar(deadlinesCalendar(site, siteUrl));
	const asOf =
		[...site.datasets.values()]
			.map((d) => d.asOf)
			.sort()
			.at(-1) ?? '';

	it('puts a month deadline on the last day of its month', () => {
		expect(lastDayOf('2023-12')).toBe('2023-12-31');
		expect(lastDayOf('2024-02')).toBe('2024-02-29');
		expect(lastDayOf('2025-02')).toBe('2025-02-28');
	});

	it('is valid iCalendar: one all-day event per target, stable unique ids, stamped with the data as-of date, CRLF and folded lines', () => {
		const calendar = new ICAL.Component(ICAL.parse(text));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.uid).sort()).toEqual(
			site.targets.map((t) => `${t.id}@planning-guidance.example.nhs.uk`).sort(),
		);
		expect(events).toHaveLength(6);
		for (const e of events) {
			expect(e.startDate.isDate).toBe(true);
			expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toMatch(new RegExp(`^${asOf}`));
		}
		const ambition = events.find((e) => e.uid.startsWith('vw-rate-goal@'));
		expect(ambition?.startDate.toString()).toBe('2023-12-31');
		expect(ambition?.description).toContain('https://planning-guidance.example.nhs.uk/targets/vw-rate-goal/');
		const lines = text.split('\r\n');
		expect(lines.length).toBeGreaterThan(site.targets.length * 5);
		expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
	});

	it('is the same text every time', () => {
		expect(iCalendar(deadlinesCalendar(site, siteUrl))).toBe(text);
	});
});

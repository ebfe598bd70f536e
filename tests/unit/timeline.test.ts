/** src/lib/model/timeline.ts and src/lib/pages/timeline.ts: deadlines and milestones in date order, placed against the site's review date. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { iCalendar } from '../../src/lib/format/icalendar.ts';
import { monthIndex } from '../../src/lib/format/months.ts';
import { deadlinesCalendar, lastDayOf, timelinePage } from '../../src/lib/pages/timeline.ts';
import { realSite } from '../helpers/real-site.ts';

const site = realSite();

describe('the timeline', () => {
	it('places each deadline against the review date, never the clock, and never calls a past deadline to come', () => {
		const page = timelinePage(site);
		const deadlines = page.years.flatMap((y) => y.items).filter((i) => i.kind === 'deadline');
		expect(deadlines.length).toBeGreaterThan(0);
		const march2026 = deadlines.find((i) => i.date.datetime === '2026-03');
		expect(march2026?.relative).toMatch(/^Passed, \d+ months before the review on \d+ \w+ 20\d\d$/);
		expect(page.figuresNote).toMatch(
			/^Statuses are computed from the figures published up to the site's last review, on /,
		);
	});

	it('lists every target deadline, every edition and every other dated primary source once, in date order, grouped by year', () => {
		const page = timelinePage(site);
		const items = page.years.flatMap((y) => y.items);
		expect(items.filter((i) => i.kind === 'deadline')).toHaveLength(site.targets.length);
		expect(site.editions).toHaveLength(5);
		expect(items.filter((i) => i.kind === 'edition').map((i) => i.href)).toEqual(
			site.editions.map((e) => `/editions/${e.id}/`),
		);
		// A source of an edition dated its day appears once, as the edition.
		const editionDay = (s: { id: string; date?: string | undefined }) =>
			site.editions.some((e) => e.published === s.date && e.sources.some((r) => r.id === s.id));
		const dated = [...site.sources.values()].filter((s) => s.kind === 'primary' && s.date && !editionDay(s));
		expect(dated.length).toBeLessThan([...site.sources.values()].filter((s) => s.kind === 'primary' && s.date).length);
		expect(items.filter((i) => i.kind === 'publication')).toHaveLength(dated.length);
		const months = items.map((i) => monthIndex(i.date.datetime));
		expect(months).toEqual([...months].sort((a, b) => a - b));
		for (const { year, items: inYear } of page.years)
			expect(inYear.every((i) => i.date.datetime.startsWith(year))).toBe(true);
	});

	it('gives each deadline its computed status and strikes a superseded one with a link to what replaced it', () => {
		const items = timelinePage(site).years.flatMap((y) => y.items);
		const ambition = items.find((i) => i.href === '/targets/vw-40-50-per-100k/');
		expect(ambition?.status).toMatchObject({
			status: site.progress.get('vw-40-50-per-100k')?.status.status,
			asOf: 'as of the figures for December 2023',
		});
		const replaced = items.find((i) => i.href === '/targets/epr-100-mar-2025/');
		expect(replaced?.replacedBy).toEqual({
			text: site.targetsById.get('epr-100-mar-2026')?.headline,
			href: '/targets/epr-100-mar-2026/',
		});
	});

	it('links a deadline whose commitment later guidance replaced to what replaced it, and no other', () => {
		const items = timelinePage(site).years.flatMap((y) => y.items);
		const ambition = items.find((i) => i.href === '/targets/vw-40-50-per-100k/');
		expect(ambition?.laterGuidance).toEqual({
			text: site.commitments.find((c) => c.id === 'community-urgent-care-12h')?.title,
			href: '/editions/#commitment-community-urgent-care-12h',
		});
		const epr = items.find((i) => i.href === '/targets/epr-100-mar-2026/');
		expect(epr?.kind).toBe('deadline');
		expect(epr?.laterGuidance).toBeUndefined();
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
		for (const e of events) {
			expect(e.startDate.isDate).toBe(true);
			expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toMatch(new RegExp(`^${asOf}`));
		}
		const ambition = events.find((e) => e.uid.startsWith('vw-40-50-per-100k@'));
		expect(ambition?.startDate.toString()).toBe('2023-12-31');
		expect(ambition?.description).toContain('https://planning-guidance.example.nhs.uk/targets/vw-40-50-per-100k/');
		expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
	});

	it('is the same text every time', () => {
		expect(iCalendar(deadlinesCalendar(site, siteUrl))).toBe(text);
	});
});

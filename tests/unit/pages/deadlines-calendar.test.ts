/** The deadlines calendar (src/lib/pages/deadlines-calendar.ts), /deadlines.ics, on the fixture site (tests/fixtures/site/). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { iCalendar } from '../../../src/lib/format/icalendar.ts';
import { deadlinesCalendar } from '../../../src/lib/pages/deadlines-calendar.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('the deadlines calendar', () => {
	const siteUrl = new URL('https://planning-guidance.example.nhs.uk/');
	const text = iCalendar(deadlinesCalendar(site, siteUrl));
	const asOf =
		[...site.datasets.values()]
			.map((d) => d.asOf)
			.sort()
			.at(-1) ?? '';

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

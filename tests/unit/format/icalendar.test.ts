/** An iCalendar file of all-day events (src/lib/format/icalendar.ts): stamped with the given date, never the clock. */
import { describe, expect, it } from 'vitest';
import { iCalendar } from '../../../src/lib/format/icalendar.ts';

const input = {
	name: 'Test deadlines',
	prodId: { company: 'Test publisher', product: 'Test portal' },
	stamp: '2026-11-25',
	events: [
		{
			uid: 'a-target@example.org',
			date: '2023-12-31',
			summary: 'Deadline: a target',
			description:
				'A description long enough to be folded, with a comma, a semicolon; and the address https://example.org/targets/a-target/',
			url: 'https://example.org/targets/a-target/',
		},
	],
};

describe('iCalendar', () => {
	it('writes one all-day event per input, stamped with the given date, CRLF and folded at 75 octets', () => {
		const text = iCalendar(input);
		expect(text.split('\r\n')).toMatchInlineSnapshot(`
			[
			  "BEGIN:VCALENDAR",
			  "VERSION:2.0",
			  "PRODID:-//Test publisher//Test portal//EN",
			  "METHOD:PUBLISH",
			  "NAME:Test deadlines",
			  "X-WR-CALNAME:Test deadlines",
			  "BEGIN:VEVENT",
			  "UID:a-target@example.org",
			  "SEQUENCE:0",
			  "DTSTAMP:20261125T000000Z",
			  "DTSTART;VALUE=DATE:20231231",
			  "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
			  "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE",
			  "SUMMARY:Deadline: a target",
			  "DESCRIPTION:A description long enough to be folded\\, with a comma\\, a semi",
			  " colon\\; and the address https://example.org/targets/a-target/",
			  "URL;VALUE=URI:https://example.org/targets/a-target/",
			  "END:VEVENT",
			  "END:VCALENDAR",
			]
		`);
		expect(text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
	});

	it('writes an empty calendar when there are no events, and the same text every time', () => {
		expect(iCalendar({ ...input, events: [] })).not.toContain('BEGIN:VEVENT');
		expect(iCalendar(input)).toBe(iCalendar(input));
	});
});

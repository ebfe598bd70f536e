/**
 * An iCalendar (RFC 5545) file of all-day events, written by ical-generator
 * (CRLF line endings, lines folded at 75 octets, text escaped). Reproducible:
 * the stamp of every event is a date given by the caller, never the clock.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';

export interface AllDayEvent {
	/** A stable, globally unique id, for example "vw-40-50-per-100k@planning-guidance.example.nhs.uk". */
	uid: string;
	/** The day, YYYY-MM-DD. */
	date: string;
	summary: string;
	description: string;
	/** An address with more about the event. */
	url: string;
}

export interface CalendarInput {
	/** The calendar's name, shown by calendar programs. */
	name: string;
	/** "-//Publisher//Product//EN". */
	prodId: { company: string; product: string };
	/** DTSTAMP of every event, YYYY-MM-DD: when the information was last checked. */
	stamp: string;
	events: readonly AllDayEvent[];
}

/** A UTC midnight Date for YYYY-MM-DD (all-day events carry no time, so the zone cannot shift the day). */
function day(date: string): Date {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d));
}

/** The calendar file's text. */
export function iCalendar(input: CalendarInput): string {
	const calendar = ical({
		name: input.name,
		prodId: { ...input.prodId, language: 'EN' },
		method: ICalCalendarMethod.PUBLISH,
	});
	for (const e of input.events) {
		calendar.createEvent({
			id: e.uid,
			start: day(e.date),
			allDay: true,
			stamp: day(input.stamp),
			summary: e.summary,
			description: e.description,
			url: e.url,
		});
	}
	return calendar.toString();
}

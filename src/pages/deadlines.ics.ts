/** /deadlines.ics: every target deadline as an all-day calendar event (src/lib/pages/deadlines-calendar.ts). */
import type { APIRoute } from 'astro';
import { iCalendar } from '../lib/format/icalendar.ts';
import { deadlinesCalendar } from '../lib/pages/deadlines-calendar.ts';
import { getSite } from '../queries.ts';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('deadlines.ics needs the `site` setting in astro.config.mjs for its links and event ids');
	const body = iCalendar(deadlinesCalendar(await getSite(), site));
	return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};

/**
 * /deadlines.ics: the timeline's deadlines as calendar events, one all-day
 * event per target on the last day of its deadline's month, stamped with the
 * datasets' latest "as of" date so the file is the same text every build.
 */
import type { CalendarInput } from '../format/icalendar.ts';
import { formatMonth } from '../format/dates.ts';
import { lastDayOf } from '../format/months.ts';
import { latestAsOf } from '../model/review.ts';
import { targetHref } from '../routes.ts';
import type { Site } from './site.ts';

/** /deadlines.ics: one all-day event per target deadline, on the last day of its month. `site` is the site's public address. */
export function deadlinesCalendar(data: Site, siteUrl: URL): CalendarInput {
	const stamp = latestAsOf(data.datasets.values()) ?? '2022-02-22';
	return {
		name: 'NHS 2022/23 planning guidance: digital deadlines',
		prodId: { company: siteUrl.hostname, product: 'Planning guidance portal' },
		stamp,
		events: data.targets.map((t) => {
			const replacedBy = t.supersededBy ? data.targetsById.get(t.supersededBy) : undefined;
			const url = new URL(targetHref(t.id), siteUrl).href;
			const due = t.deadlineLabel
				? `${t.deadlineLabel} (by the end of ${formatMonth(t.deadline)})`
				: `by the end of ${formatMonth(t.deadline)}`;
			return {
				uid: `${t.id}@${siteUrl.hostname}`,
				date: lastDayOf(t.deadline),
				summary: `${replacedBy ? 'Replaced: ' : ''}${t.headline}`,
				description: [t.statement, `Due ${due}.`, replacedBy ? `Replaced by: ${replacedBy.headline}.` : '', url]
					.filter(Boolean)
					.join('\n'),
				url,
			};
		}),
	};
}

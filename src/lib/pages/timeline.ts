/**
 * /timeline/: every deadline and milestone in date order, grouped by year,
 * each deadline with its computed status and where it falls against the
 * site's review date (src/lib/model/as-of.ts); superseded deadlines struck through with a link to what
 * replaced them. The same deadlines as calendar events are /deadlines.ics
 * (src/lib/pages/deadlines-calendar.ts).
 */
import { deadlineText, formatDate } from '../format/dates.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { deadlineAgainstReview, statusesAsOfSentence } from '../model/as-of.ts';
import { timelineEvents, type TimelineEvent } from '../model/timeline.ts';
import { deadlinesCalendarHref, editionHref, targetHref, timelineHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { siteReviewDate } from './review-date.ts';
import type { Site } from './site.ts';
import { replacedInGuidance } from './trace-view.ts';
import { resolveSources } from '../model/guidance.ts';
import { dateView, statusView, type Link, type StatusView } from './views.ts';

/** One deadline or publication on the timeline. */
export interface TimelineItem {
	/** A target's deadline, the publication of a guidance version or plan, or of an edition of the guidance, or a milestone an edition lists. */
	kind: 'deadline' | 'publication' | 'edition' | 'milestone';
	/** The date as a machine reads it (YYYY-MM or YYYY-MM-DD) and as a person does. */
	date: { datetime: string; text: string };
	/** The target's headline, the source's or edition's title, or what happened. */
	title: string;
	/** The target's page, or the source's or edition's address; undefined for a milestone (its sources are listed). */
	href: string | undefined;
	/** One sentence: what was asked, or who published what. */
	detail: string;
	/** Deadlines: the computed status and what it stands on. */
	status: StatusView | undefined;
	/** Deadlines: "Passed, 8 months before the review on 25 November 2026"; undefined for publications and when the site has no review date. */
	relative: string | undefined;
	/** A deadline that was replaced: shown struck through, with a link to the one that replaced it. */
	replacedBy: { text: string; href: string } | undefined;
	/** Milestones: where the event is recorded ("Source:" or "Sources:"), each linked, with its publisher and ", a secondary source" for news and briefings. */
	sources: { intro: string; items: { link: Link; by: string }[] } | undefined;
	/** A deadline whose commitment later guidance replaced: what applies now, linked to its path on /editions/ (src/lib/pages/trace-view.ts). */
	laterGuidance: { text: string; href: string } | undefined;
}

/** Everything /timeline/ prints. */
export interface TimelinePage {
	/** Titles, description, crumbs, header and footer (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's heading. */
	title: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** What the statuses and the placing of deadlines stand on (the site's one as-of sentence, src/lib/model/as-of.ts). */
	figuresNote: string | undefined;
	/** The items by year, in date order. */
	years: { year: string; items: TimelineItem[] }[];
	/** The iCalendar download. */
	calendar: { href: string; text: string };
}

function item(site: Site, event: TimelineEvent, review: string | undefined): TimelineItem {
	if (event.kind === 'edition') {
		const { edition } = event;
		return {
			kind: 'edition',
			date: dateView(edition.published),
			title: edition.title,
			href: editionHref(edition.id),
			detail: `Published by ${edition.publisher}: an edition of the planning guidance (${edition.label}).`,
			status: undefined,
			relative: undefined,
			replacedBy: undefined,
			sources: undefined,
			laterGuidance: undefined,
		};
	}
	if (event.kind === 'milestone') {
		const { milestone } = event;
		return {
			kind: 'milestone',
			date: dateView(milestone.date),
			title: milestone.title,
			href: undefined,
			detail: milestone.detail,
			status: undefined,
			relative: undefined,
			replacedBy: undefined,
			sources: {
				intro: milestone.sources.length === 1 ? 'Source:' : 'Sources:',
				items: resolveSources(milestone.sources, site.sources).map(({ source }) => ({
					link: { text: source.title, href: source.url },
					by: source.kind === 'secondary' ? `${source.publisher}, a secondary source` : source.publisher,
				})),
			},
			laterGuidance: undefined,
		};
	}
	if (event.kind === 'publication') {
		const { source } = event;
		return {
			kind: 'publication',
			date: { datetime: source.date ?? event.date, text: formatDate(event.date) },
			title: source.title,
			href: source.url,
			detail: `Published by ${source.publisher}.`,
			status: undefined,
			relative: undefined,
			replacedBy: undefined,
			sources: undefined,
			laterGuidance: undefined,
		};
	}
	const { target, progress, replacedBy } = event;
	return {
		kind: 'deadline',
		date: { datetime: target.deadline, text: `Deadline: ${deadlineText(target)}` },
		title: target.headline,
		href: targetHref(target.id),
		detail: target.statement,
		status: statusView(progress?.status.status ?? 'no-data', progress?.statusAsOf),
		relative: review ? deadlineAgainstReview(target.deadline, review) : undefined,
		replacedBy: replacedBy && { text: replacedBy.headline, href: targetHref(replacedBy.id) },
		sources: undefined,
		laterGuidance: replacedInGuidance(site, target.id),
	};
}

/** The timeline page. */
export function timelinePage(site: Site): TimelinePage {
	const review = siteReviewDate(site);
	const years = new Map<string, TimelineItem[]>();
	for (const event of timelineEvents(site.targets, site.sources.values(), site.progress, site.editions)) {
		const year = event.date.slice(0, 4);
		years.set(year, [...(years.get(year) ?? []), item(site, event, review)]);
	}
	const title = 'Timeline of deadlines and milestones';
	return {
		layout: layoutModel(site, {
			title,
			description:
				'Every deadline of the 2022/23 planning guidance digital priorities and the plans that followed, with each one’s status, in date order.',
			path: timelineHref(),
			crumbs: crumbsOf(ROUTES.timeline, {}, site),
		}),
		title,
		lede: 'Every deadline set by the guidance and the plans that followed it, when each guidance version and plan was published, and the milestones the deadlines depend on, in date order.',
		figuresNote: review
			? `${statusesAsOfSentence(review)} Each deadline is placed against that review date, not today's date.`
			: undefined,
		years: [...years].map(([year, items]) => ({ year, items })),
		calendar: { href: deadlinesCalendarHref(), text: 'Add the deadlines to your calendar (iCalendar file)' },
	};
}

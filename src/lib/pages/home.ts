/**
 * The home page (/): the four priorities, each with its headline target,
 * deadline and computed status (with a caveat naming the news reports it
 * rests on when its wording was read only in them), and how many guidance
 * pages it has.
 */
import type { Target } from '../../schemas/target.ts';
import { plural } from '../format/text.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import { dataHref, editionsHref, homeHref, priorityHref, targetsHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { EDITIONS_TITLE } from '../routes/list.ts';
import { priorityNowText, STANDS_NOW_LABEL } from './now-view.ts';
import type { Site } from './site.ts';
import { deadlineView, statusView, type Link, type StatusView, type TimeView } from './views.ts';
import { statusesAsOfSentence } from '../model/as-of.ts';
import { siteReviewDate } from './review-date.ts';

export interface HomeHeadline {
	/** The headline target, in words. */
	text: string;
	/** Its deadline. */
	deadline: TimeView;
	/** Its computed status, with what it stands on ("as of the figures for December 2023") if a figure measures it. */
	status: StatusView;
	/**
	 * When the target's wording was read only in news reports (its `wording.confidence`
	 * is "read-secondary"): what the deadline rests on, with the reports linked. undefined otherwise.
	 */
	caveat: { text: string; sources: Link[] } | undefined;
}

/** The caveat of a headline target read only in news reports: its secondary sources, by title and publisher. */
export function secondaryCaveat(target: Target, sources: Site['sources']): HomeHeadline['caveat'] {
	if (target.wording?.confidence !== 'read-secondary') return undefined;
	const ids = [target.wording.source.id, ...target.sources.map((s) => s.id)];
	const secondary = [...new Set(ids)].flatMap((id) => {
		const source = sources.get(id);
		return source?.kind === 'secondary' ? [{ text: `${source.title}, ${source.publisher}`, href: source.url }] : [];
	});
	const n = secondary.length;
	return {
		text: `As reported in ${n === 1 ? 'a news source' : 'news sources'}, not read in the guidance itself:`,
		sources: secondary,
	};
}

export interface HomeCard {
	/** The priority's title. */
	heading: string;
	/** Its overview page. */
	href: string;
	/** Its summary. */
	description: string;
	/** undefined when the priority has no dated headline target: `noHeadline` says so. */
	headline: HomeHeadline | undefined;
	/** What the card says when there is no headline target. */
	noHeadline: string;
	/** "5 guidance pages". */
	pageCount: string;
	/** What applies now for the priority's commitments, in one line from the trace (src/lib/pages/now-view.ts); undefined when none is traced. */
	now: { label: string; text: string } | undefined;
}

export interface HomePage {
	/** Titles, description, header and footer (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** One card per priority, in reading order. */
	cards: HomeCard[];
	/** The lists of targets and of data. */
	links: { targets: string; data: string };
	/** The note about the guidance's versions and where the wording comes from. */
	notice: string;
	/** What the statuses stand on: the site's one as-of sentence (src/lib/model/as-of.ts); undefined with no review date. */
	asOf: string | undefined;
	/** What later guidance did with each commitment: /editions/. */
	editions: Link;
}

/** The card's "Where this stands now" line. */
function nowLine(site: Site, priority: PriorityId): HomeCard['now'] {
	const text = priorityNowText(site, priority);
	return text === undefined ? undefined : { label: STANDS_NOW_LABEL, text };
}

/** The home page. */
export function homePage(site: Site): HomePage {
	const review = siteReviewDate(site);
	return {
		layout: layoutModel(site, {
			title: 'Home',
			description:
				"What NHS England's 2022/23 planning guidance asks of NHS organisations on digital priorities: virtual wards, a core level of digitisation, costed digital investment plans and workforce skills, with sources and progress.",
			path: homeHref(),
		}),
		heading: '2022/23 planning guidance: digital priorities',
		lede: "What NHS England's 2022/23 priorities and operational planning guidance asks of integrated care systems and NHS providers on digital, with the deadlines, the sources and what has happened since.",
		cards: site.priorities.map((priority) => {
			const target = priority.headlineTarget ? site.targetsById.get(priority.headlineTarget) : undefined;
			const progress = target ? site.progress.get(target.id) : undefined;
			return {
				heading: priority.title,
				href: priorityHref(priority.id),
				description: priority.summary,
				headline: target && {
					text: target.headline,
					deadline: deadlineView(target),
					status: statusView(progress?.status.status ?? 'no-data', progress?.statusAsOf),
					caveat: secondaryCaveat(target, site.sources),
				},
				noHeadline: 'No dated target for this priority was found in the guidance or the reports of it.',
				pageCount: plural(site.guidance.get(priority.id)?.length ?? 0, 'guidance page', 'guidance pages'),
				now: nowLine(site, priority.id),
			};
		}),
		links: { targets: targetsHref(), data: dataHref() },
		asOf: review === undefined ? undefined : statusesAsOfSentence(review),
		editions: { text: EDITIONS_TITLE, href: editionsHref() },
		notice:
			'The guidance was published on 24 December 2021 and revised on 14 January 2022 and 22 February 2022. Its full text was not available to us: each statement on this site cites the report it comes from. Quotes are marked as quotes.',
	};
}

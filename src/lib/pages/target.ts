/**
 * A target's page (/targets/<id>/): what it asks, its wording as quoted,
 * goal, deadline, computed progress and latest figure, the dataset that
 * measures it and its chart, what happened, the targets it replaces or
 * follows, its sources and the guidance about it.
 */
import { resolveSources } from '../model/guidance.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { goalWithUnit } from '../model/progress.ts';
import { datasetHref, deadlinesCalendarHref, targetsHref, timelineHref } from '../routes.ts';
import { targetIndexing } from '../search/indexing.ts';
import { chartFigureById, type ChartFigureView } from './chart-figure.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import { laterGuidance, traceEditionLabels, type LaterGuidanceView } from './trace-view.ts';
import {
	dateView,
	deadlineView,
	guidanceLink,
	sourceList,
	STATUS_RULES_ID,
	statusView,
	targetLink,
	wordingView,
	type Link,
	type SourceListView,
	type StatusView,
	type TimeView,
	type WordingView,
} from './views.ts';

/** Everything /targets/<id>/ prints. */
export interface TargetPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The priority's title, above the heading. */
	caption: string | undefined;
	/** The page's or section's heading. */
	heading: string;
	/** The computed status. */
	status: StatusView;
	/** The target's statement. */
	lede: string;
	/** The later target that replaced this one, with the note that says why. */
	replacedBy: { note: string; link: Link } | undefined;
	/** The later target that followed this one, with its note. */
	followedBy: { link: Link; note: string } | undefined;
	/** The target's words as a source quotes them, and how sure we are of them. */
	wording: WordingView | undefined;
	/** "<metric> (<unit>)". */
	measure: string;
	/** The goal with its unit, or "No measurable goal". */
	goal: string;
	/** The target's deadline. */
	deadline: TimeView;
	/** Beside the deadline: every deadline in a calendar file, and the timeline of all of them. */
	deadlineLinks: { calendar: Link; timeline: Link };
	/** The one-sentence progress summary, and the note that explains its figure. */
	progress: { summary: string; note: string | undefined };
	/** The latest figure, printed on its own when a note explains it that the summary does not give. */
	latest: { text: string; note: string } | undefined;
	/** The dataset that measures the target, with its statistical status and as-of date. */
	measuredBy: { link: Link; statisticalStatus: string | undefined; asOf: TimeView } | undefined;
	/** Earlier targets this one replaces. */
	replaces: Link[];
	/** Earlier targets this one follows, each with its note. */
	follows: { link: Link; note: string | undefined }[];
	/** The chart figure, if the site draws one. */
	chart: ChartFigureView | undefined;
	/** What happened, with its sources. */
	outcome: { text: string; sources: SourceListView } | undefined;
	/** The note printed when nothing measures the target. */
	noMeasure: string | undefined;
	/** Where the target is set. */
	sources: SourceListView;
	/** The guidance pages about the target. */
	guidance: Link[];
	/** The link to how a status is worked out. */
	statusRules: string;
	/** "What later guidance said": the path of each commitment covering the target, ending in what applies now (src/lib/pages/trace-view.ts). */
	laterGuidance: LaterGuidanceView | undefined;
}

/** The page of the target `id`. */
export function targetPage(site: Site, id: string): TargetPage {
	const target = site.targetsById.get(id);
	const progress = site.progress.get(id);
	if (!target || !progress) throw new Error(`no target "${id}" (the content check should have caught this)`);
	const { dataset, summary, summaryNote, latestText, latestNote } = progress;
	const priority = site.priorities.find((p) => p.id === target.priority);
	const linkTo = (other: string): Link =>
		targetLink({ id: other, headline: site.targetsById.get(other)?.headline ?? '' });
	return {
		layout: layoutModel(site, {
			title: target.headline,
			description: target.statement,
			path: ROUTES.target.href(target),
			crumbs: crumbsOf(ROUTES.target, target, site),
			search:
				priority &&
				targetIndexing({
					priorityTitle: priority.title,
					statement: target.statement,
					deadline: target.deadline,
					deadlineLabel: target.deadlineLabel,
					editionLabels: traceEditionLabels(site, id),
				}),
		}),
		caption: priority?.title,
		heading: target.headline,
		status: statusView(progress.status.status),
		lede: target.statement,
		replacedBy: target.supersededBy
			? { note: target.supersededNote ?? '', link: linkTo(target.supersededBy) }
			: undefined,
		followedBy: target.followedBy ? { link: linkTo(target.followedBy), note: target.followedNote ?? '' } : undefined,
		wording: target.wording && wordingView(target.wording, site.sources),
		measure: `${target.metric} (${target.unit})`,
		goal: goalWithUnit(target, dataset),
		deadline: deadlineView(target),
		deadlineLinks: {
			calendar: { text: 'Add every deadline to your calendar (iCalendar file)', href: deadlinesCalendarHref() },
			timeline: { text: 'All deadlines in date order', href: timelineHref() },
		},
		progress: { summary, note: summaryNote },
		latest: latestText && latestNote && latestNote !== summaryNote ? { text: latestText, note: latestNote } : undefined,
		measuredBy: dataset && {
			link: { text: dataset.title, href: datasetHref(dataset.id) },
			statisticalStatus: dataset.statisticalStatus,
			asOf: dateView(dataset.asOf),
		},
		replaces: site.targets.filter((t) => t.supersededBy === id).map(targetLink),
		follows: site.targets
			.filter((t) => t.followedBy === id)
			.map((t) => ({ link: targetLink(t), note: t.followedNote })),
		chart: chartFigureById(site, id),
		outcome: target.outcome && {
			text: target.outcome.text,
			sources: sourceList(resolveSources(target.outcome.sources, site.sources), 'Sources for what happened'),
		},
		noMeasure:
			!dataset && target.goal === undefined
				? 'This target has no measurable goal, so its status shows "No data".'
				: undefined,
		sources: sourceList(resolveSources(target.sources, site.sources), 'Where the target is set'),
		guidance: (site.guidance.get(target.priority) ?? [])
			.filter((p) => p.data.targets.includes(id))
			.map((p) => guidanceLink(target.priority, p)),
		statusRules: `${targetsHref()}#${STATUS_RULES_ID}`,
		laterGuidance: laterGuidance(site, id),
	};
}

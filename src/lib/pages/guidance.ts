/**
 * A guidance page (/<priority>/<slug>/): everything around its MDX body (the
 * route renders the body itself): title, audiences, the targets it is about,
 * the numbered notes of the figures it prints, its sources, review dates,
 * previous/next links and the priority's contents, and the resolver its MDX
 * components read.
 */
import { AUDIENCE_LABELS } from '../../schemas/fragments.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import { formatMonth } from '../format/dates.ts';
import { monthOf } from '../format/months.ts';
import { uncapitalise } from '../format/text.ts';
import { areaName, formatFigure } from '../model/datasets.ts';
import { figureNotes, type FigureNote } from '../model/figures.ts';
import { breadcrumbs, neighbours, resolveSources, resolveTargets, type GuidanceEntry } from '../model/guidance.ts';
import { datasetHref, guidanceHref, targetHref } from '../routes.ts';
import { guidanceIndexing } from '../search/indexing.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { mdxResolver, type MdxResolver } from './mdx-resolver.ts';
import type { Site } from './site.ts';
import { dateView, deadlineView, sourceList, type Link, type SourceListView, type TimeView } from './views.ts';

/** A guidance entry with what the page needs to number its figures and name its file in errors. */
export interface GuidanceSource extends GuidanceEntry {
	/** The MDX body, as written. */
	body?: string | undefined;
	/** The entry's source file (content/<priority>/<slug>.mdx). */
	filePath?: string | undefined;
}

/** One note of "Figures on this page". */
export interface FigureNoteView {
	/** The note's number, from 1. */
	n: number;
	/** The note's id, which the figure's reference links to. */
	id: string;
	/** "23.0 beds per 100,000 …, England, December 2023". */
	lead: string;
	/** The note that explains the figure (a footnote of the source), if any. */
	note: string | undefined;
	/** The figure's source, "publisher, title", linked; undefined when only the dataset's publisher is known. */
	source: Link | undefined;
	/** The dataset's publisher, printed when `source` is undefined. */
	publisher: string;
	/** " (secondary source)" or the statistical status in brackets, or "". */
	qualifier: string;
	/** The date the figures were last checked against their sources. */
	asOf: TimeView;
	/** "<dataset title>: all figures", linked to the dataset's page. */
	dataset: Link;
	/** The link back to the figure in the text. */
	back: { href: string; label: string };
}

/** Everything /<priority>/<slug>/ prints around its body. */
export interface GuidancePageModel {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The priority's title, above the heading. */
	caption: string;
	/** The page's or section's heading. */
	heading: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** The audiences' labels. */
	audience: string[];
	/** The targets the page is about, with their deadlines. */
	targets: { link: Link; deadline: TimeView }[];
	/** The numbered notes of the figures the body prints. */
	figureNotes: FigureNoteView[];
	/** The sources cited. */
	sources: SourceListView;
	/** When the page was last reviewed, when it is due again, and who owns it. */
	review: { lastReviewed: TimeView; nextReview: TimeView; owner: string };
	/** The previous and next pages of the priority. */
	pagination: { previous: Link | undefined; next: Link | undefined };
	/** The priority's pages, the current one marked. */
	contents: { heading: string; items: { text: string; href: string; current: boolean }[] };
	/** What the page's MDX components print: set as `Astro.locals.mdx` before rendering the body. */
	mdx: MdxResolver;
}

function figureNoteView(site: Site, { n, dataset, observation }: FigureNote): FigureNoteView {
	const source = site.sources.get(observation.source?.id ?? dataset.sources[0]?.id ?? '');
	const status = dataset.statisticalStatus;
	return {
		n,
		id: `figure-note-${n}`,
		lead: `${formatFigure(dataset, observation)}, ${areaName(observation.area, site.systems)}, ${formatMonth(monthOf(observation.period))}`,
		note: observation.note,
		source: source && { text: `${source.publisher}, ${source.title}`, href: source.url },
		publisher: dataset.publisher,
		qualifier: observation.secondary ? ' (secondary source)' : status ? ` (${uncapitalise(status)})` : '',
		asOf: dateView(dataset.asOf),
		dataset: { text: `${dataset.title}: all figures`, href: datasetHref(dataset.id) },
		back: { href: `#figure-ref-${n}`, label: `Back to the text of note ${n}` },
	};
}

/** The guidance page `entry` of the priority `priorityId`. */
export function guidancePage(site: Site, priorityId: PriorityId, entry: GuidanceSource): GuidancePageModel {
	const priority = site.priorities.find((p) => p.id === priorityId);
	if (!priority) throw new Error(`no priority "${priorityId}" (the content check should have caught this)`);
	const pages = site.guidance.get(priorityId) ?? [];
	const page = entry.data;
	const here = guidanceHref(priorityId, entry.id);
	const targets = resolveTargets(page.targets, site.targetsById);
	// Numbered notes for the page's <Figure>s; each Figure takes its number from the resolver.
	const notes = figureNotes(entry.body ?? '', site.datasets, entry.filePath);
	const link = (e: GuidanceEntry | undefined): Link | undefined => e && { text: e.data.title, href: guidanceHref(priorityId, e.id) };
	const { previous, next } = neighbours(pages, entry.id);
	return {
		layout: layoutModel(site, {
			title: page.title,
			description: page.summary,
			path: here,
			crumbs: breadcrumbs(priority),
			priority: priorityId,
			search: guidanceIndexing({ priorityTitle: priority.title, audience: page.audience, summary: page.summary, targets }),
		}),
		caption: priority.title,
		heading: page.title,
		lede: page.summary,
		audience: page.audience.map((a) => AUDIENCE_LABELS[a]),
		targets: targets.map((t) => ({ link: { text: t.headline, href: targetHref(t.id) }, deadline: deadlineView(t) })),
		figureNotes: notes.map((n) => figureNoteView(site, n)),
		sources: sourceList(resolveSources(page.sources, site.sources)),
		review: { lastReviewed: dateView(page.lastReviewed), nextReview: dateView(page.nextReview), owner: page.owner },
		pagination: { previous: link(previous), next: link(next) },
		contents: {
			heading: priority.title,
			items: pages.map((p) => ({ text: p.data.title, href: guidanceHref(priorityId, p.id), current: guidanceHref(priorityId, p.id) === here })),
		},
		mdx: mdxResolver(site, entry.filePath, notes),
	};
}

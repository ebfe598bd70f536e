/**
 * A guidance page (/<priority>/<slug>/): everything around its MDX body (the
 * route renders the body itself): title, audiences, the targets it is about,
 * the numbered notes of the figures it prints, its sources, related pages,
 * review dates (and a warning when the page is past its next review), the
 * "edit this page" link, its own contents ("On this page": its h2s), the
 * links to its priority and its previous and next pages, and the resolver its
 * MDX components read. What it prints does not depend on how many pages its
 * priority has: the full list is on the priority's page.
 */
import GithubSlugger from 'github-slugger';
import { editFileHref, PUBLISHER, type Publisher } from '../../config/publisher.ts';
import { REVIEW_AS_OF } from '../../config/site.ts';
import { AUDIENCE_LABELS } from '../../schemas/fragments.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import { formatMonth } from '../format/dates.ts';
import { monthOf } from '../format/months.ts';
import { uncapitalise } from '../format/text.ts';
import { areaName, formatFigure } from '../model/datasets.ts';
import { figureNotes, type FigureNote } from '../model/figures.ts';
import { breadcrumbs, neighbours, resolveSources, resolveTargets, type GuidanceEntry } from '../model/guidance.ts';
import { isPastReview, reviewAsOf } from '../model/review.ts';
import { parseBody } from '../mdx/parse.ts';
import { textOf, walk } from '../mdx/tree.ts';
import { datasetHref, guidanceHref, priorityHref, targetHref } from '../routes.ts';
import { guidanceIndexing } from '../search/indexing.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { mdxResolver, type MdxResolver } from './mdx-resolver.ts';
import { guidanceStandsNow, type StandsNowView } from './now-view.ts';
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
	/** When the page was last reviewed, when it is due again, and who owns it: "<team>, <publisher>". */
	review: { lastReviewed: TimeView; nextReview: TimeView; owner: string };
	/** NHS.UK's "This page is due for review" warning, when the page is past its next review (src/lib/model/review.ts); undefined otherwise. */
	reviewDue: ReviewDueView | undefined;
	/** "Related pages": the pages of the `related` front matter, by their titles. */
	related: Link[];
	/** "Edit this page": a link to the page's file in the repository when its address is set, otherwise how to change it without one. */
	edit: EditView;
	/** The previous and next pages of the priority. */
	pagination: { previous: Link | undefined; next: Link | undefined };
	/** The page's place: its priority's page (which lists every page of it) and the page's own contents, its h2s. */
	navigation: { priority: Link; onThisPage: Link[] };
	/** What the page's MDX components print: set as `Astro.locals.mdx` before rendering the body. */
	mdx: MdxResolver;
	/** "Where this stands now", from the trace, printed above the body (src/lib/pages/now-view.ts); undefined when no commitment covers the page. */
	standsNow: StandsNowView | undefined;
}

/** The warning of a page past its next review. */
export interface ReviewDueView {
	/** "This page is due for review". */
	heading: string;
	/** The date it was due, as printed. */
	due: TimeView;
	/** The sentence after the date. */
	advice: string;
}

/** "Edit this page": where the page's file is, and a link to change it when the repository's address is known. */
export interface EditView {
	/** The page's source file, content/<priority>/<slug>.mdx. */
	file: string;
	/** The link to edit the file in the repository, or undefined when no repository address is set. */
	link: Link | undefined;
	/** The sentence printed after the link, or alone without one. */
	text: string;
}

/** What {@link guidancePage} is told beyond the site: who publishes it and the date review dates are judged against. */
export interface GuidanceOptions {
	publisher?: Publisher | undefined;
	/** YYYY-MM-DD; by default REVIEW_AS_OF, else the datasets' latest "as of" date. */
	reviewAsOf?: string | undefined;
}

/** The h2s of a body as "On this page" links, with the ids the build gives headings (github-slugger over every heading, in order). */
export function onThisPage(body: string): Link[] {
	const parsed = parseBody(body);
	if (!parsed.ok) return [];
	const slugger = new GithubSlugger();
	const links: Link[] = [];
	walk(parsed.tree, (node) => {
		if (node.type !== 'heading') return;
		const text = textOf(node);
		const id = slugger.slug(text);
		if (node.depth === 2) links.push({ text, href: `#${id}` });
		return false;
	});
	return links;
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
export function guidancePage(
	site: Site,
	priorityId: PriorityId,
	entry: GuidanceSource,
	options: GuidanceOptions = {},
): GuidancePageModel {
	const publisher = options.publisher ?? PUBLISHER;
	const priority = site.priorities.find((p) => p.id === priorityId);
	if (!priority) throw new Error(`no priority "${priorityId}" (the content check should have caught this)`);
	const pages = site.guidance.get(priorityId) ?? [];
	const page = entry.data;
	const here = guidanceHref(priorityId, entry.id);
	const targets = resolveTargets(page.targets, site.targetsById);
	// Numbered notes for the page's <Figure>s; each Figure takes its number from the resolver.
	const notes = figureNotes(entry.body ?? '', site.datasets, entry.filePath);
	const link = (e: GuidanceEntry | undefined): Link | undefined =>
		e && { text: e.data.title, href: guidanceHref(priorityId, e.id) };
	const { previous, next } = neighbours(pages, entry.id);
	return {
		layout: layoutModel(
			site,
			{
				title: page.title,
				description: page.summary,
				path: here,
				crumbs: breadcrumbs(priority),
				priority: priorityId,
				search: guidanceIndexing({
					priorityTitle: priority.title,
					audience: page.audience,
					summary: page.summary,
					targets,
				}),
				kind: 'article',
			},
			publisher,
		),
		caption: priority.title,
		heading: page.title,
		lede: page.summary,
		audience: page.audience.map((a) => AUDIENCE_LABELS[a]),
		targets: targets.map((t) => ({ link: { text: t.headline, href: targetHref(t.id) }, deadline: deadlineView(t) })),
		figureNotes: notes.map((n) => figureNoteView(site, n)),
		sources: sourceList(resolveSources(page.sources, site.sources)),
		review: {
			lastReviewed: dateView(page.lastReviewed),
			nextReview: dateView(page.nextReview),
			owner: `${page.owner}, ${publisher.name}`,
		},
		reviewDue: isPastReview(page.nextReview, reviewAsOf(site.datasets.values(), options.reviewAsOf ?? REVIEW_AS_OF))
			? {
					heading: 'This page is due for review',
					due: dateView(page.nextReview),
					advice: 'It may be out of date: check what it says against the sources listed at the end of the page.',
				}
			: undefined,
		related: page.related.flatMap((id) => {
			const [p = '', slug = ''] = id.split('/');
			const found = site.guidance.get(p as PriorityId)?.find((e) => e.id === slug);
			return found ? [{ text: found.data.title, href: guidanceHref(p as PriorityId, slug) }] : [];
		}),
		edit: editView(entry.filePath ?? `content/${priorityId}/${entry.id}.mdx`, publisher),
		pagination: { previous: link(previous), next: link(next) },
		navigation: {
			priority: { text: `All ${uncapitalise(priority.title)} pages`, href: priorityHref(priorityId) },
			onThisPage: onThisPage(entry.body ?? ''),
		},
		mdx: mdxResolver(site, entry.filePath, notes),
		standsNow: guidanceStandsNow(site, priorityId, entry.id),
	};
}

/** "Edit this page" for the file `file`. */
function editView(file: string, publisher: Publisher): EditView {
	const href = editFileHref(file, publisher);
	return {
		file,
		link: href === undefined ? undefined : { text: 'Edit this page', href },
		text:
			href === undefined
				? `To suggest a change to this page, edit ${file} in the site's repository and open a pull request.`
				: ` (${file} in the site's repository): your change becomes a pull request that an editor reviews.`,
	};
}

/**
 * A guidance page (/<priority>/<slug>/): everything around its MDX body (the
 * route renders the body itself): title, audiences, the targets it is about,
 * the numbered notes of the figures it prints, its sources, related pages,
 * review dates (and a warning when the page is past its next review), the
 * "edit this page" link, its own contents ("On this page": its h2s), the
 * links to its priority and its previous and next pages, its history (the
 * dates near the top, "Page history" at the foot, src/lib/pages/page-history.ts),
 * the warning of a withdrawn page, and the resolver its MDX components read. What it prints does not depend on how many pages its
 * priority has: the full list is on the priority's page.
 */
import { PUBLISHER, type Publisher } from '../../config/publisher.ts';
import { REVIEW_AS_OF } from '../../config/site.ts';
import { AUDIENCE_LABELS } from '../../schemas/fragments.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import { uncapitalise } from '../format/text.ts';
import { figureNotes } from '../model/figures.ts';
import { neighbours, resolveRelated, resolveSources, resolveTargets, type GuidanceEntry } from '../model/guidance.ts';
import { isPastReview } from '../model/review.ts';
import { h2Headings } from '../mdx/tree.ts';
import { priorityHref, targetHref } from '../routes.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { guidanceIndexing } from '../search/indexing.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { mdxResolver, type MdxResolver } from './mdx-resolver.ts';
import { guidanceStandsNow, type StandsNowView } from './now-view.ts';
import {
	pageDatesView,
	pageHistoryView,
	withdrawnView,
	type PageDatesView,
	type PageHistoryView,
	type WithdrawnView,
} from './page-history.ts';
import { siteReviewDate } from './review-date.ts';
import type { Site } from './site.ts';
import {
	deadlineView,
	editView,
	figureNoteView,
	guidanceLink,
	reviewDueView,
	reviewView,
	sourceList,
	type EditView,
	type FigureNoteView,
	type Link,
	type ReviewDueView,
	type ReviewView,
	type SourceListView,
	type TimeView,
} from './views.ts';

/** A heading of a compiled body, as Astro's `render(entry)` gives it (its id is `slug`). */
export interface CompiledHeading {
	depth: number;
	slug: string;
	text: string;
}

/** A guidance entry with what the page needs to number its figures, list its h2s and name its file in errors. */
export interface GuidanceSource extends GuidanceEntry {
	/** The MDX body, as written: the build keeps it only for a page that prints a `<Figure>` (src/collections.ts). */
	body?: string | undefined;
	/**
	 * The compiled body's headings (`render(entry).headings`), for "On this page" without parsing
	 * the body again; when left out (the unit tests' fixtures), they are read from `body`.
	 */
	headings?: readonly CompiledHeading[] | undefined;
	/** The entry's source file (content/<priority>/<slug>.mdx). */
	filePath?: string | undefined;
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
	review: ReviewView;
	/** NHS.UK's "This page is due for review" warning, when the page is past its next review (src/lib/model/review.ts); undefined otherwise, and on a withdrawn page. */
	reviewDue: ReviewDueView | undefined;
	/** The warning at the top of a withdrawn page ("This page was withdrawn on …", why, its replacement); undefined otherwise. */
	withdrawn: WithdrawnView | undefined;
	/** "Published …" and "Last updated …" near the top; undefined when the front matter gives neither date. */
	dates: PageDatesView | undefined;
	/** "Page history" at the foot: every change note, newest first; undefined for a page with none. */
	history: PageHistoryView | undefined;
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

/** The h2s of a page, from its compiled headings, or from its body when it has none. */
function pageH2s(entry: GuidanceSource): { text: string; id: string }[] {
	if (!entry.headings) return h2Headings(entry.body ?? '');
	return entry.headings.filter((h) => h.depth === 2).map((h) => ({ text: h.text, id: h.slug }));
}

/** What {@link guidancePage} is told beyond the site: who publishes it and the date review dates are judged against. */
export interface GuidanceOptions {
	publisher?: Publisher | undefined;
	/** YYYY-MM-DD; by default REVIEW_AS_OF, else the datasets' latest "as of" date. */
	reviewAsOf?: string | undefined;
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
	const key = {
		priority: priorityId,
		slug: entry.id,
		title: page.title,
		draft: page.draft,
		withdrawn: page.withdrawn !== undefined,
	};
	// A withdrawn page stays at its address, out of search; its replacement is linked when it is published.
	const [replacement] = page.withdrawn?.replacedBy ? resolveRelated([page.withdrawn.replacedBy], site.guidance) : [];
	const targets = resolveTargets(page.targets, site.targetsById);
	// Numbered notes for the page's <Figure>s; each Figure takes its number from the resolver.
	const notes = figureNotes(entry.body ?? '', site.datasets, entry.filePath);
	const link = (e: GuidanceEntry | undefined) => e && guidanceLink(priorityId, e);
	const { previous, next } = neighbours(pages, entry.id);
	return {
		layout: layoutModel(
			site,
			{
				title: page.title,
				description: page.summary,
				path: ROUTES.guidance.href(key),
				crumbs: crumbsOf(ROUTES.guidance, key, site),
				priority: priorityId,
				search: page.withdrawn
					? undefined
					: guidanceIndexing({
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
		figureNotes: notes.map((n) => figureNoteView(n, site.sources, site.systems)),
		sources: sourceList(resolveSources(page.sources, site.sources)),
		review: reviewView(page, publisher),
		reviewDue: reviewDueView(
			page.nextReview,
			!page.withdrawn && isPastReview(page.nextReview, siteReviewDate(site, options.reviewAsOf ?? REVIEW_AS_OF)),
		),
		withdrawn: withdrawnView(page, replacement && guidanceLink(replacement.priority, replacement.entry)),
		dates: pageDatesView(page),
		history: pageHistoryView(page),
		related: resolveRelated(page.related, site.guidance).map((r) => guidanceLink(r.priority, r.entry)),
		edit: editView(entry.filePath ?? `content/${priorityId}/${entry.id}.mdx`, publisher),
		pagination: { previous: link(previous), next: link(next) },
		navigation: {
			priority: { text: `All ${uncapitalise(priority.title)} pages`, href: priorityHref(priorityId) },
			onThisPage: pageH2s(entry).map((h) => ({ text: h.text, href: `#${h.id}` })),
		},
		mdx: mdxResolver(site, entry.filePath, notes),
		standsNow: guidanceStandsNow(site, priorityId, entry.id),
	};
}

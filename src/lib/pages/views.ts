/**
 * The small pieces page models share, each as a component prints it:
 * a link, a date with its machine-readable value, a target's deadline, a
 * status tag, a dataset's download links, a list of sources, a figure's
 * note, the "due for review" warning and "Edit this page". Pure.
 */
import { editFileHref, type Publisher } from '../../config/publisher.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { CONFIDENCE_LABELS } from '../../schemas/fragments.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import type { Source } from '../../schemas/source.ts';
import type { System } from '../../schemas/system.ts';
import type { Target } from '../../schemas/target.ts';
import { deadlineText, formatDate, formatMonth } from '../format/dates.ts';
import { monthOf } from '../format/months.ts';
import { uncapitalise } from '../format/text.ts';
import { areaName, formatFigure } from '../model/datasets.ts';
import type { FigureNote } from '../model/figures.ts';
import type { ResolvedSource } from '../model/guidance.ts';
import { STATUS_LABELS, type Status } from '../model/status.ts';
import { datasetCsvHref, datasetHref, datasetJsonHref, guidanceHref, targetHref } from '../routes.ts';

/** A link as printed: its text and address. */
export interface Link {
	/** The link's text. */
	text: string;
	/** Where it goes. */
	href: string;
}

/** A date as a <time> element prints it. */
export interface TimeView {
	/** The machine-readable value (YYYY-MM-DD or YYYY-MM), for `datetime`. */
	datetime: string;
	/** The date as readers see it: "24 December 2021", "by March 2025". */
	text: string;
}

/** "2021-12-24" → 24 December 2021, with its datetime. */
export function dateView(value: string): TimeView {
	return { datetime: value, text: formatDate(value) };
}

/** A target's deadline: its own wording or its month, with the deadline month as its datetime. */
export function deadlineView(target: { deadline: string; deadlineLabel?: string | undefined }): TimeView {
	return { datetime: target.deadline, text: deadlineText(target) };
}

/** The NHS.UK tag colours (omit the colour for the default blue). */
export type TagColour =
	'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** The colours a status tag takes (NHS.UK tag colours). */
export type StatusColour = (typeof STATUS_LABELS)[Status]['colour'];

/** A target's computed status as the StatusTag component prints it. */
export interface StatusView {
	/** The status itself (for data attributes). */
	status: Status;
	/** "Met", "On track", ... */
	text: string;
	/** The tag's colour. */
	colour: StatusColour;
	/** What the status stands on ("as of the figures for December 2023"), printed after the tag when given. */
	asOf: string | undefined;
}

/** The tag of a status, with what it stands on when the page shows it. */
export function statusView(status: Status, asOf?: string): StatusView {
	const { text, colour } = STATUS_LABELS[status];
	return { status, text, colour, asOf };
}

/** A dataset's two downloads: "<title> (CSV)" and "<title> (JSON)". */
export function downloadLinks(dataset: Pick<Dataset, 'id' | 'title'>): { csv: Link; json: Link } {
	return {
		csv: { text: `${dataset.title} (CSV)`, href: datasetCsvHref(dataset.id) },
		json: { text: `${dataset.title} (JSON)`, href: datasetJsonHref(dataset.id) },
	};
}

/** One cited source as the SourceList component prints it. */
export interface SourceItem {
	/** The list item's id: the list's id and the source's id. */
	id: string;
	/** The source's title, linked to its address. */
	link: Link;
	/** The publisher. */
	publisher: string;
	/** Its date in words, or "date not stated". */
	date: string;
	/** The section cited, if any. */
	section: string | undefined;
	/** The page cited, if any. */
	page: string | undefined;
	/** true for news and briefings (labelled "Secondary source"). */
	secondary: boolean;
	/** The source's own note, if any. */
	note: string | undefined;
}

/** A list of sources under a heading. */
export interface SourceListView {
	/** The page's or section's heading. */
	heading: string;
	/** The heading's id, from its words: "Sources for what happened" → "sources-for-what-happened-heading". */
	headingId: string;
	/** The list's items, in order. */
	items: SourceItem[];
}

/** The list of `sources` under `heading` (by default "Sources"). */
export function sourceList(sources: readonly ResolvedSource[], heading = 'Sources'): SourceListView {
	const stem = heading.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	return {
		heading,
		headingId: `${stem}-heading`,
		items: sources.map(({ source, section, page }) => ({
			id: `${stem}-${source.id}`,
			link: { text: source.title, href: source.url },
			publisher: source.publisher,
			date: source.date ? formatDate(source.date) : 'date not stated',
			section,
			page,
			secondary: source.kind === 'secondary',
			note: source.note,
		})),
	};
}

/** One note of "Figures on this page" (the FigureNotes component). */
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

/** The note of a figure a page prints, its source looked up in `sources` and its area named from `systems`. */
export function figureNoteView(
	{ n, dataset, observation }: FigureNote,
	sources: ReadonlyMap<string, Source>,
	systems: ReadonlyMap<string, System>,
): FigureNoteView {
	const source = sources.get(observation.source?.id ?? dataset.sources[0]?.id ?? '');
	const status = dataset.statisticalStatus;
	return {
		n,
		id: `figure-note-${n}`,
		lead: `${formatFigure(dataset, observation)}, ${areaName(observation.area, systems)}, ${formatMonth(monthOf(observation.period))}`,
		note: observation.note,
		source: source && { text: `${source.publisher}, ${source.title}`, href: source.url },
		publisher: dataset.publisher,
		qualifier: observation.secondary ? ' (secondary source)' : status ? ` (${uncapitalise(status)})` : '',
		asOf: dateView(dataset.asOf),
		dataset: { text: `${dataset.title}: all figures`, href: datasetHref(dataset.id) },
		back: { href: `#figure-ref-${n}`, label: `Back to the text of note ${n}` },
	};
}

/** A link to a target's page, by its headline. */
export function targetLink(target: { id: string; headline: string }): Link {
	return { text: target.headline, href: targetHref(target.id) };
}

/** A target's words as a source quotes them: the quote, the source linked, its publisher and date, and how sure we are of them. */
export interface WordingView {
	quote: string;
	source: Link;
	/** "<publisher>, <date>". */
	details: string;
	/** How sure we are that these are the source's words. */
	confidence: string;
}

/** The view of a target's `wording`, its source looked up in `sources`; undefined when the source is unknown. */
export function wordingView(
	wording: NonNullable<Target['wording']>,
	sources: ReadonlyMap<string, Source>,
): WordingView | undefined {
	const source = sources.get(wording.source.id);
	if (!source) return undefined;
	return {
		quote: wording.quote,
		source: { text: source.title, href: source.url },
		details: `${source.publisher}${source.date ? `, ${formatDate(source.date)}` : ''}`,
		confidence: CONFIDENCE_LABELS[wording.confidence],
	};
}

/** A link to a guidance page of `priority`, by its title. */
export function guidanceLink(priority: PriorityId, entry: { id: string; data: { title: string } }): Link {
	return { text: entry.data.title, href: guidanceHref(priority, entry.id) };
}

/** A guidance page's review dates and owner (the ReviewDates component). */
export interface ReviewView {
	lastReviewed: TimeView;
	nextReview: TimeView;
	/** "<team>, <publisher>". */
	owner: string;
}

/** The review dates and owner of a page, published by `publisher`. */
export function reviewView(
	page: { lastReviewed: string; nextReview: string; owner: string },
	publisher: Publisher,
): ReviewView {
	return {
		lastReviewed: dateView(page.lastReviewed),
		nextReview: dateView(page.nextReview),
		owner: `${page.owner}, ${publisher.name}`,
	};
}

/** The warning of a page past its next review (the ReviewDue component). */
export interface ReviewDueView {
	/** "This page is due for review". */
	heading: string;
	/** The date it was due, as printed. */
	due: TimeView;
	/** The sentence after the date. */
	advice: string;
}

/** The warning of a page that was due for review on `nextReview`, when `past`; undefined otherwise. */
export function reviewDueView(nextReview: string, past: boolean): ReviewDueView | undefined {
	if (!past) return undefined;
	return {
		heading: 'This page is due for review',
		due: dateView(nextReview),
		advice: 'It may be out of date: check what it says against the sources listed at the end of the page.',
	};
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

/** "Edit this page" for the file `file`, in the repository of `publisher`. */
export function editView(file: string, publisher: Publisher): EditView {
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

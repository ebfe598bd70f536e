/**
 * The small pieces many page models share, each as a component prints it:
 * a link, a date with its machine-readable value, a target's deadline, a
 * status tag, a dataset's download links, a list of sources. Pure.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { deadlineText, formatDate } from '../format/dates.ts';
import type { ResolvedSource } from '../model/guidance.ts';
import { STATUS_LABELS, type Status } from '../model/status.ts';
import { datasetCsvHref, datasetJsonHref } from '../routes.ts';

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

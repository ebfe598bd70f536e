/**
 * The small pieces page models share, each as a component prints it:
 * a link, a date with its machine-readable value, a target's deadline, a
 * status tag, a dataset's download links, a list of sources, a figure's
 * note, the "due for review" warning and "Edit this page", the targets a
 * dataset measures; and the views of ICBs' figures the system, region and
 * list pages share: a figure's cell with its numbered note, a standing's tag,
 * an ICB's row and the columns of a table of ICBs, key figures, an ICB's
 * months by definition, the attributions. Pure.
 */
import { editFileHref, type Publisher } from '../../config/publisher.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { CONFIDENCE_LABELS } from '../../schemas/fragments.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import type { Source } from '../../schemas/source.ts';
import type { System } from '../../schemas/system.ts';
import type { Target } from '../../schemas/target.ts';
import { deadlineText, formatDate, formatMonth, formatPeriod } from '../format/dates.ts';
import { uncapitalise } from '../format/text.ts';
import { areaName, formatFigure, formatNumber, NO_FIGURE, reportedOverText } from '../model/datasets.ts';
import type { FigureNote } from '../model/figures.ts';
import type { ResolvedSource } from '../model/guidance.ts';
import { STATUS_LABELS, type Status } from '../model/status.ts';
import { monthDefinitions, type NotedFigure } from '../model/systems-figures.ts';
import { rankText, type Standing } from '../model/systems-ranking.ts';
import {
	definitionHeading,
	occupancyStandingText,
	populationsText,
	rateStandingText,
	systemsGoals,
} from '../model/systems-wording.ts';
import type { SystemFigures, SystemsData } from '../model/systems.ts';
import {
	datasetCsvHref,
	datasetHref,
	datasetJsonHref,
	guidanceHref,
	regionHref,
	systemHref,
	targetHref,
} from '../routes.ts';
import type { Site } from './site.ts';

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
		lead: `${formatFigure(dataset, observation)}, ${areaName(observation.area, systems)}, ${formatPeriod(observation.period)}`,
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

/** The anchor of "How the status is worked out" on /targets/, which every target page links to. */
export const STATUS_RULES_ID = 'how-status-is-worked-out';

/** The targets `datasetId` measures, linked, in the site's order of targets. */
export function measuredTargets(site: Pick<Site, 'targets'>, datasetId: string): Link[] {
	return site.targets.filter((t) => t.dataset === datasetId).map((t) => ({ text: t.headline, href: targetHref(t.id) }));
}

/** The NHS.UK tag colours a standing is shown in (never the only carrier: the text says it). */
export type StandingColour = Extract<TagColour, 'green' | 'orange' | 'blue' | 'grey' | 'white'>;

/** A figure as a table prints it: the text, and the number of the note that explains it. */
export interface Cell {
	text: string;
	/** The note's number in the page's list of notes, if a note explains the figure. */
	note: number | undefined;
	/** true where NHS England suppressed the figure as over a value ("reported over 100% …"). */
	over?: true;
}

/** A standing against a goal, in words, with its tag colour. */
export interface StandingText {
	text: string;
	colour: StandingColour;
}

/** One ICB in a table of systems. */
export interface SystemRow {
	code: string;
	name: string;
	href: string;
	region: string;
	regionHref: string;
	capacity: Cell;
	rate: Cell;
	occupancy: Cell;
	rateStanding: StandingText;
	occupancyStanding: StandingText;
	/** "3rd of 42" in the order of the page (rate or occupancy), if ranked. */
	rank: string | undefined;
}

/** The column headings of a table of systems. */
export interface SystemColumns {
	capacity: string;
	/** With the denominator of the latest month. */
	rate: string;
	occupancy: string;
	rateStanding: string;
	occupancyStanding: string;
}

/** Notes numbered in order of first use; the same text is given one number. */
export class NoteList {
	readonly notes: { n: number; text: string }[] = [];

	/** The number of a note, adding it if new; undefined for no note. */
	number(text: string | undefined): number | undefined {
		if (text === undefined) return undefined;
		const found = this.notes.find((x) => x.text === text);
		if (found) return found.n;
		this.notes.push({ n: this.notes.length + 1, text });
		return this.notes.length;
	}
}

/** A figure's text: the number, "reported over 100% (NHS England suppresses the figure)", or "no published figure". */
function figureText(figure: NotedFigure, decimals: number, suffix: string): string {
	if (figure.value !== null) return `${formatNumber(figure.value, decimals)}${suffix}`;
	return figure.exceeds === undefined ? NO_FIGURE : reportedOverText(figure.exceeds, suffix);
}

/** The cell of a figure: the number (or "reported over 100% …", or "no published figure"), with its note numbered. */
export function cell(figure: NotedFigure | undefined, decimals: number, notes: NoteList, suffix = ''): Cell {
	if (!figure) return { text: NO_FIGURE, note: undefined };
	const text = figureText(figure, decimals, suffix);
	const note = notes.number(figure.note);
	return figure.value === null && figure.exceeds !== undefined ? { text, note, over: true } : { text, note };
}

/** A cell's text with a unit after the number (none after "no published figure" or "reported over …"), and its note. */
export function withUnit(c: Cell, suffix: string): { value: string; note: number | undefined } {
	return { value: c.text === NO_FIGURE || c.over === true ? c.text : `${c.text}${suffix}`, note: c.note };
}

const RATE_COLOURS: Record<Standing, StandingColour> = {
	below: 'orange',
	within: 'green',
	above: 'blue',
	met: 'green',
	'no-figure': 'grey',
};
const OCCUPANCY_COLOURS: Record<Standing, StandingColour> = {
	below: 'orange',
	within: 'green',
	above: 'green',
	met: 'green',
	'no-figure': 'grey',
};

/** A standing against the rate ambition, for a tag. */
export function rateStanding(s: Standing, data: SystemsData): StandingText {
	return { text: rateStandingText(s, systemsGoals(data).rate), colour: RATE_COLOURS[s] };
}

/** A standing against the occupancy objective, for a tag. */
export function occupancyStanding(s: Standing, data: SystemsData): StandingText {
	return { text: occupancyStandingText(s, systemsGoals(data).occupancy), colour: OCCUPANCY_COLOURS[s] };
}

/** An ICB's row: its latest figures, notes numbered in `notes`, with its rank in the page's order if ranked. */
export function systemRow(
	s: SystemFigures,
	data: SystemsData,
	notes: NoteList,
	rank?: 'rate' | 'occupancy',
): SystemRow {
	const latest = s.latest;
	return {
		code: s.system.id,
		name: s.shortName,
		href: systemHref(s.system.id),
		region: s.system.region,
		regionHref: regionHref(s.system.regionCode),
		capacity: cell(latest?.capacity, 0, notes),
		rate: cell(latest?.rate, data.rate.decimals, notes),
		occupancy: cell(latest?.occupancy, data.occupancy.decimals, notes, '%'),
		rateStanding: rateStanding(s.rateStanding, data),
		occupancyStanding: occupancyStanding(s.occupancyStanding, data),
		rank: rank === 'rate' ? rankText(s.rateRank) : rank === 'occupancy' ? rankText(s.occupancyRank) : undefined,
	};
}

/** The column headings of a table of systems, with the denominator of the latest month. */
export function systemColumns(data: SystemsData): SystemColumns {
	const latest = [...data.systems.values()].find((s) => s.latest?.rate)?.latest?.rate;
	const goals = systemsGoals(data);
	return {
		capacity: 'Capacity (beds)',
		rate: `Beds per 100,000${latest ? ` ${latest.series.per}` : ''}`,
		occupancy: 'Occupancy',
		rateStanding: `Against ${goals.rate.goal} per 100,000`,
		occupancyStanding: `Against ${goals.occupancy.goal} occupancy`,
	};
}

/** The attributions the statistics and the boundaries (if the map was read) need. */
export function attributions(map: { provenance: { attribution: string } } | undefined): string[] {
	const out = [
		'Virtual ward statistics: NHS England, published under the Open Government Licence v3.0. Contains public sector information licensed under the Open Government Licence v3.0.',
	];
	if (map) out.push(`Boundaries: ${map.provenance.attribution}`);
	return out;
}

/** A row of key figures (an NHS.UK summary list), on the system and region pages. */
export interface KeyFigure {
	key: string;
	value: string;
	href?: string | undefined;
	note?: number | undefined;
	standing?: StandingText | undefined;
}

/** One month of the table of figures. */
export interface MonthRow {
	period: string;
	label: string;
	capacity: Cell;
	rate: Cell;
	/** On the first month of each definition: who the rates from here on are per, and the population (a row heading). */
	group: string | undefined;
	england: Cell;
	occupancy: Cell;
	/** true on the first month of a new definition: the table marks it. */
	definitionChanged: boolean;
}

/** An ICB's every month as table rows, with England's rate beside it, grouped by definition, notes numbered in `notes`. */
export function systemMonthRows(s: SystemFigures, data: SystemsData, notes: NoteList): MonthRow[] {
	const england = new Map(data.england.map((m) => [m.period, m]));
	const definitions = monthDefinitions(s.months);
	return s.months.map((m, i) => {
		const { changed = false, starts } = definitions[i] ?? {};
		const population = starts && s.system.populations.find((p) => p.basis === starts.populationBasis);
		return {
			period: m.period,
			label: formatMonth(m.period),
			capacity: cell(m.capacity, 0, notes),
			rate: cell(m.rate, data.rate.decimals, notes),
			group: starts && definitionHeading(m.period, starts, changed, population),
			england: cell(england.get(m.period)?.rate, data.rate.decimals, notes),
			occupancy: cell(m.occupancy, data.occupancy.decimals, notes, '%'),
			definitionChanged: changed,
		};
	});
}

/** An ICB's key figures: region, populations, latest capacity, rate and occupancy with standings and ranks. */
export function systemKeyFigures(s: SystemFigures, data: SystemsData, notes: NoteList): KeyFigure[] {
	const latest = s.latest;
	const month = latest ? formatMonth(latest.period) : 'no month';
	const per = latest?.rate ? ` per 100,000 ${latest.rate.series.per}` : '';
	return [
		{ key: 'NHS region', value: s.system.region, href: regionHref(s.system.regionCode) },
		{ key: 'Population (the denominators)', value: populationsText(s.system, data.rate) },
		{ key: `Virtual ward capacity, ${month}`, ...withUnit(cell(latest?.capacity, 0, notes), ' beds') },
		{
			key: `Beds per 100,000, ${month}`,
			...withUnit(cell(latest?.rate, data.rate.decimals, notes), per),
			standing: rateStanding(s.rateStanding, data),
		},
		{ key: `Rank by beds per 100,000, ${month}`, value: rankText(s.rateRank) },
		{
			key: `Occupancy, ${month}`,
			...withUnit(cell(latest?.occupancy, data.occupancy.decimals, notes, '%'), ''),
			standing: occupancyStanding(s.occupancyStanding, data),
		},
		{ key: `Rank by occupancy, ${month}`, value: rankText(s.occupancyRank) },
	];
}

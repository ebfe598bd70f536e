/**
 * The list of integrated care systems (/systems/ by region with the map,
 * /systems/by-name/, /by-rate/, /by-occupancy/) and what the system and
 * region pages share: a row per ICB with its latest figures, status words
 * and numbered notes, the map, the attribution. Pure: takes the Site.
 */
import { formatDate, formatMonth } from '../format/dates.ts';
import { formatNumber, NO_FIGURE } from '../model/datasets.ts';
import { goalText } from '../model/progress.ts';
import type { Crumb } from '../model/guidance.ts';
import {
	ambitionSentence,
	ambitionSummary,
	occupancyStandingText,
	RATE_CLASSES,
	rateClass,
	rateStandingText,
	rankText,
	type AreaMonth,
	type NotedFigure,
	type Standing,
	type SystemFigures,
	type SystemsData,
} from '../model/systems.ts';
import {
	dataHref,
	homeHref,
	regionHref,
	SYSTEM_ORDERS,
	systemHref,
	systemsHref,
	systemsOrderHref,
	type SystemOrder,
} from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { MapShapes, Site } from './site.ts';
import type { TagColour as NhsTagColour } from './views.ts';

/** The NHS.UK tag colours a standing is shown in (never the only carrier: the text says it). */
export type TagColour = Extract<NhsTagColour, 'green' | 'orange' | 'blue' | 'grey' | 'white'>;

/** A figure as a table prints it: the text, and the number of the note that explains it. */
export interface Cell {
	text: string;
	/** The note's number in the page's list of notes, if a note explains the figure. */
	note: number | undefined;
}

/** A standing against a goal, in words, with its tag colour. */
export interface StandingText {
	text: string;
	colour: TagColour;
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

/** The cell of a figure: the number (or "no published figure"), with its note numbered. */
export function cell(figure: NotedFigure | undefined, decimals: number, notes: NoteList, suffix = ''): Cell {
	if (!figure) return { text: NO_FIGURE, note: undefined };
	return {
		text: figure.value === null ? NO_FIGURE : `${formatNumber(figure.value, decimals)}${suffix}`,
		note: notes.number(figure.note),
	};
}

/** A cell's text with a unit after the number (none after "no published figure"), and its note. */
export function withUnit(c: Cell, suffix: string): { value: string; note: number | undefined } {
	return { value: c.text === NO_FIGURE ? c.text : `${c.text}${suffix}`, note: c.note };
}

const RATE_COLOURS: Record<Standing, TagColour> = {
	below: 'orange',
	within: 'green',
	above: 'blue',
	met: 'green',
	'no-figure': 'grey',
};
const OCCUPANCY_COLOURS: Record<Standing, TagColour> = {
	below: 'orange',
	within: 'green',
	above: 'green',
	met: 'green',
	'no-figure': 'grey',
};

/** The goals in words: "40-50" and "80%". */
export function goalWords(data: SystemsData): { rate: string; occupancy: string } {
	return {
		rate: data.rateTarget ? goalText(data.rateTarget, data.rate) : '40-50',
		occupancy: data.occupancyTarget ? goalText(data.occupancyTarget, data.occupancy) : '80%',
	};
}

/** A standing against the rate ambition, for a tag. */
export function rateStanding(s: Standing, data: SystemsData): StandingText {
	return { text: rateStandingText(s, goalWords(data).rate), colour: RATE_COLOURS[s] };
}

/** A standing against the occupancy objective, for a tag. */
export function occupancyStanding(s: Standing, data: SystemsData): StandingText {
	return { text: occupancyStandingText(s, goalWords(data).occupancy), colour: OCCUPANCY_COLOURS[s] };
}

/** An ICB's row: its latest figures, notes numbered in `notes`. */
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
export function systemColumns(data: SystemsData): {
	capacity: string;
	rate: string;
	occupancy: string;
	rateStanding: string;
	occupancyStanding: string;
} {
	const latest = [...data.systems.values()].find((s) => s.latest?.rate)?.latest?.rate;
	const goals = goalWords(data);
	return {
		capacity: 'Capacity (beds)',
		rate: `Beds per 100,000${latest ? ` ${latest.series.per}` : ''}`,
		occupancy: 'Occupancy',
		rateStanding: `Against ${goals.rate} per 100,000`,
		occupancyStanding: `Against ${goals.occupancy} occupancy`,
	};
}

/** "Figures for July 2024 (NHS England, checked 25 November 2026)". */
export function asOfText(data: SystemsData): string {
	const month = data.latestPeriod ? formatMonth(data.latestPeriod) : 'no month';
	return `Figures for ${month}, from NHS England's monthly virtual ward statistics as imported on ${formatDate(data.capacity.asOf)}.`;
}

/** The attributions the statistics and the boundaries need. */
export function attributions(map: MapShapes | undefined): string[] {
	const out = [
		'Virtual ward statistics: NHS England, published under the Open Government Licence v3.0. Contains public sector information licensed under the Open Government Licence v3.0.',
	];
	if (map) out.push(`Boundaries: ${map.provenance.attribution}`);
	return out;
}

/** One area of the map: a link to the ICB's page, named with its figure. */
export interface MapArea {
	code: string;
	href: string;
	/** The accessible name: "Black Country: 24.7 beds per 100,000 people of all ages registered with a GP, July 2024". */
	label: string;
	d: string;
	/** app-map__area--0 … --4, or --none. */
	className: string;
}

/** The choropleth, ready to print as inline SVG. */
export interface SystemsMap {
	id: string;
	width: number;
	height: number;
	title: string;
	description: string;
	areas: MapArea[];
	/** The classes in words, each with its swatch class and how many ICBs fall in it. */
	legend: { className: string; text: string; count: number }[];
	attribution: string;
}

/** The map of beds per 100,000 at the latest month, or undefined without boundaries or figures. */
export function systemsMap(site: Site): SystemsMap | undefined {
	const data = site.systemsData;
	const map = site.map;
	if (!data || !map) return undefined;
	const month = data.latestPeriod ? formatMonth(data.latestPeriod) : '';
	const areas: MapArea[] = [];
	for (const s of data.systems.values()) {
		const path = map.paths.get(s.system.onsCode);
		if (!path) continue;
		const rate = s.latest?.rate;
		const k = rateClass(rate?.value);
		const figure =
			rate && rate.value !== null
				? `${formatNumber(rate.value, data.rate.decimals)} beds per 100,000 ${rate.series.per}${rate.note ? ' (with a note: see the table)' : ''}`
				: NO_FIGURE;
		areas.push({
			code: s.system.id,
			href: systemHref(s.system.id),
			label: `${s.shortName}: ${figure}, ${month}`,
			d: path.d,
			className: `app-map__area--${k === undefined ? 'none' : String(k)}`,
		});
	}
	const counts = RATE_CLASSES.map((_c, i) => areas.filter((a) => a.className === `app-map__area--${i}`).length);
	const legend = RATE_CLASSES.map((c, i) => ({
		className: `app-map__swatch app-map__area--${i}`,
		text:
			c.max === undefined
				? `${c.min} or more beds per 100,000`
				: `${c.min === 0 ? 'Fewer than' : `${c.min} to under`} ${c.max} beds per 100,000`,
		count: counts[i] ?? 0,
	}));
	const none = areas.filter((a) => a.className === 'app-map__area--none').length;
	if (none > 0) legend.push({ className: 'app-map__swatch app-map__area--none', text: NO_FIGURE, count: none });
	return {
		id: 'systems-map',
		width: map.width,
		height: map.height,
		title: `Map of England's 42 integrated care boards, shaded by virtual ward beds per 100,000 people, ${month}`,
		description:
			'Darker areas have more beds per 100,000. Each area links to its system page. The table below gives every figure.',
		areas,
		legend,
		attribution: map.provenance.attribution,
	};
}

/** The links to the orders of the list: by region (the main page), by name, by rate, by occupancy. */
export interface OrderLink {
	text: string;
	href: string;
	current: boolean;
}

const ORDER_WORDS: Record<SystemOrder | 'region', string> = {
	region: 'by NHS region',
	name: 'by name',
	rate: 'by beds per 100,000 (highest first)',
	occupancy: 'by occupancy (highest first)',
};

/** A group of rows: a region (on /systems/) or every ICB (on the other orders). */
export interface SystemGroup {
	heading: string | undefined;
	/** The region's page, on /systems/. */
	href: string | undefined;
	rows: SystemRow[];
}

/** Everything /systems/ and its orderings print. */
export interface SystemsPage {
	/** Titles, description, crumbs, header, footer (src/lib/pages/layout.ts); the list is not indexed for search (each system page is). */
	layout: LayoutModel;
	title: string;
	description: string;
	crumbs: Crumb[];
	heading: string;
	lede: string;
	asOf: string;
	orderText: string;
	orders: OrderLink[];
	columns: ReturnType<typeof systemColumns>;
	/** Whether the rows carry a rank column (the rate and occupancy orders). */
	ranked: boolean;
	groups: SystemGroup[];
	notes: { n: number; text: string }[];
	map: SystemsMap | undefined;
	rateCheck: string;
	/** How many ICBs reached the ambition's lower end by its deadline, with the lowest and highest, computed from the data. */
	ambition: string | undefined;
	attributions: string[];
	dataLinks: { text: string; href: string }[];
}

/** The ambition summary in words, or undefined when there is no figure for its deadline. */
export function ambitionText(data: SystemsData): string | undefined {
	const summary = ambitionSummary(data);
	return summary && ambitionSentence(summary);
}

/** How the rates were computed and checked, in one sentence. */
export function rateCheckText(months: readonly AreaMonth[]): string {
	const checked = months.filter((m) => m.rate && m.rate.published !== null && m.rate.value !== null);
	const disagree = checked.filter((m) => m.rate && !m.rate.agrees);
	const base =
		"Beds per 100,000 are computed here from each board's capacity and its GP-registered population in the month's definition";
	if (checked.length === 0) return `${base}; NHS England publishes no rate to check them against.`;
	if (disagree.length === 0) return `${base} and agree with every rate NHS England published for the same months.`;
	return `${base}; ${disagree.length} of ${checked.length} differ from NHS England's published rate: ${disagree.map((m) => formatMonth(m.period)).join(', ')}.`;
}

/** The list of systems in one order: 'region' is /systems/ (with the map), the others their own pages. */
export function systemsPage(site: Site, order: SystemOrder | 'region' = 'region'): SystemsPage {
	const data = site.systemsData;
	if (!data)
		throw new Error(
			'the virtual ward datasets are missing: the system pages need vw-capacity, vw-beds-per-100k and vw-occupancy',
		);
	const notes = new NoteList();
	const all = [...data.systems.values()];
	const rankBy = order === 'rate' || order === 'occupancy' ? order : undefined;
	let groups: SystemGroup[];
	if (order === 'region') {
		groups = data.regions.map((r) => ({
			heading: r.name,
			href: regionHref(r.code),
			rows: r.systems.map((s) => systemRow(s, data, notes)),
		}));
	} else {
		const key = (s: SystemFigures) =>
			(order === 'rate' ? s.rateRank?.position : s.occupancyRank?.position) ?? Number.POSITIVE_INFINITY;
		const sorted =
			order === 'name'
				? all
				: [...all].sort((a, b) => key(a) - key(b) || a.shortName.localeCompare(b.shortName, 'en-GB'));
		groups = [{ heading: undefined, href: undefined, rows: sorted.map((s) => systemRow(s, data, notes, rankBy)) }];
	}
	const month = data.latestPeriod ? formatMonth(data.latestPeriod) : '';
	const title = order === 'region' ? 'Integrated care systems' : `Integrated care systems ${ORDER_WORDS[order]}`;
	const description = `Virtual ward capacity, beds per 100,000 and occupancy of each of England's 42 integrated care boards in ${month}, against the ambition of 40 to 50 per 100,000 and 80% occupancy.`;
	const crumbs =
		order === 'region'
			? [{ text: 'Home', href: homeHref() }]
			: [
					{ text: 'Home', href: homeHref() },
					{ text: 'Integrated care systems', href: systemsHref() },
				];
	return {
		layout: layoutModel(site, {
			title,
			description,
			path: order === 'region' ? systemsHref() : systemsOrderHref(order),
			crumbs,
		}),
		title,
		description,
		crumbs,
		heading: title,
		lede: `Each of England's 42 integrated care boards (ICBs) was asked to reach 40 to 50 virtual ward beds per 100,000 population by December 2023, and 80% occupancy. These are their latest figures, ${month}.`,
		asOf: asOfText(data),
		orderText: `Listed ${ORDER_WORDS[order]}. Other orders:`,
		orders: (['region', ...SYSTEM_ORDERS] as const).map((o) => ({
			text: ORDER_WORDS[o],
			href: o === 'region' ? systemsHref() : systemsOrderHref(o),
			current: o === order,
		})),
		columns: systemColumns(data),
		ranked: rankBy !== undefined,
		groups,
		notes: notes.notes,
		map: order === 'region' ? systemsMap(site) : undefined,
		rateCheck: rateCheckText(all.flatMap((s) => s.months)),
		ambition: ambitionText(data),
		attributions: attributions(site.map),
		dataLinks: [{ text: 'All datasets, with every ICB by month', href: dataHref() }],
	};
}

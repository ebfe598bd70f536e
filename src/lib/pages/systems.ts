/**
 * The list of integrated care systems: /systems/ by region with the map, and
 * /systems/by-name/, /by-rate/, /by-occupancy/. A row per ICB with its
 * latest figures and standings (src/lib/pages/views.ts), how many reached
 * the ambition by its deadline, how the rates were checked. The goals,
 * deadlines and number of ICBs come from the data. Pure: takes the Site.
 */
import { formatMonth } from '../format/dates.ts';
import type { Crumb } from '../model/guidance.ts';
import { inOrder } from '../model/systems-ranking.ts';
import { REPORTED_OVER_CONVENTION } from '../model/datasets.ts';
import {
	ambitionSentence,
	asOfText,
	occupancyCountSentence,
	rateCheckText,
	systemsGoals,
	SYSTEMS_TITLE,
} from '../model/systems-wording.ts';
import type { SystemsData } from '../model/systems.ts';
import {
	dataHref,
	homeHref,
	regionHref,
	regionsHref,
	SYSTEM_ORDERS,
	systemsHref,
	systemsOrderHref,
	type SystemOrder,
} from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { systemsMap, type SystemsMap } from './map-figure.ts';
import type { Site } from './site.ts';
import {
	attributions,
	NoteList,
	systemColumns,
	systemRow,
	type Link,
	type SystemColumns,
	type SystemRow,
} from './views.ts';

/** The links to the orders of the list: by region (the main page), by name, by rate, by occupancy. */
export interface OrderLink extends Link {
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
	columns: SystemColumns;
	/** Whether the rows carry a rank column (the rate and occupancy orders). */
	ranked: boolean;
	groups: SystemGroup[];
	notes: { n: number; text: string }[];
	map: SystemsMap | undefined;
	rateCheck: string;
	/** How many ICBs reached the ambition's lower end by its deadline, with the lowest and highest, computed from the data. */
	ambition: string | undefined;
	/** How many ICBs were at or above the occupancy objective in the latest month, over 100% counted, computed from the data. */
	occupancyCount: string | undefined;
	/** How figures reported over 100% are shown, counted and ranked: stated once. */
	convention: string;
	attributions: string[];
	dataLinks: Link[];
	/** The NHS regions compared (/regions/). */
	regions: Link;
}

/** The rows in groups: by region on /systems/, else one group in the page's order with ranks where it ranks. */
function systemGroups(data: SystemsData, order: SystemOrder | 'region', notes: NoteList): SystemGroup[] {
	if (order === 'region')
		return data.regions.map((r) => ({
			heading: r.name,
			href: regionHref(r.code),
			rows: r.systems.map((s) => systemRow(s, data, notes)),
		}));
	const rank = order === 'name' ? undefined : order;
	const rows = inOrder([...data.systems.values()], order).map((s) => systemRow(s, data, notes, rank));
	return [{ heading: undefined, href: undefined, rows }];
}

/** The page's description and lede: the goals, deadline and number of ICBs from the targets and the systems list. */
function introduction(data: SystemsData, month: string): { description: string; lede: string } {
	const { rate, occupancy, boards } = systemsGoals(data);
	return {
		description: `Virtual ward capacity, beds per 100,000 and occupancy of each of England's ${boards} integrated care boards in ${month}, against the national ${rate.term} of ${rate.inProse} per 100,000 and the national ${occupancy.goal} occupancy ${occupancy.term}.`,
		lede: `England's national ${rate.term} was ${rate.inProse} virtual ward ${rate.unit} by ${rate.deadline}, and its national ${occupancy.term} ${occupancy.goal} occupancy by ${occupancy.deadline}. These are the latest figures of England's ${boards} integrated care boards (ICBs), ${month}, against them.`,
	};
}

/** The list of systems in one order: 'region' is /systems/ (with the map), the others their own pages. */
export function systemsPage(site: Site, order: SystemOrder | 'region' = 'region'): SystemsPage {
	const data = site.systemsData;
	if (!data)
		throw new Error(
			'the virtual ward datasets are missing: the system pages need vw-capacity, vw-beds-per-100k and vw-occupancy',
		);
	const notes = new NoteList();
	const groups = systemGroups(data, order, notes);
	const month = data.latestPeriod ? formatMonth(data.latestPeriod) : '';
	const title = order === 'region' ? SYSTEMS_TITLE : `${SYSTEMS_TITLE} ${ORDER_WORDS[order]}`;
	const { description, lede } = introduction(data, month);
	const home = { text: 'Home', href: homeHref() };
	const crumbs = order === 'region' ? [home] : [home, { text: SYSTEMS_TITLE, href: systemsHref() }];
	const path = order === 'region' ? systemsHref() : systemsOrderHref(order);
	return {
		layout: layoutModel(site, { title, description, path, crumbs }),
		title,
		description,
		crumbs,
		heading: title,
		lede,
		asOf: asOfText(data),
		orderText: `Listed ${ORDER_WORDS[order]}. Other orders:`,
		orders: (['region', ...SYSTEM_ORDERS] as const).map((o) => ({
			text: ORDER_WORDS[o],
			href: o === 'region' ? systemsHref() : systemsOrderHref(o),
			current: o === order,
		})),
		columns: systemColumns(data),
		ranked: order === 'rate' || order === 'occupancy',
		groups,
		notes: notes.notes,
		map: order === 'region' ? systemsMap(site) : undefined,
		rateCheck: rateCheckText([...data.systems.values()].flatMap((s) => s.months)),
		ambition: data.ambition && ambitionSentence(data.ambition),
		occupancyCount: data.occupancyCount && occupancyCountSentence(data.occupancyCount),
		convention: REPORTED_OVER_CONVENTION,
		attributions: attributions(site.map),
		dataLinks: [{ text: 'All datasets, with every ICB by month', href: dataHref() }],
		regions: { text: 'The NHS regions compared, each summed from its ICBs', href: regionsHref() },
	};
}

/**
 * An NHS region's page (/regions/<code>/): capacity and population summed
 * from its ICBs and the rate derived from them, every month, labelled as
 * derived (NHS England publishes no regional figure), and its ICBs with
 * their latest figures. Pure: takes the Site.
 */
import { formatMonth } from '../format/dates.ts';
import { formatNumber } from '../model/datasets.ts';
import type { Crumb } from '../model/guidance.ts';
import type { SearchIndexing } from '../search/indexing.ts';
import { asOfText, SYSTEMS_TITLE, WITH_NOTE } from '../model/systems-wording.ts';
import { homeHref, regionHref, systemsHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import {
	attributions,
	cell,
	NoteList,
	rateStanding,
	systemColumns,
	systemRow,
	withUnit,
	type Cell,
	type KeyFigure,
	type SystemColumns,
	type SystemRow,
} from './views.ts';

/** The label every regional figure carries. */
export const DERIVED_LABEL = 'derived from ICB figures: NHS England publishes no regional figure';

/** One month of a region's derived figures. */
export interface RegionMonthRow {
	label: string;
	capacity: Cell;
	population: string;
	rate: Cell;
	per: string;
}

/** Everything /regions/<code>/ prints. */
export interface RegionPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	code: string;
	title: string;
	description: string;
	crumbs: Crumb[];
	heading: string;
	derivedLabel: string;
	summary: string;
	asOf: string;
	keyFigures: KeyFigure[];
	months: { caption: string; rows: RegionMonthRow[] };
	systems: { caption: string; columns: SystemColumns; rows: SystemRow[] };
	notes: { n: number; text: string }[];
	attributions: string[];
	search: SearchIndexing;
}

/** The address codes of every region page (region codes in lower case): the static paths of /regions/<code>/. */
export function regionCodes(site: Site): string[] {
	return (site.systemsData?.regions ?? []).map((r) => r.code.toLowerCase());
}

/** The page of one NHS region, by its code (any case). */
export function regionPage(site: Site, code: string): RegionPage {
	const data = site.systemsData;
	const region = data?.regions.find((r) => r.code === code.toUpperCase());
	if (!data || !region) throw new Error(`no NHS region "${code}" in data/systems.json`);
	const notes = new NoteList();
	const latest = region.latest;
	const month = latest ? formatMonth(latest.period) : 'no month';
	const count = region.systems.length;
	const rate = latest?.rate;
	const summary =
		latest && latest.capacity.value !== null && rate && rate.value !== null
			? `In ${month}, the ${count} ICBs of ${region.name} had ${formatNumber(latest.capacity.value, 0)} virtual ward beds between them${latest.capacity.note ? WITH_NOTE : ''}, ${formatNumber(rate.value, data.rate.decimals)} per 100,000 ${rate.series.per} (${DERIVED_LABEL}).`
			: `No regional figure can be derived for ${month}: see the notes.`;
	const title = `${region.name} NHS region`;
	const crumbs = [
		{ text: 'Home', href: homeHref() },
		{ text: SYSTEMS_TITLE, href: systemsHref() },
	];
	const search: SearchIndexing = {
		type: 'region',
		filters: { region: [region.name] },
		meta: { summary: `${region.name} NHS region: ${region.systems.map((s) => s.shortName).join(', ')}.` },
	};
	return {
		layout: layoutModel(site, { title, description: summary, path: regionHref(region.code), crumbs, search }),
		code: region.code,
		title,
		description: summary,
		crumbs,
		heading: `${region.name}: NHS region`,
		derivedLabel: `Regional figures are ${DERIVED_LABEL}. They are sums of the ICBs' capacity and populations, and the rate is computed from those sums.`,
		summary,
		asOf: asOfText(data),
		keyFigures: [
			{ key: 'Region code', value: region.code },
			{ key: 'Integrated care boards', value: String(count) },
			{ key: `Capacity, ${month} (derived)`, ...withUnit(cell(latest?.capacity, 0, notes), ' beds') },
			{
				key: `Population (derived)`,
				value: rate ? `${formatNumber(rate.population, 0)} ${rate.series.per}` : 'no figure',
			},
			{
				key: `Beds per 100,000, ${month} (derived)`,
				...withUnit(cell(rate, data.rate.decimals, notes), ''),
				standing: rateStanding(region.rateStanding, data),
			},
		],
		months: {
			caption: `${region.name}: every month, ${DERIVED_LABEL}`,
			rows: region.months.map((m) => ({
				label: formatMonth(m.period),
				capacity: cell(m.capacity, 0, notes),
				population: m.rate ? formatNumber(m.rate.population, 0) : 'no figure',
				rate: cell(m.rate, data.rate.decimals, notes),
				per: m.rate ? m.rate.series.per : '',
			})),
		},
		systems: {
			caption: `The ICBs of ${region.name}, ${month}`,
			columns: systemColumns(data),
			rows: region.systems.map((s) => systemRow(s, data, notes)),
		},
		notes: notes.notes,
		attributions: attributions(site.map),
		search,
	};
}

/**
 * The NHS regions compared (/regions/): each region's capacity and population
 * summed from its ICBs and the rate derived from those sums (the model's
 * RegionFigures, as /regions/<code>/ shows them), ranked by beds per 100,000
 * in the latest month, with its standing against the rate ambition. Pure:
 * takes the Site.
 */
import { formatMonth } from '../format/dates.ts';
import { formatNumber } from '../model/datasets.ts';
import type { Crumb } from '../model/guidance.ts';
import { inOrder, rankText, rankWithTies, type Rank } from '../model/systems-ranking.ts';
import { asOfText } from '../model/systems-wording.ts';
import type { RegionFigures, SystemsData } from '../model/systems.ts';
import { regionHref, regionsHref, systemsHref } from '../routes.ts';
import { crumbsOf } from '../routes/data.ts';
import { REGIONS_TITLE, ROUTES } from '../routes/list.ts';
import type { SearchIndexing } from '../search/indexing.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { DERIVED_LABEL } from './region.ts';
import type { Site } from './site.ts';
import { cell, NoteList, rateStanding, systemColumns, type Cell, type Link, type StandingText } from './views.ts';

/** One region's row: its latest figures, derived from its ICBs. */
export interface RegionRow {
	code: string;
	name: string;
	href: string;
	/** "1st of 7" by beds per 100,000 in the latest month. */
	rank: string;
	/** How many ICBs the figures are summed from. */
	boards: number;
	capacity: Cell;
	/** The summed population, with who it counts. */
	population: string;
	rate: Cell;
	occupancy: Cell;
	rateStanding: StandingText;
}

/** Everything /regions/ prints. */
export interface RegionsPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	title: string;
	crumbs: Crumb[];
	lede: string;
	derivedLabel: string;
	asOf: string;
	caption: string;
	columns: Record<'rank' | 'name' | 'boards' | 'capacity' | 'population' | 'rate' | 'occupancy' | 'standing', string>;
	rows: RegionRow[];
	notes: { n: number; text: string }[];
	links: Link[];
	search: SearchIndexing;
}

/** The regions from the highest beds per 100,000 in the latest month down (ties and regions without a figure by name), with their ranks. */
export function regionsByRate(data: SystemsData): { region: RegionFigures; rank: Rank | undefined }[] {
	const ranks = rankWithTies(
		data.regions.map((r) => ({ id: r.code, value: r.latest?.rate?.value })),
		data.rate.decimals,
	);
	const keyed = data.regions.map((r) => ({
		region: r,
		shortName: r.name,
		rank: ranks.get(r.code),
		rateRank: ranks.get(r.code),
		occupancyRank: undefined,
	}));
	return inOrder(keyed, 'rate').map(({ region, rank }) => ({ region, rank }));
}

function regionRow(region: RegionFigures, rank: Rank | undefined, data: SystemsData, notes: NoteList): RegionRow {
	const latest = region.latest;
	const occupancy = latest?.occupancy;
	return {
		code: region.code,
		name: region.name,
		href: regionHref(region.code),
		rank: rankText(rank, { one: 'region', many: 'regions' }),
		boards: region.systems.length,
		capacity: cell(latest?.capacity, 0, notes),
		population: latest?.rate ? `${formatNumber(latest.rate.population, 0)} ${latest.rate.series.per}` : 'no figure',
		rate: cell(latest?.rate, data.rate.decimals, notes),
		occupancy:
			occupancy && occupancy.value === null
				? { text: 'not derived', note: notes.number(occupancy.note) }
				: cell(occupancy, data.occupancy.decimals, notes, '%'),
		rateStanding: rateStanding(region.rateStanding, data),
	};
}

/** The lede: which region had the most and the fewest beds per 100,000 in the latest month, from the data. */
function ledeOf(ranked: { region: RegionFigures; rank: Rank | undefined }[], month: string, decimals: number): string {
	const withRate = ranked.filter((r) => r.rank !== undefined);
	const words = (r: RegionFigures | undefined) =>
		r ? `${r.name} (${formatNumber(r.latest?.rate?.value ?? 0, decimals)})` : '';
	const per = withRate[0]?.region.latest?.rate?.series.per ?? '';
	if (withRate.length === 0) return `No regional rate can be derived for ${month}: see the notes.`;
	return `In ${month}, the ${ranked.length} NHS regions ranged from ${words(withRate[0]?.region)} to ${words(withRate.at(-1)?.region)} virtual ward beds per 100,000 ${per}, each ${DERIVED_LABEL}.`;
}

/** /regions/: the NHS regions ranked by beds per 100,000 in the latest month, each derived from its ICBs. */
export function regionsPage(site: Site): RegionsPage {
	const data = site.systemsData;
	if (!data) throw new Error('the virtual ward datasets are missing: /regions/ needs the systems data');
	const notes = new NoteList();
	const month = data.latestPeriod ? formatMonth(data.latestPeriod) : 'no month';
	const ranked = regionsByRate(data);
	const rows = ranked.map(({ region, rank }) => regionRow(region, rank, data, notes));
	const per = ranked.find((r) => r.region.latest?.rate)?.region.latest?.rate?.series.per;
	const lede = ledeOf(ranked, month, data.rate.decimals);
	const crumbs = crumbsOf(ROUTES.regions, {}, site);
	const search: SearchIndexing = {
		type: 'region',
		filters: { region: data.regions.map((r) => r.name) },
		meta: { summary: lede },
	};
	return {
		layout: layoutModel(site, { title: REGIONS_TITLE, description: lede, path: regionsHref(), crumbs, search }),
		title: REGIONS_TITLE,
		crumbs,
		lede,
		derivedLabel: `Every regional figure is ${DERIVED_LABEL}. Capacity and population are the sums of the region's ICBs' figures, and beds per 100,000 is computed from those sums; a month in which an ICB published no capacity has no regional figure.`,
		asOf: asOfText(data),
		caption: `NHS regions by beds per 100,000 (highest first), ${month}, ${DERIVED_LABEL}`,
		columns: {
			rank: 'Rank',
			name: 'NHS region',
			boards: 'ICBs',
			capacity: 'Capacity (beds, derived)',
			population: 'Population (derived)',
			rate: `Beds per 100,000${per ? ` ${per}` : ''} (derived)`,
			occupancy: 'Occupancy',
			standing: systemColumns(data).rateStanding,
		},
		rows,
		notes: notes.notes,
		links: [{ text: 'Every integrated care board, by region', href: systemsHref() }],
		search,
	};
}

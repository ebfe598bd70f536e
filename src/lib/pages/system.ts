/**
 * An integrated care system's page (/systems/<code>/): its figures over
 * time against England's and the 40-50 ambition, its rank, region,
 * population and denominator, every month in a table with notes, the
 * generated sentence, the guidance and targets that apply to systems, the
 * downloads (CSV, JSON) and the chart's configuration. Pure: takes the Site.
 */
import { buildChartConfig, CHART_HEIGHT, CHART_WIDTH, type PortalChartConfiguration } from '../../charts/config.ts';
import { toCsv } from '../format/csv.ts';
import { formatDate, formatMonth } from '../format/dates.ts';
import { ENGLAND, formatNumber } from '../model/datasets.ts';
import type { Crumb } from '../model/guidance.ts';
import { rankText, systemSentence, type AreaMonth, type SystemFigures, type SystemsData } from '../model/systems.ts';
import type { SearchIndexing } from '../search/indexing.ts';
import {
	guidanceHref,
	homeHref,
	regionHref,
	systemChartHref,
	systemCsvHref,
	systemHref,
	systemJsonHref,
	systemsHref,
	targetHref,
} from '../routes.ts';
import {
	asOfText,
	attributions,
	cell,
	goalWords,
	NoteList,
	occupancyStanding,
	rateCheckText,
	rateStanding,
	withUnit,
	type Cell,
	type StandingText,
} from './systems.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';

/** A row of the key figures (an NHS.UK summary list). */
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
	/**
	 * On the first month of each definition: who the rates from here on are
	 * per, and the population (the table prints it as a row heading; the
	 * definition changed in April 2024).
	 */
	group: string | undefined;
	england: Cell;
	occupancy: Cell;
	/** true on the first month of a new definition: the table marks it. */
	definitionChanged: boolean;
}

/** A chart of the system against England and the ambition. */
export interface SystemChart {
	src: string;
	width: number;
	height: number;
	caption: string;
	/** The text alternative: what the chart shows, in words. */
	alt: string;
	key: string;
}

/** Everything /systems/<code>/ prints. */
export interface SystemPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	code: string;
	title: string;
	description: string;
	crumbs: Crumb[];
	caption: string;
	heading: string;
	/** Other names the ICB goes by (from data/glossary.json), for example BSW. */
	otherNames: string | undefined;
	sentence: string;
	asOf: string;
	keyFigures: KeyFigure[];
	chart: SystemChart;
	table: {
		caption: string;
		head: { period: string; capacity: string; rate: string; england: string; occupancy: string };
		rows: MonthRow[];
	};
	notes: { n: number; text: string }[];
	rateCheck: string;
	targets: { text: string; href: string; statement: string }[];
	guidance: { text: string; href: string }[];
	downloads: { text: string; href: string }[];
	sources: { text: string; href: string }[];
	attributions: string[];
	search: SearchIndexing;
}

function need(site: Site, code: string): { data: SystemsData; s: SystemFigures } {
	const data = site.systemsData;
	const s = data?.systems.get(code.toUpperCase());
	if (!data || !s) throw new Error(`no ICB "${code}" in data/systems.json`);
	return { data, s };
}

/** The other names of an ICB: the glossary entry with id "icb-<code>", its abbreviation and synonyms. */
export function otherNamesOf(site: Site, code: string): string[] {
	const entry = site.glossary.find((g) => g.id === `icb-${code.toLowerCase()}`);
	return entry ? [...(entry.abbreviation ? [entry.abbreviation] : []), ...entry.synonyms] : [];
}

/** The targets measured per ICB (those of the rate and occupancy datasets) and the guidance about them addressed to systems. */
export function systemTargets(site: Site, data: SystemsData) {
	const targets = [data.rateTarget, data.occupancyTarget].filter((t) => t !== undefined);
	const ids = new Set(targets.map((t) => t.id));
	const guidance = [...site.guidance.values()]
		.flat()
		.filter((p) => p.data.audience.includes('ics') && p.data.targets.some((t) => ids.has(t)))
		.map((p) => ({ text: p.data.title, href: guidanceHref(p.data.priority, p.id) }));
	return {
		targets: targets.map((t) => ({ text: t.headline, href: targetHref(t.id), statement: t.statement })),
		guidance,
	};
}

/** The chart's configuration: the ICB's line and England's, each series apart, the 40-50 band and the deadline. */
export function systemChartConfig(site: Site, code: string): { config: PortalChartConfiguration; title: string } {
	const { data, s } = need(site, code);
	const page = systemPage(site, code);
	return {
		config: buildChartConfig({
			dataset: data.rate,
			target: data.rateTarget,
			area: s.system.id,
			areaLabel: s.shortName,
			compare: { area: ENGLAND, label: 'England' },
			primaryOnly: true,
		}),
		title: `${page.chart.caption}. ${page.chart.alt}`,
	};
}

function monthRows(s: SystemFigures, data: SystemsData, notes: NoteList): MonthRow[] {
	const england = new Map(data.england.map((m) => [m.period, m]));
	let previous: string | undefined;
	return s.months.map((m, i) => {
		const series = m.rate?.series;
		const changed = previous !== undefined && series?.id !== previous;
		const population = s.system.populations.find((p) => p.basis === series?.populationBasis);
		const group =
			(i === 0 || changed) && series
				? `${changed ? `Definition changed in ${formatMonth(m.period)}: from here, b` : 'B'}eds per 100,000 ${series.per}${population ? ` (${formatNumber(population.value, 0)} people, ${formatMonth(population.month)})` : ''}`
				: undefined;
		previous = series?.id;
		return {
			period: m.period,
			label: formatMonth(m.period),
			capacity: cell(m.capacity, 0, notes),
			rate: cell(m.rate, data.rate.decimals, notes),
			group,
			england: cell(england.get(m.period)?.rate, data.rate.decimals, notes),
			occupancy: cell(m.occupancy, data.occupancy.decimals, notes, '%'),
			definitionChanged: changed,
		};
	});
}

function chartAlt(s: SystemFigures, data: SystemsData): string {
	const first = s.months[0];
	const last = s.months.at(-1);
	const words = (m: AreaMonth | undefined) =>
		m?.rate?.value != null
			? `${formatNumber(m.rate.value, data.rate.decimals)} in ${formatMonth(m.period)}`
			: 'no figure';
	const peak = s.months
		.filter((m) => m.rate?.value != null)
		.sort((a, b) => (b.rate?.value ?? 0) - (a.rate?.value ?? 0))[0];
	return `Line chart of beds per 100,000 for ${s.shortName} and England, with the ${goalWords(data).rate} ambition shaded. ${s.shortName} went from ${words(first)} to ${words(last)}, highest ${words(peak)}. The lines break in April 2024, when the denominator changed from adults aged 16 and over to people of all ages.`;
}

/** The address codes of every ICB page (ODS codes in lower case): the static paths of /systems/<code>/. */
export function systemCodes(site: Site): string[] {
	return [...(site.systemsData?.systems.keys() ?? [])].map((c) => c.toLowerCase());
}

/** The page of one ICB, by ODS code (any case). */
export function systemPage(site: Site, code: string): SystemPage {
	const { data, s } = need(site, code);
	const notes = new NoteList();
	const latest = s.latest;
	const goals = goalWords(data);
	const name = s.system.name;
	const other = otherNamesOf(site, s.system.id);
	const month = latest ? formatMonth(latest.period) : 'no month';
	const populations = s.system.populations.map((p) => {
		const series = data.rate.series?.find((x) => x.populationBasis === p.basis);
		return `${formatNumber(p.value, 0)} ${series ? series.per : p.basis} (${formatMonth(p.month)})`;
	});
	const keyFigures: KeyFigure[] = [
		{ key: 'NHS region', value: s.system.region, href: regionHref(s.system.regionCode) },
		{ key: 'Population (the denominators)', value: populations.join('; ') },
		{ key: `Virtual ward capacity, ${month}`, ...withUnit(cell(latest?.capacity, 0, notes), ' beds') },
		{
			key: `Beds per 100,000, ${month}`,
			...withUnit(
				cell(latest?.rate, data.rate.decimals, notes),
				latest?.rate ? ` per 100,000 ${latest.rate.series.per}` : '',
			),
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
	const rows = monthRows(s, data, notes);
	const { targets, guidance } = systemTargets(site, data);
	const statistics = site.sources.get('nhse-virtual-ward-statistics');
	const population = site.sources.get('nhsd-gp-registered-population');
	const sentence = systemSentence(name, latest, {
		rate: goals.rate,
		occupancy: goals.occupancy,
		rateGoal: data.rateTarget?.goal,
	});
	const title = s.shortName === name ? name : `${s.shortName} integrated care system`;
	const crumbs = [
		{ text: 'Home', href: homeHref() },
		{ text: 'Integrated care systems', href: systemsHref() },
		{ text: s.system.region, href: regionHref(s.system.regionCode) },
	];
	const search: SearchIndexing = {
		type: 'system',
		filters: { region: [s.system.region] },
		meta: { summary: `${name}${other.length > 0 ? ` (${other.join(', ')})` : ''}: ${sentence}` },
	};
	return {
		layout: layoutModel(site, { title, description: sentence, path: systemHref(s.system.id), crumbs, search }),
		code: s.system.id,
		title,
		description: sentence,
		crumbs,
		caption: `Integrated care system, ${s.system.region}`,
		heading: name,
		otherNames: other.length > 0 ? `Also known as ${other.join(', ')}.` : undefined,
		sentence,
		asOf: asOfText(data),
		keyFigures,
		chart: {
			src: systemChartHref(s.system.id),
			width: CHART_WIDTH,
			height: CHART_HEIGHT,
			caption: `Virtual ward beds per 100,000, ${s.shortName} and England, ${s.months[0] ? formatMonth(s.months[0].period) : ''} to ${month}, with the ${goals.rate} ambition`,
			alt: chartAlt(s, data),
			key: 'Solid lines: this system; dashed grey lines: England. The lines are not joined where the definition changed (April 2024): figures before are per 100,000 adults aged 16 and over, after per 100,000 people of all ages. The shaded band is the 40-50 ambition; the dashed vertical line its December 2023 deadline.',
		},
		table: {
			caption: `Every month's figures, ${s.shortName}`,
			head: {
				period: 'Month',
				capacity: 'Capacity (beds)',
				rate: 'Beds per 100,000',
				england: 'England, per 100,000',
				occupancy: 'Occupancy',
			},
			rows,
		},
		notes: notes.notes,
		rateCheck: rateCheckText(s.months),
		targets,
		guidance,
		downloads: [
			{ text: `${s.shortName}: every month's figures (CSV)`, href: systemCsvHref(s.system.id) },
			{ text: `${s.shortName}: every month's figures (JSON)`, href: systemJsonHref(s.system.id) },
		],
		sources: [statistics, population]
			.filter((x) => x !== undefined)
			.map((x) => ({ text: `${x.publisher}: ${x.title}`, href: x.url ?? '' })),
		attributions: [...attributions(site.map), `Figures as of ${formatDate(data.capacity.asOf)}.`],
		search,
	};
}

/** The header of a system's CSV download. */
export const SYSTEM_CSV_HEADER = [
	'period',
	'icb_code',
	'icb_name',
	'region',
	'capacity_beds',
	'beds_per_100k',
	'beds_per_100k_published',
	'per',
	'population',
	'occupancy_percent',
	'note',
	'source',
] as const;

/** A system's figures as CSV: one row per month, null figures as empty fields with their note. */
export function systemCsv(site: Site, code: string): string {
	const { s } = need(site, code);
	const source = site.sources.get('nhse-virtual-ward-statistics');
	const rows = s.months.map((m) => [
		m.period,
		s.system.id,
		s.system.name,
		s.system.region,
		m.capacity.value,
		m.rate?.value ?? null,
		m.rate?.published ?? null,
		m.rate ? `per 100,000 ${m.rate.series.per}` : '',
		m.rate?.population ?? null,
		m.occupancy.value,
		[...new Set([m.capacity.note, m.rate?.note, m.occupancy.note].filter((n) => n !== undefined))].join(' '),
		source ? `${source.publisher}: ${source.title} ${source.url ?? ''}`.trim() : '',
	]);
	return toCsv(SYSTEM_CSV_HEADER, rows);
}

/** A system's figures as JSON, with the ICB, its populations, definitions, sources and licence. */
export function systemJson(site: Site, code: string): string {
	const { data, s } = need(site, code);
	const resolve = (id: string) => {
		const x = site.sources.get(id);
		return x ? { id, title: x.title, publisher: x.publisher, url: x.url } : { id };
	};
	return `${JSON.stringify(
		{
			icb: {
				code: s.system.id,
				onsCode: s.system.onsCode,
				name: s.system.name,
				region: s.system.region,
				regionCode: s.system.regionCode,
				populations: s.system.populations,
			},
			page: systemHref(s.system.id),
			asOf: data.capacity.asOf,
			licence: data.capacity.licence,
			sources: [resolve('nhse-virtual-ward-statistics'), resolve('nhsd-gp-registered-population')],
			definitions: {
				capacity: data.capacity.definition,
				bedsPer100k: data.rate.definition,
				occupancy: data.occupancy.definition,
			},
			months: s.months.map((m) => ({
				period: m.period,
				capacity: m.capacity,
				bedsPer100k: m.rate
					? {
							value: m.rate.value,
							published: m.rate.published,
							per: m.rate.series.per,
							population: m.rate.population,
							note: m.rate.note,
						}
					: null,
				occupancy: m.occupancy,
			})),
		},
		null,
		'\t',
	)}\n`;
}

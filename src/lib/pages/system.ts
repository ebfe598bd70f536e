/**
 * An integrated care system's page (/systems/<code>/): its key figures (rank,
 * region, population and denominator), the generated sentence, its chart
 * against England and the ambition (from the Site's charts), every month in
 * a table grouped by definition, with notes, the targets and guidance that
 * apply to systems, and the downloads. The figures, ranks, wording and files
 * come from src/lib/model/; this prints them. Pure: takes the Site.
 */
import { formatDate, formatMonth } from '../format/dates.ts';
import { formatNumber } from '../model/datasets.ts';
import type { Crumb } from '../model/guidance.ts';
import { applyToSystems, otherNames } from '../model/systems-context.ts';
import { monthDefinitions } from '../model/systems-figures.ts';
import { systemSources } from '../model/system-files.ts';
import { rankText } from '../model/systems-ranking.ts';
import { asOfText, definitionHeading, rateCheckText, systemSentenceOf } from '../model/systems-wording.ts';
import type { SystemFigures, SystemsData } from '../model/systems.ts';
import type { SearchIndexing } from '../search/indexing.ts';
import {
	guidanceHref,
	homeHref,
	regionHref,
	systemCsvHref,
	systemHref,
	systemJsonHref,
	systemsHref,
	targetHref,
} from '../routes.ts';
import { systemChartView, type SystemChartView } from './chart-figure.ts';
import { systemOf } from './downloads.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import {
	attributions,
	cell,
	NoteList,
	occupancyStanding,
	rateStanding,
	withUnit,
	type Cell,
	type Link,
	type StandingText,
} from './views.ts';

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
	/** On the first month of each definition: who the rates from here on are per, and the population (a row heading). */
	group: string | undefined;
	england: Cell;
	occupancy: Cell;
	/** true on the first month of a new definition: the table marks it. */
	definitionChanged: boolean;
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
	chart: SystemChartView;
	table: {
		caption: string;
		head: Record<'period' | 'capacity' | 'rate' | 'england' | 'occupancy', string>;
		rows: MonthRow[];
	};
	notes: { n: number; text: string }[];
	rateCheck: string;
	targets: (Link & { statement: string })[];
	guidance: Link[];
	downloads: Link[];
	sources: Link[];
	attributions: string[];
	search: SearchIndexing;
}

/** The address codes of every ICB page (ODS codes in lower case): the static paths of /systems/<code>/. */
export function systemCodes(site: Site): string[] {
	return [...(site.systemsData?.systems.keys() ?? [])].map((c) => c.toLowerCase());
}

function monthRows(s: SystemFigures, data: SystemsData, notes: NoteList): MonthRow[] {
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

function keyFigures(s: SystemFigures, data: SystemsData, notes: NoteList): KeyFigure[] {
	const latest = s.latest;
	const month = latest ? formatMonth(latest.period) : 'no month';
	const populations = s.system.populations.map((p) => {
		const series = data.rate.series?.find((x) => x.populationBasis === p.basis);
		return `${formatNumber(p.value, 0)} ${series ? series.per : p.basis} (${formatMonth(p.month)})`;
	});
	const per = latest?.rate ? ` per 100,000 ${latest.rate.series.per}` : '';
	return [
		{ key: 'NHS region', value: s.system.region, href: regionHref(s.system.regionCode) },
		{ key: 'Population (the denominators)', value: populations.join('; ') },
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

/** The page of one ICB, by ODS code (any case). */
export function systemPage(site: Site, code: string): SystemPage {
	const { data, s } = systemOf(site, code);
	const notes = new NoteList();
	const name = s.system.name;
	const other = otherNames(site.glossary, s.system.id);
	const figures = keyFigures(s, data, notes);
	const rows = monthRows(s, data, notes);
	const apply = applyToSystems(data, site.guidance.values());
	const sentence = systemSentenceOf(s, data);
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
		keyFigures: figures,
		chart: systemChartView(site, s.system.id),
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
		targets: apply.targets.map((t) => ({ text: t.headline, href: targetHref(t.id), statement: t.statement })),
		guidance: apply.guidance.map((p) => ({ text: p.data.title, href: guidanceHref(p.data.priority, p.id) })),
		downloads: [
			{ text: `${s.shortName}: every month's figures (CSV)`, href: systemCsvHref(s.system.id) },
			{ text: `${s.shortName}: every month's figures (JSON)`, href: systemJsonHref(s.system.id) },
		],
		sources: systemSources(data, site.sources).flatMap(({ source: x }) =>
			x ? [{ text: `${x.publisher}: ${x.title}`, href: x.url ?? '' }] : [],
		),
		attributions: [...attributions(site.map), `Figures as of ${formatDate(data.capacity.asOf)}.`],
		search,
	};
}

/**
 * An integrated care board's page (/systems/<code>/): its key figures (rank,
 * region, population and denominator), the generated sentence, its chart
 * against England and the ambition (from the Site's charts), every month in
 * a table grouped by definition, with notes, the targets and guidance that
 * apply to systems, and the downloads. The figures, ranks, wording and files
 * come from src/lib/model/; this prints them. Pure: takes the Site.
 */
import { formatDate } from '../format/dates.ts';
import type { Crumb } from '../model/guidance.ts';
import { applyToSystems, otherNames } from '../model/systems-context.ts';
import { deadlineStandings } from '../model/systems-deadlines.ts';
import { systemSources } from '../model/system-files.ts';
import { asOfText, rateCheckText, systemSentenceOf, SYSTEMS_TITLE } from '../model/systems-wording.ts';
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
	NoteList,
	occupancyStanding,
	rateStanding,
	systemKeyFigures,
	systemMonthRows,
	type KeyFigure,
	type Link,
	type MonthRow,
	type StandingText,
} from './views.ts';

/** One line of the page's opening: a deadline's standing (or the latest month's), with the notes of the months it shows. */
export interface OpeningItem {
	label: string;
	/** The whole line in words, standings included. */
	text: string;
	/** Each figure with the tag of its standing. */
	figures: { figure: string; standing: StandingText }[];
	notes: string[];
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
	/** The first screen: the standing at each deadline and in the latest month, each with its months' notes. */
	opening: { heading: string; items: OpeningItem[] };
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

/** The page of one ICB, by ODS code (any case). */
export function systemPage(site: Site, code: string): SystemPage {
	const { data, s } = systemOf(site, code);
	const notes = new NoteList();
	const name = s.system.name;
	const other = otherNames(site.glossary, s.system.id);
	const figures = systemKeyFigures(s, data, notes);
	const rows = systemMonthRows(s, data, notes);
	const apply = applyToSystems(data, site.guidance.values());
	const sentence = systemSentenceOf(s, data);
	const title = s.shortName === name ? name : `${s.shortName} integrated care board`;
	const crumbs = [
		{ text: 'Home', href: homeHref() },
		{ text: SYSTEMS_TITLE, href: systemsHref() },
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
		caption: `Integrated care board, ${s.system.region}`,
		heading: name,
		otherNames: other.length > 0 ? `Also known as ${other.join(', ')}.` : undefined,
		opening: {
			heading: 'At each deadline, and now',
			items: deadlineStandings(s, data).map((d) => ({
				label: d.label,
				text: d.text,
				figures: d.figures.map((f) => ({
					figure: f.figure,
					standing: f.measure === 'occupancy' ? occupancyStanding(f.standing, data) : rateStanding(f.standing, data),
				})),
				notes: d.notes,
			})),
		},
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

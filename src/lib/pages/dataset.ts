/**
 * A dataset's page (/data/<id>/): its definition, denominator (with the
 * population of each series), provenance, the targets it measures, its
 * downloads and chart, its figures by integrated care board (months grouped
 * by series, notes numbered) and its sources.
 */
import { formatMonth } from '../format/dates.ts';
import { monthOf } from '../format/months.ts';
import { icbTable } from '../model/dataset-tables.ts';
import { formatNumber, REPORTED_OVER_CONVENTION } from '../model/datasets.ts';
import { resolveSources } from '../model/guidance.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { datasetHref } from '../routes.ts';
import { datasetIndexing } from '../search/indexing.ts';
import { chartFigureById, type ChartFigureView } from './chart-figure.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import {
	dateView,
	downloadLinks,
	measuredTargets,
	sourceList,
	type Link,
	type SourceListView,
	type TimeView,
} from './views.ts';
import { datasetPublishers, publishersText } from '../model/publishers.ts';

/** One cell of the ICB table. */
export interface IcbCellView {
	/** For `data-period`. */
	period: string;
	/** For `data-value`: the number, or "" where there is no figure. */
	dataValue: string;
	/** The value as printed; undefined prints a dash ("no published figure" for screen readers). */
	text: string | undefined;
	/** The link to the note that explains the figure, if any. */
	note: { text: string; href: string; label: string } | undefined;
}

/** The ICB table of a dataset page. */
export interface IcbTableView {
	/** The table's caption. */
	caption: string;
	/** true when the definition changed between column groups: a row of group headers is printed. */
	broken: boolean;
	/** The column groups: how many months each spans, its label, and whether the definition changed before it. */
	groups: { span: number; label: string | undefined; changed: boolean }[];
	/** The months' headings, oldest first: "July 2023". */
	months: string[];
	/** One row per ICB, by name. */
	rows: { area: string; name: string; cells: IcbCellView[] }[];
	/** The notes, numbered: "[1] …". */
	notes: { id: string; text: string }[];
}

/** Everything /data/<id>/ prints. */
export interface DatasetPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** The dataset's definition. */
	lede: string;
	/** The unit of the figures. */
	unit: string;
	/** The denominator, and each series with who it is per and its population. */
	denominator: { text: string; series: string[] | undefined } | undefined;
	/** The statistical status ("Official statistics"), if stated. */
	statisticalStatus: string | undefined;
	/** Who published the figures: the dataset's publisher, or each publisher its figures cite. */
	publisher: string;
	/** The licence the figures are published under. */
	licence: string;
	/** The date the figures were last checked against their sources. */
	asOf: TimeView;
	/** The targets the dataset measures. */
	measures: Link[];
	/** The CSV and JSON downloads. */
	downloads: { csv: Link; json: Link };
	/** The chart figure, if the site draws one. */
	chart: ChartFigureView | undefined;
	/** The ICB table and the paragraphs above it; undefined when the dataset has no ICB figures. */
	byIcb: { intro: string; broken: string | undefined; convention: string | undefined; table: IcbTableView } | undefined;
	/** The sources cited. */
	sources: SourceListView;
}

/** The page of the dataset `id`. */
export function datasetPage(site: Site, id: string): DatasetPage {
	const dataset = site.datasets.get(id);
	if (!dataset) throw new Error(`no dataset "${id}" (the content check should have caught this)`);
	const targets = site.targets.filter((t) => t.dataset === id);
	const icb = icbTable(dataset, site.systems);
	return {
		layout: layoutModel(site, {
			title: dataset.title,
			description: dataset.definition,
			path: datasetHref(id),
			crumbs: crumbsOf(ROUTES.dataset, dataset, site),
			search: datasetIndexing({
				definition: dataset.definition,
				priorityTitles: site.priorities.filter((p) => targets.some((t) => t.priority === p.id)).map((p) => p.title),
			}),
		}),
		heading: dataset.title,
		lede: dataset.definition,
		unit: dataset.unit,
		denominator: dataset.denominator
			? {
					text: dataset.denominator,
					series: dataset.series?.map(
						(s) =>
							`${s.label}: per 100,000 ${s.per}${s.population ? `, ${formatNumber(s.population.value, 0)} people in England (${formatMonth(s.population.month)})` : ''}`,
					),
				}
			: undefined,
		statisticalStatus: dataset.statisticalStatus,
		publisher: publishersText(datasetPublishers(dataset, site.sources)),
		licence: dataset.licence,
		asOf: dateView(dataset.asOf),
		measures: measuredTargets(site, id),
		downloads: downloadLinks(dataset),
		chart: chartFigureById(site, id),
		byIcb:
			icb.rows.length > 0
				? {
						intro:
							"The months for which NHS England's files are imported. A dash marks a month with no figure. A numbered note gives NHS England's reason for a missing figure and explains any figure its footnotes qualify; the CSV download has the same notes.",
						broken: icb.broken
							? 'The definition changed between the column groups, which are headed with what their figures are per; figures in different groups cannot be compared.'
							: undefined,
						convention: dataset.observations.some((o) => o.exceeds !== undefined)
							? REPORTED_OVER_CONVENTION
							: undefined,
						table: {
							caption: `${dataset.title} (${dataset.unit}) by integrated care board`,
							broken: icb.broken,
							groups: icb.groups.map((g, i) => ({ span: g.months.length, label: g.label, changed: i > 0 })),
							months: icb.groups.flatMap((g) => g.months).map((m) => formatMonth(monthOf(m))),
							rows: icb.rows.map((row) => ({
								area: row.area,
								name: row.name,
								cells: row.cells.map((c) => ({
									period: c.period,
									dataValue: c.value === null ? '' : String(c.value),
									text: c.text,
									note:
										c.note === undefined
											? undefined
											: { text: `[${c.note}]`, href: `#icb-note-${c.note}`, label: `note ${c.note}` },
								})),
							})),
							notes: icb.notes.map((n) => ({ id: `icb-note-${n.n}`, text: `[${n.n}] ${n.text}` })),
						},
					}
				: undefined,
		sources: sourceList(resolveSources(dataset.sources, site.sources)),
	};
}

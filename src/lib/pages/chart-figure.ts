/**
 * A chart as a figure (the ChartFigure component): caption, a one-sentence
 * summary, the image (an SVG drawn at build time; its text alternative is the
 * summary), the England figures as a table, the source, statistical status and
 * "as of" date, and the downloads. Everything is readable without the image.
 * Also an ICB's chart as its page prints it (image, caption, text, key).
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import { CHART_HEIGHT, CHART_WIDTH } from '../../charts/config.ts';
import { isYearPeriod } from '../format/months.ts';
import { capitalise } from '../format/text.ts';
import { tableRows, type TableRow } from '../model/dataset-tables.ts';
import { ENGLAND } from '../model/datasets.ts';
import { isNationalChart, systemChartId, type NationalChartSpec } from '../model/charts.ts';
import { chartHref, datasetHref, systemChartHref } from '../routes.ts';
import type { Site } from './site.ts';
import { dateView, downloadLinks, type Link, type TimeView } from './views.ts';

/** One row of a data table (the DataTable component). */
export interface DataTableRowView {
	/** The first month the row covers (YYYY-MM), or the period as recorded: `data-period`. */
	period: string;
	/** "December 2023", or "August 2024 to September 2024" for a run of missing months. */
	label: string;
	/** The value for `data-value`: the number, or "" where none was published. */
	dataValue: string;
	/** true where no figure was published (the row is marked). */
	missing: boolean;
	/** The value as printed, or "no published figure". */
	text: string;
	/** Who a rate is per, in the "Per 100,000 of" column ("" when the figure has no series). */
	per: string;
	/** true for a figure from news or trade press. */
	secondary: boolean;
	/** The figure's own source, when it differs from the dataset's: its publisher, linked. */
	source: Link | undefined;
	/** The note that explains the figure, if any. */
	note: string | undefined;
}

/** One area's figures as a table (the DataTable component). */
export interface DataTableView {
	/** The dataset's id, for `data-dataset`. */
	datasetId: string;
	/** "Virtual ward capacity, England". */
	caption: string;
	/** The heading of the values' column: the unit, capitalised ("Beds"), or "Per cent". */
	valueHeading: string;
	/** Whether the "Per 100,000 of" column is printed. */
	hasSeries: boolean;
	/** Whether the "Source and notes" column is printed. */
	hasNotes: boolean;
	/** The rows, in order. */
	rows: DataTableRowView[];
}

/** The table of `rows` of `dataset`, under `caption`. */
export function dataTable(dataset: Dataset, rows: readonly TableRow[], caption: string): DataTableView {
	return {
		datasetId: dataset.id,
		caption,
		valueHeading: dataset.unit === '%' ? 'Per cent' : capitalise(dataset.unit),
		hasSeries: (dataset.series?.length ?? 0) > 0,
		hasNotes: rows.some((r) => r.note || r.secondary),
		rows: rows.map((row) => ({
			period: row.period,
			label: row.label,
			dataValue: row.value === null ? '' : String(row.value),
			missing: row.value === null,
			text: row.text,
			per: row.series?.per ?? '',
			secondary: row.secondary,
			source: row.source && { text: row.source.publisher, href: row.source.url },
			note: row.note,
		})),
	};
}

/**
 * The key to the points a chart draws apart from its line: hollow triangles for secondary figures (joined to
 * a line only where two or more primary figures draw one), and figures given by year only, which are not drawn.
 */
export function secondaryKey(rows: readonly TableRow[]): string | undefined {
	const figures = rows.filter((r) => r.value !== null);
	const drawn = figures.filter((r) => !isYearPeriod(r.period));
	const lined = drawn.filter((r) => !r.secondary).length >= 2;
	const parts: string[] = [];
	if (drawn.some((r) => r.secondary))
		parts.push(
			`Hollow triangles are figures reported in news or trade press (secondary sources)${lined ? ', not joined to the line of published figures' : ''}.`,
		);
	if (figures.length > drawn.length)
		parts.push('A figure whose source gives only its year, not its month, is in the table but not drawn.');
	return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Everything the ChartFigure component prints. */
export interface ChartFigureView {
	/** The figure's id ("chart-vw-capacity"); its caption's id adds "-caption". */
	id: string;
	/** The caption. */
	caption: string;
	/** The one-sentence summary, printed under the caption. */
	summary: string;
	/** The chart's image and its text alternative. */
	image: { src: string; alt: string; width: number; height: number };
	/** The key to secondary-source points, when the chart has any. */
	secondaryKey: string | undefined;
	/** The key to a break in the line where the definition changed, when there is one. */
	seriesKey: string | undefined;
	/** The England figures as a table. */
	table: DataTableView;
	/** The dataset's sources, each "publisher: title", linked. */
	sources: Link[];
	/** Words after the sources when some figures come from secondary sources. */
	sourcesNote: string | undefined;
	/** The statistical status ("Official statistics"), if stated. */
	statisticalStatus: string | undefined;
	/** Who or what the figures are per, if they are rates. */
	denominator: string | undefined;
	/** The date the figures were last checked against their sources. */
	asOf: TimeView;
	/** The licence the figures are published under. */
	licence: string;
	/** The CSV and JSON downloads. */
	downloads: { csv: Link; json: Link };
	/** The dataset's page. */
	about: Link;
}

/** The figure of `chart`, with ids prefixed by `idPrefix` (for pages that show a chart twice). */
export function chartFigure(
	chart: NationalChartSpec,
	sources: ReadonlyMap<string, Source>,
	idPrefix = 'chart',
): ChartFigureView {
	const { dataset } = chart;
	const rows = tableRows(dataset, ENGLAND, sources);
	const hasSecondary = rows.some((r) => r.secondary);
	return {
		id: `${idPrefix}-${chart.id}`,
		caption: chart.caption,
		summary: chart.summary,
		image: { src: chartHref(chart.id), alt: `Line chart. ${chart.summary}`, width: CHART_WIDTH, height: CHART_HEIGHT },
		secondaryKey: secondaryKey(rows),
		seriesKey:
			(dataset.series?.length ?? 0) > 1
				? `The lines are not joined where the definition changed: ${dataset.denominator ?? ''}`
				: undefined,
		table: dataTable(dataset, rows, `${dataset.title}, England`),
		sources: dataset.sources
			.map((s) => sources.get(s.id))
			.filter((s): s is Source => s !== undefined)
			.map((s) => ({ text: `${s.publisher}: ${s.title}`, href: s.url })),
		sourcesNote: hasSecondary ? '; secondary sources as marked in the table' : undefined,
		statisticalStatus: dataset.statisticalStatus,
		denominator: dataset.denominator,
		asOf: dateView(dataset.asOf),
		licence: dataset.licence,
		downloads: downloadLinks(dataset),
		about: { text: 'about this dataset', href: datasetHref(dataset.id) },
	};
}

/** The figure of the chart with this id (a target's or a dataset's), if the site draws one. */
export function chartFigureById(site: Site, id: string, idPrefix?: string): ChartFigureView | undefined {
	const chart = site.charts.get(id);
	return isNationalChart(chart) ? chartFigure(chart, site.sources, idPrefix) : undefined;
}

/** An ICB's chart as its page prints it: the image, its caption, text alternative and key. */
export interface SystemChartView {
	src: string;
	width: number;
	height: number;
	caption: string;
	/** The text alternative: what the chart shows, in words. */
	alt: string;
	key: string;
}

/** The chart of the ICB with this ODS code (any case); throws if the site draws none. */
export function systemChartView(site: Site, code: string): SystemChartView {
	const chart = site.charts.get(systemChartId(code));
	if (chart?.kind !== 'system') throw new Error(`no chart of the ICB "${code}"`);
	const { caption, alt, key } = chart;
	return { src: systemChartHref(chart.area.code), width: CHART_WIDTH, height: CHART_HEIGHT, caption, alt, key };
}

/**
 * The page model for datasets: which figures an area has, how a value is
 * written with its unit and denominator, the rows of a data table (with "no
 * published figure" for missing months, never interpolated), and the CSV and
 * JSON downloads. Pure: collections are passed in.
 */
import type { Dataset, Observation, Series } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import type { System } from '../../schemas/system.ts';
import { formatMonth } from '../format/dates.ts';
import { toCsv } from '../format/csv.ts';
import { monthIndex, monthOf, monthRange } from '../format/months.ts';

/** England's area code. National targets are measured on England's figures. */
export const ENGLAND = 'E92000001';

/** Words for missing figures, used everywhere a figure is absent. */
export const NO_FIGURE = 'no published figure';

// Addresses are built in src/lib/routes.ts; these are re-exported for the pages that import them from here.
export { chartHref, datasetHref, targetHref } from '../routes.ts';

/** The name of an area code: England, or the ICB's name from data/systems.json. */
export function areaName(code: string, systems: ReadonlyMap<string, System>): string {
	if (code === ENGLAND) return 'England';
	return systems.get(code)?.name ?? code;
}

/** The figures of one area, oldest first. */
export function observationsFor(dataset: Dataset, area: string = ENGLAND): Observation[] {
	return dataset.observations
		.filter((o) => o.area === area)
		.sort((a, b) => monthIndex(a.period) - monthIndex(b.period) || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The areas a dataset has figures for, England first, then by code. */
export function areasOf(dataset: Dataset): string[] {
	const codes = [...new Set(dataset.observations.map((o) => o.area))];
	return codes.sort((a, b) => (a === ENGLAND ? -1 : b === ENGLAND ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** The figure for a period (YYYY-MM) and area, if one is recorded. */
export function findObservation(dataset: Dataset, period: string, area: string = ENGLAND): Observation | undefined {
	return dataset.observations.find((o) => o.area === area && o.period === period);
}

/** The description of the series an observation belongs to. */
export function seriesOf(dataset: Dataset, observation: Pick<Observation, 'series'>): Series | undefined {
	if (observation.series === undefined) return undefined;
	return dataset.series?.find((s) => s.id === observation.series);
}

/** A number written the British way with a fixed number of decimals: 11805 → "11,805", 23 → "23.0". */
export function formatNumber(value: number, decimals: number): string {
	const fixed = Math.abs(value).toFixed(decimals);
	const [whole = '0', fraction] = fixed.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${value < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A value with its unit: "10,421 beds", "65.3%", "90% of trusts". */
export function formatWithUnit(value: number, unit: string, decimals: number): string {
	const n = formatNumber(value, decimals);
	return unit.startsWith('%') ? `${n}${unit}` : `${n} ${unit}`;
}

/**
 * A figure as printed in text, with its unit and, for rates, who it is per:
 * "23.0 beds per 100,000 adults aged 16 and over registered with a GP".
 */
export function formatFigure(dataset: Dataset, observation: Observation): string {
	if (observation.value === null) return NO_FIGURE;
	const series = seriesOf(dataset, observation);
	const text = formatWithUnit(observation.value, dataset.unit, dataset.decimals);
	return series ? `${text} ${series.per}` : text;
}

export interface TableRow {
	/** The first month the row covers (YYYY-MM), or the period as recorded. */
	period: string;
	/** "December 2023", or "August 2024 to September 2024" for a run of missing months. */
	label: string;
	/** The value, or null where none was published. */
	value: number | null;
	/** The value as printed (without the unit), or "no published figure". */
	text: string;
	series: Series | undefined;
	secondary: boolean;
	/** The observation's own source when it differs from the dataset's. */
	source: Source | undefined;
	note: string | undefined;
}

/**
 * The rows of a data table for one area: every month from the first figure
 * to the last, with runs of months that have no figure collapsed into one
 * "no published figure" row, so a gap is visible and never filled in.
 */
export function tableRows(dataset: Dataset, area: string, sources: ReadonlyMap<string, Source>): TableRow[] {
	const observations = observationsFor(dataset, area);
	const first = observations[0];
	const last = observations.at(-1);
	if (!first || !last) return [];
	const byMonth = new Map<string, Observation[]>();
	for (const o of observations) {
		const m = monthOf(o.period);
		byMonth.set(m, [...(byMonth.get(m) ?? []), o]);
	}
	const rows: TableRow[] = [];
	let gap: string[] = [];
	const flush = () => {
		const start = gap[0];
		const end = gap.at(-1);
		if (start && end) {
			rows.push({
				period: start,
				label: start === end ? formatMonth(start) : `${formatMonth(start)} to ${formatMonth(end)}`,
				value: null,
				text: NO_FIGURE,
				series: undefined,
				secondary: false,
				source: undefined,
				note: undefined,
			});
		}
		gap = [];
	};
	for (const month of monthRange(monthOf(first.period), monthOf(last.period))) {
		const here = byMonth.get(month);
		if (!here) {
			gap.push(month);
			continue;
		}
		flush();
		for (const o of here) {
			rows.push({
				period: o.period,
				label: o.period.length === 7 ? formatMonth(o.period) : formatMonth(monthOf(o.period)),
				value: o.value,
				text: o.value === null ? NO_FIGURE : formatNumber(o.value, dataset.decimals),
				series: seriesOf(dataset, o),
				secondary: o.secondary,
				source: o.source ? sources.get(o.source.id) : undefined,
				note: o.note,
			});
		}
	}
	flush();
	return rows;
}

/** The header of every dataset CSV. */
export const CSV_HEADER = [
	'dataset',
	'period',
	'area_code',
	'area_name',
	'value',
	'unit',
	'series',
	'per',
	'secondary',
	'source',
	'source_url',
	'note',
] as const;

/**
 * The dataset as CSV: one row per recorded figure (null values as empty
 * fields), England first, then ICBs by code, each oldest first.
 */
export function datasetCsv(
	dataset: Dataset,
	systems: ReadonlyMap<string, System>,
	sources: ReadonlyMap<string, Source>,
): string {
	const datasetSource = dataset.sources[0] ? sources.get(dataset.sources[0].id) : undefined;
	const rows = areasOf(dataset).flatMap((area) =>
		observationsFor(dataset, area).map((o) => {
			const source = o.source ? sources.get(o.source.id) : datasetSource;
			const series = seriesOf(dataset, o);
			return [
				dataset.id,
				o.period,
				o.area,
				areaName(o.area, systems),
				o.value,
				dataset.unit,
				o.series ?? '',
				series?.per ?? '',
				o.secondary,
				source ? `${source.publisher}: ${source.title}` : '',
				source?.url ?? '',
				o.note ?? '',
			];
		}),
	);
	return toCsv(CSV_HEADER, rows);
}

/**
 * The dataset as JSON: its definition, provenance (sources resolved to
 * title, publisher and address) and every figure, in a stable order.
 */
export function datasetJson(dataset: Dataset, sources: ReadonlyMap<string, Source>): string {
	const resolve = (id: string) => {
		const s = sources.get(id);
		return s ? { id, title: s.title, publisher: s.publisher, date: s.date, url: s.url } : { id };
	};
	const observations = areasOf(dataset).flatMap((area) => observationsFor(dataset, area));
	return `${JSON.stringify(
		{
			...dataset,
			sources: dataset.sources.map((s) => resolve(s.id)),
			observations: observations.map((o) => ({ ...o, source: o.source ? resolve(o.source.id) : undefined })),
		},
		null,
		'\t',
	)}\n`;
}

/** A column group of the ICB table: the months measured one way (one series). */
export interface IcbColumnGroup {
	/** The series' label, for example "Per 100,000 adults aged 16+ (July 2023 to March 2024)"; undefined for an unbroken series. */
	label: string | undefined;
	/** The months in the group (YYYY-MM), oldest first. */
	months: string[];
}

/** One cell of the ICB table. */
export interface IcbCell {
	period: string;
	value: number | null;
	/** The value as printed, or undefined where there is no figure (printed as a dash with "no published figure" for screen readers). */
	text: string | undefined;
	/** The number of the note that explains the figure, if any. */
	note: number | undefined;
}

/** The ICB table of a dataset page: months grouped by series (so a change of definition is marked in text), rows by ICB name, notes numbered. */
export interface IcbTable {
	groups: IcbColumnGroup[];
	/** true when the months fall into more than one series: the table then prints a row of group headers. */
	broken: boolean;
	rows: { area: string; name: string; cells: IcbCell[] }[];
	/** Each distinct note once, numbered from 1 in order of first use (row by row). */
	notes: { n: number; text: string }[];
}

/** "NHS Cheshire and Merseyside Integrated Care Board" → "Cheshire and Merseyside". */
export function shortIcbName(name: string): string {
	return name.replace(/^NHS /, '').replace(/ Integrated Care Board$/, '');
}

/**
 * The ICB table of a dataset: every month that has ICB figures, grouped by
 * the series of those figures (NHS England's per-100k denominator changed in
 * April 2024), each ICB's figure or a dash, and every note that explains a
 * figure numbered, so no noted figure is printed as a plain number.
 */
export function icbTable(dataset: Dataset, systems: ReadonlyMap<string, System>): IcbTable {
	const icbObservations = dataset.observations.filter((o) => o.area !== ENGLAND);
	const months = [...new Set(icbObservations.map((o) => o.period))].sort((a, b) => monthIndex(a) - monthIndex(b) || (a < b ? -1 : 1));
	const seriesOfMonth = (m: string) => icbObservations.find((o) => o.period === m)?.series;
	const groups: IcbColumnGroup[] = [];
	for (const m of months) {
		const id = seriesOfMonth(m);
		const last = groups.at(-1);
		const label = id === undefined ? undefined : (dataset.series?.find((s) => s.id === id)?.label ?? id);
		if (last && last.label === label) last.months.push(m);
		else groups.push({ label, months: [m] });
	}
	const notes: { n: number; text: string }[] = [];
	const noteNumber = (text: string | undefined): number | undefined => {
		if (text === undefined) return undefined;
		const found = notes.find((n) => n.text === text);
		if (found) return found.n;
		notes.push({ n: notes.length + 1, text });
		return notes.length;
	};
	const areas = [...new Set(icbObservations.map((o) => o.area))]
		.map((area) => ({ area, name: shortIcbName(areaName(area, systems)) }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
	const rows = areas.map(({ area, name }) => ({
		area,
		name,
		cells: months.map((period): IcbCell => {
			const o = findObservation(dataset, period, area);
			const value = o?.value ?? null;
			return { period, value, text: value === null ? undefined : formatNumber(value, dataset.decimals), note: noteNumber(o?.note) };
		}),
	}));
	return { groups, broken: groups.length > 1, rows, notes };
}

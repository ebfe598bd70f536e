/**
 * A dataset's figures as tables: one area's rows, month by month, with runs
 * of missing months shown as "no published figure" (never interpolated), and
 * the ICB table of a dataset page, months grouped by series and notes
 * numbered. Pure: collections are passed in.
 */
import type { Dataset, Observation, Series } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import type { System } from '../../schemas/system.ts';
import { formatMonth, formatPeriod } from '../format/dates.ts';
import { monthFromIndex, monthIndex, monthRange, periodSpan } from '../format/months.ts';
import {
	areaName,
	ENGLAND,
	findObservation,
	formatNumber,
	NO_FIGURE,
	observationsFor,
	reportedOverText,
	seriesOf,
} from './datasets.ts';

export interface TableRow {
	/** The first month the row covers (YYYY-MM), or the period as recorded. */
	period: string;
	/** "December 2023", "2025 (month not stated)", or "August 2024 to September 2024" for a run of missing months. */
	label: string;
	/** The value, or null where none was published. */
	value: number | null;
	/** The value as printed (without the unit), or "no published figure". */
	text: string;
	/** The series (definition) the figure belongs to, if any. */
	series: Series | undefined;
	/** true for a figure from news or trade press (a secondary source). */
	secondary: boolean;
	/** The observation's own source when it differs from the dataset's. */
	source: Source | undefined;
	/** The note that explains the figure, if any. */
	note: string | undefined;
}

/**
 * The rows of a data table for one area: every month from the first figure
 * to the last, with runs of months that have no figure collapsed into one
 * "no published figure" row, so a gap is visible and never filled in.
 */
export function tableRows(dataset: Dataset, area: string, sources: ReadonlyMap<string, Source>): TableRow[] {
	const observations = observationsFor(dataset, area);
	if (observations.length === 0) return [];
	// Each figure is listed at its first month; a year without its month covers all its months, so none of them is a gap.
	const byMonth = new Map<string, Observation[]>();
	const covered = new Set<string>();
	for (const o of observations) {
		const { first, last } = periodSpan(o.period);
		const m = monthFromIndex(first);
		byMonth.set(m, [...(byMonth.get(m) ?? []), o]);
		for (let i = first; i <= last; i++) covered.add(monthFromIndex(i));
	}
	const spans = observations.map((o) => periodSpan(o.period));
	const start = monthFromIndex(Math.min(...spans.map((x) => x.first)));
	const end = monthFromIndex(Math.max(...spans.map((x) => x.last)));
	const rows: TableRow[] = [];
	let gap: string[] = [];
	const flush = () => {
		const from = gap[0];
		const to = gap.at(-1);
		if (from && to) {
			rows.push({
				period: from,
				label: from === to ? formatMonth(from) : `${formatMonth(from)} to ${formatMonth(to)}`,
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
	for (const month of monthRange(start, end)) {
		const here = byMonth.get(month);
		if (!here) {
			if (!covered.has(month)) gap.push(month);
			continue;
		}
		flush();
		for (const o of here) {
			rows.push({
				period: o.period,
				label: formatPeriod(o.period),
				value: o.value,
				text: valueText(o, dataset),
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

/** A column group of the ICB table: the months measured one way (one series). */
export interface IcbColumnGroup {
	/** The series' label, for example "Per 100,000 adults aged 16+ (July 2023 to March 2024)"; undefined for an unbroken series. */
	label: string | undefined;
	/** The months in the group (YYYY-MM), oldest first. */
	months: string[];
}

/** One cell of the ICB table. */
export interface IcbCell {
	/** The month (YYYY-MM) or period as recorded. */
	period: string;
	/** The value, or null where none was published. */
	value: number | null;
	/** The value as printed, or undefined where there is no figure (printed as a dash with "no published figure" for screen readers). */
	text: string | undefined;
	/** The number of the note that explains the figure, if any. */
	note: number | undefined;
}

/** The ICB table of a dataset page: months grouped by series (so a change of definition is marked in text), rows by ICB name, notes numbered. */
export interface IcbTable {
	/** The column groups, oldest first. */
	groups: IcbColumnGroup[];
	/** true when the months fall into more than one series: the table then prints a row of group headers. */
	broken: boolean;
	/** The rows, in order. */
	rows: { area: string; name: string; cells: IcbCell[] }[];
	/** Each distinct note once, numbered from 1 in order of first use (row by row). */
	notes: { n: number; text: string }[];
}

/** A value as a table prints it (without the unit), "reported over 100% …" where suppressed as over, else "no published figure". */
function valueText(o: Pick<Observation, 'value' | 'exceeds'>, dataset: Dataset): string {
	if (o.value !== null) return formatNumber(o.value, dataset.decimals);
	return o.exceeds === undefined ? NO_FIGURE : reportedOverText(o.exceeds, dataset.unit);
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
	const months = [...new Set(icbObservations.map((o) => o.period))].sort(
		(a, b) => monthIndex(a) - monthIndex(b) || (a < b ? -1 : 1),
	);
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
			return {
				period,
				value,
				text:
					value === null && o?.exceeds === undefined
						? undefined
						: valueText(o ?? { value, exceeds: undefined }, dataset),
				note: noteNumber(o?.note),
			};
		}),
	}));
	return { groups, broken: groups.length > 1, rows, notes };
}

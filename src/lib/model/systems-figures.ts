/**
 * An area's monthly virtual ward figures: capacity, beds per 100,000
 * (computed with the one per-100k function of rates.ts and checked against
 * NHS England's published rate) and occupancy, for an ICB or England from the
 * datasets, for an NHS region summed from its ICBs (NHS England publishes no
 * regional figure), and where a run of months on one definition starts.
 * Pure: datasets and systems are passed in.
 */
import type { Dataset, Observation, Series } from '../../schemas/dataset.ts';
import type { System } from '../../schemas/system.ts';
import { monthIndex } from '../format/months.ts';
import { seriesOf } from './datasets.ts';
import { per100k, rateMatches, roundTo } from './rates.ts';

/** A figure as published, with the note that explains it, if any (never printed without it). */
export interface NotedFigure {
	/** null where no figure was published (a suppression or a failed submission: `note` says which). */
	value: number | null;
	note: string | undefined;
	/** Where NHS England suppressed the figure because it was over a value ("100%*"), that value (100). */
	exceeds?: number | undefined;
}

/** A rate per 100,000, computed from capacity and population, with its denominator. */
export interface RateFigure extends NotedFigure {
	/** The rate unrounded, for ranking and sums; null where the count is missing. */
	exact: number | null;
	/** NHS England's published rate for the same month and area, if any. */
	published: number | null;
	/** true when the computed rate, rounded as published, equals the published rate (or none is published). */
	agrees: boolean;
	/** The population the rate is per. */
	population: number;
	/** The series (definition) the month belongs to: who the rate is per. */
	series: Series;
}

/** One month of an area's figures. */
export interface AreaMonth {
	/** YYYY-MM. */
	period: string;
	capacity: NotedFigure;
	rate: RateFigure | undefined;
	occupancy: NotedFigure;
}

/** The three virtual ward datasets an area's figures are read from. */
export interface VirtualWardDatasets {
	capacity: Dataset;
	rate: Dataset;
	occupancy: Dataset;
}

/** An ICB as a region's sum needs it: the ICB, its short name and its months. */
export interface MemberMonths {
	system: System;
	shortName: string;
	months: AreaMonth[];
}

const byMonth = (a: { period: string }, b: { period: string }) => monthIndex(a.period) - monthIndex(b.period);

/** The notes of several figures, each once, joined. */
export function joinNotes(...notes: (string | undefined)[]): string | undefined {
	const distinct = [...new Set(notes.filter((n): n is string => n !== undefined))];
	return distinct.length > 0 ? distinct.join(' ') : undefined;
}

function primary(dataset: Dataset, area: string): Map<string, Observation> {
	return new Map(dataset.observations.filter((o) => o.area === area && !o.secondary).map((o) => [o.period, o]));
}

/**
 * The rate per 100,000 of a count, with its denominator: computed with
 * {@link per100k}, rounded to the published precision, compared with the
 * published figure. undefined when the population is not known.
 */
export function rateFigure(
	count: NotedFigure,
	population: number | undefined,
	series: Series,
	published: Observation | undefined,
	decimals: number,
): RateFigure | undefined {
	if (population === undefined) return undefined;
	const exact = count.value === null ? null : per100k(count.value, population);
	const publishedValue = published?.value ?? null;
	return {
		value: exact === null ? null : roundTo(exact, decimals),
		exact,
		published: publishedValue,
		agrees:
			count.value === null || publishedValue === null || rateMatches(publishedValue, count.value, population, decimals),
		population,
		series,
		note: joinNotes(count.note, published?.note),
	};
}

/** Every month of an area's primary figures, oldest first; `population(series)` gives its denominator. */
export function areaMonths(
	datasets: VirtualWardDatasets,
	area: string,
	population: (series: Series) => number | undefined,
): AreaMonth[] {
	const capacity = primary(datasets.capacity, area);
	const rate = primary(datasets.rate, area);
	const occupancy = primary(datasets.occupancy, area);
	return [...capacity.values()].sort(byMonth).map((c) => {
		const r = rate.get(c.period);
		const o = occupancy.get(c.period);
		const series = r ? seriesOf(datasets.rate, r) : undefined;
		const count = { value: c.value, note: c.note };
		return {
			period: c.period,
			capacity: count,
			rate: series ? rateFigure(count, population(series), series, r, datasets.rate.decimals) : undefined,
			occupancy: {
				value: o?.value ?? null,
				note: o ? o.note : 'No occupancy figure is recorded for this month.',
				exceeds: o?.exceeds,
			},
		};
	});
}

/** An ICB's population on a series' basis. */
export function populationFor(system: System, series: Series): number | undefined {
	return system.populations.find((p) => p.basis === series.populationBasis)?.value;
}

/**
 * A region's months: capacity and population summed from its ICBs' figures,
 * the rate derived from the sums. A month for which an ICB has no figure has
 * no regional figure either (never a partial sum); a noted ICB figure passes
 * its note on, named.
 */
export function regionMonths(members: readonly MemberMonths[], rateDecimals: number): AreaMonth[] {
	const periods = [...new Set(members.flatMap((m) => m.months.map((x) => x.period)))].sort(
		(a, b) => monthIndex(a) - monthIndex(b),
	);
	return periods.map((period) => {
		const rows = members.map((m) => ({ m, month: m.months.find((x) => x.period === period) }));
		const missing = rows.filter((r) => r.month === undefined || r.month.capacity.value === null);
		const noted = rows.filter((r) => r.month?.capacity.note !== undefined || r.month?.rate?.note !== undefined);
		const notes = noted.map((r) => `${r.m.shortName}: ${joinNotes(r.month?.capacity.note, r.month?.rate?.note) ?? ''}`);
		if (missing.length > 0)
			notes.unshift(
				`No regional figure: ${missing.map((r) => r.m.shortName).join(', ')} had no published capacity this month.`,
			);
		const note = notes.length > 0 ? `Summed from ICB figures with notes. ${notes.join(' ')}` : undefined;
		const capacity: NotedFigure = {
			value: missing.length > 0 ? null : rows.reduce((s, r) => s + (r.month?.capacity.value ?? 0), 0),
			note,
		};
		const series = rows.find((r) => r.month?.rate)?.month?.rate?.series;
		const populations = rows.map((r) => (series ? populationFor(r.m.system, series) : undefined));
		const population = populations.every((p): p is number => p !== undefined)
			? populations.reduce((s, p) => s + p, 0)
			: undefined;
		return {
			period,
			capacity,
			rate: series ? rateFigure(capacity, population, series, undefined, rateDecimals) : undefined,
			occupancy: {
				value: null,
				note: 'Not derived: occupancy is published for ICBs only, and some ICB figures are suppressed.',
			},
		};
	});
}

/** Where a month stands in the runs of months on one definition (who the rate is per). */
export interface MonthDefinition {
	/** true when the month's definition differs from the month before's (the table marks it). */
	changed: boolean;
	/** The definition that starts with this month (the first month with a rate, or a change), else undefined. */
	starts: Series | undefined;
}

/** Groups an area's months by definition: for each month, whether a new definition starts there. */
export function monthDefinitions(months: readonly AreaMonth[]): MonthDefinition[] {
	let previous: string | undefined;
	return months.map((m, i) => {
		const series = m.rate?.series;
		const changed = previous !== undefined && series?.id !== previous;
		previous = series?.id;
		return { changed, starts: (i === 0 || changed) && series ? series : undefined };
	});
}

/** The months where the definition changed (the first month of each definition after the first), in order. */
export function definitionChanges(months: readonly AreaMonth[]): { period: string; from: Series; to: Series }[] {
	const out: { period: string; from: Series; to: Series }[] = [];
	let previous: Series | undefined;
	for (const m of months) {
		const series = m.rate?.series;
		if (!series) continue;
		if (previous && series.id !== previous.id) out.push({ period: m.period, from: previous, to: series });
		previous = series;
	}
	return out;
}

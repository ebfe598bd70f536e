/**
 * How ICBs compare: a figure's standing against a goal, ranking with ties,
 * the lists in each order, the map's classes, and the count of ICBs that
 * reached the rate ambition by its deadline. Pure.
 */
import type { Target } from '../../schemas/target.ts';
import type { AreaMonth } from './systems-figures.ts';
import { plural } from '../format/text.ts';
import { roundTo } from './rates.ts';

/** How a rate compares with the ambition's range, or an occupancy with the objective. */
export type Standing = 'below' | 'within' | 'above' | 'met' | 'no-figure';

/** A place in a ranking: competition ranking ("1224"), so tied areas share the best place. */
export interface Rank {
	/** 1 for the highest. */
	position: number;
	/** How many areas share this place (1 when not tied). */
	tied: number;
	/** How many areas were ranked (those with a figure). */
	of: number;
}

/** How a rate compares with a goal range (min-max), or with a single value (met at or above it). */
export function standing(
	value: number | null | undefined,
	goal: { min: number; max?: number | undefined } | undefined,
): Standing {
	if (value === null || value === undefined || !goal) return 'no-figure';
	if (goal.max === undefined) return value >= goal.min ? 'met' : 'below';
	if (value < goal.min) return 'below';
	return value > goal.max ? 'above' : 'within';
}

/**
 * The standing of a figure as published: its value's, or, where NHS England
 * suppressed it as over a value ("100%*"), what being over that value
 * settles (over 100% meets an 80% objective); 'no-figure' when neither.
 */
export function figureStanding(
	figure: { value: number | null; exceeds?: number | undefined } | undefined,
	goal: { min: number; max?: number | undefined } | undefined,
): Standing {
	if (!figure || figure.value !== null || figure.exceeds === undefined || !goal) return standing(figure?.value, goal);
	if (goal.max === undefined) return figure.exceeds >= goal.min ? 'met' : 'no-figure';
	return figure.exceeds >= goal.max ? 'above' : 'no-figure';
}

/** An area to rank: its value, or null with `exceeds` where the figure was suppressed as over that value. */
export interface RankEntry {
	id: string;
	value: number | null | undefined;
	exceeds?: number | undefined;
}

/**
 * Ranks areas from the highest value down with competition ranking: equal
 * values (compared at `decimals` places, as published) share the best
 * place and the next place is skipped ("1, 2, 2, 4"). A figure suppressed
 * as over a value ranks above every figure up to that value, tied with the
 * others over the same value. Areas without a figure are not ranked.
 */
export function rankWithTies(entries: readonly RankEntry[], decimals: number): Map<string, Rank> {
	const ranked = entries
		.flatMap((e) => {
			if (e.value !== null && e.value !== undefined) return [{ id: e.id, key: roundTo(e.value, decimals), over: 0 }];
			return e.exceeds === undefined ? [] : [{ id: e.id, key: e.exceeds, over: 1 }];
		})
		.sort((a, b) => b.key - a.key || b.over - a.over);
	const same = (a: { key: number; over: number }, b: { key: number; over: number }) =>
		a.key === b.key && a.over === b.over;
	const out = new Map<string, Rank>();
	ranked.forEach((e) => {
		const position = ranked.findIndex((x) => same(x, e)) + 1;
		const tied = ranked.filter((x) => same(x, e)).length;
		out.set(e.id, { position, tied, of: ranked.length });
	});
	return out;
}

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "3rd of 42", or with a tie "joint 10th of 42 (tied with 1 other ICB)". */
export function rankText(
	rank: Rank | undefined,
	what: { one: string; many: string } = { one: 'ICB', many: 'ICBs' },
): string {
	if (!rank) return 'not ranked: no figure';
	if (rank.tied === 1) return `${ordinal(rank.position)} of ${rank.of}`;
	const others = rank.tied - 1;
	return `joint ${ordinal(rank.position)} of ${rank.of} (tied with ${plural(others, `other ${what.one}`, `other ${what.many}`)})`;
}

/** The orders a list of ICBs is shown in besides by region. */
export type RankOrder = 'name' | 'rate' | 'occupancy';

/**
 * ICBs in an order: by name as given (the systems' order is by short name),
 * or by rank of rate or occupancy, highest first, ties and unranked by name.
 */
export function inOrder<S extends { shortName: string; rateRank: Rank | undefined; occupancyRank: Rank | undefined }>(
	systems: readonly S[],
	order: RankOrder,
): S[] {
	if (order === 'name') return [...systems];
	const key = (s: S) =>
		(order === 'rate' ? s.rateRank?.position : s.occupancyRank?.position) ?? Number.POSITIVE_INFINITY;
	return [...systems].sort((a, b) => key(a) - key(b) || a.shortName.localeCompare(b.shortName, 'en-GB'));
}

/** A class of beds per 100,000 on the map: from `min` to under `max` (the last has none). */
export interface RateClass {
	min: number;
	max: number | undefined;
}

/**
 * The choropleth's classes of beds per 100,000: the top class is the
 * ambition's lower end (`ambitionFrom`, 40 for 40-50) and above; the others
 * split the spread of ICB figures in 2023-24 (about 10 to 40).
 */
export function rateClasses(ambitionFrom: number): RateClass[] {
	const edges = [0, 15, 20, 30].filter((e) => e < ambitionFrom);
	return [
		...edges.map((min, i) => ({ min, max: edges[i + 1] ?? ambitionFrom })),
		{ min: ambitionFrom, max: undefined },
	];
}

/** The class (0 to the last) of a rate among `classes`, or undefined when there is no figure. */
export function rateClass(value: number | null | undefined, classes: readonly RateClass[]): number | undefined {
	if (value === null || value === undefined) return undefined;
	const i = classes.findIndex((c) => c.max === undefined || value < c.max);
	return i === -1 ? classes.length - 1 : i;
}

/** How the ICBs stood against the rate ambition in one month: how many reached its lower end, and the lowest and highest. */
export interface AmbitionSummary {
	/** YYYY-MM: the ambition's deadline month. */
	period: string;
	/** What the source calls the goal: "ambition". */
	term: string;
	/** The lower end of the ambition, for example 40. */
	threshold: number;
	/** ICBs with a rate for the month. */
	withFigure: number;
	/** ICBs whose rate, as published (rounded), was at or above the threshold, by short name. */
	reached: { name: string; value: number }[];
	/** The lowest and highest rates (all ICBs sharing the value). */
	lowest: { names: string[]; value: number } | undefined;
	highest: { names: string[]; value: number } | undefined;
	/** Who the rates are per, in the month's definition. */
	per: string | undefined;
}

/**
 * Counts, from the data, the ICBs that reached the lower end of the rate
 * ambition in its deadline month (the rate rounded as NHS England publishes
 * it), with the lowest and highest. undefined when the target has no goal or
 * there is no figure for that month.
 */
export function ambitionSummary(
	systems: Iterable<{ shortName: string; months: readonly AreaMonth[] }>,
	target: Target,
	decimals: number,
): AmbitionSummary | undefined {
	if (!target.goal) return undefined;
	const { min } = target.goal;
	const period = target.deadline;
	const rates = [...systems].flatMap((s) => {
		const rate = s.months.find((m) => m.period === period)?.rate;
		return rate && rate.value !== null
			? [{ name: s.shortName, value: roundTo(rate.value, decimals), per: rate.series.per }]
			: [];
	});
	if (rates.length === 0) return undefined;
	const values = rates.map((r) => r.value);
	const extreme = (value: number) => ({ names: rates.filter((r) => r.value === value).map((r) => r.name), value });
	return {
		period,
		term: target.term,
		threshold: min,
		withFigure: rates.length,
		reached: rates
			.filter((r) => r.value >= min)
			.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'en-GB')),
		lowest: extreme(Math.min(...values)),
		highest: extreme(Math.max(...values)),
		per: rates[0]?.per,
	};
}

/** How the ICBs stood against the occupancy objective in one month. */
export interface OccupancySummary {
	/** YYYY-MM. */
	period: string;
	/** What the source calls the goal: "objective". */
	term: string;
	/** The objective, for example 80. */
	threshold: number;
	/** How many ICBs there are. */
	boards: number;
	/** ICBs with a published figure or one reported over a value. */
	withFigure: number;
	/** ICBs at or above the objective, counting those reported over it (suppressed). */
	reached: number;
	/** Of those, the ICBs whose figure NHS England suppressed as over a value, by short name. */
	reportedOver: string[];
	/** The value those figures were reported over (100), if any. */
	exceeds: number | undefined;
}

/**
 * Counts, from the data, the ICBs at or above the occupancy objective in a
 * month, a figure suppressed as over 100% counting as above it. undefined
 * when the target has no goal or no ICB has a figure for the month.
 */
export function occupancySummary(
	systems: Iterable<{ shortName: string; months: readonly AreaMonth[] }>,
	target: Target,
	period: string | undefined,
): OccupancySummary | undefined {
	if (!target.goal || period === undefined) return undefined;
	const goal = target.goal;
	const list = [...systems];
	const figures = list.flatMap((s) => {
		const o = s.months.find((m) => m.period === period)?.occupancy;
		return o && (o.value !== null || o.exceeds !== undefined) ? [{ name: s.shortName, o }] : [];
	});
	if (figures.length === 0) return undefined;
	const met = figures.filter((f) => figureStanding(f.o, goal) === 'met');
	return {
		period,
		term: target.term,
		threshold: goal.min,
		boards: list.length,
		withFigure: figures.length,
		reached: met.length,
		reportedOver: met.filter((f) => f.o.value === null).map((f) => f.name),
		exceeds: met.find((f) => f.o.value === null)?.o.exceeds,
	};
}

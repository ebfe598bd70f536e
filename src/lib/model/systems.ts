/**
 * The domain model of integrated care systems: each ICB's monthly virtual
 * ward figures (capacity, beds per 100,000 computed with the one per-100k
 * function of rates.ts and checked against NHS England's published rate,
 * occupancy), England's and each NHS region's (summed from its ICBs: NHS
 * England publishes no regional figure), status against the 40-50 ambition
 * and the 80% occupancy objective, ranking with ties, and the sentence that
 * says it all in words. Pure: datasets and systems are passed in.
 */
import type { Dataset, Observation, Series } from '../../schemas/dataset.ts';
import type { System } from '../../schemas/system.ts';
import type { Target } from '../../schemas/target.ts';
import { formatMonth } from '../format/dates.ts';
import { monthIndex } from '../format/months.ts';
import { shortIcbName } from './dataset-tables.ts';
import { ENGLAND, formatNumber, seriesOf } from './datasets.ts';
import { per100k, rateMatches, roundTo } from './rates.ts';

/** The datasets the system pages read. */
export const CAPACITY_DATASET = 'vw-capacity';
export const RATE_DATASET = 'vw-beds-per-100k';
export const OCCUPANCY_DATASET = 'vw-occupancy';

/** A figure as published, with the note that explains it, if any (never printed without it). */
export interface NotedFigure {
	/** null where no figure was published (a suppression or a failed submission: `note` says which). */
	value: number | null;
	note: string | undefined;
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

/** How a rate compares with the 40-50 range, or an occupancy with 80%. */
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

/** An ICB with every month of its figures. */
export interface SystemFigures {
	system: System;
	/** "Black Country": the name without "NHS" and "Integrated Care Board". */
	shortName: string;
	months: AreaMonth[];
	/** The month of the latest figures (all ICBs share it), or undefined when there are none. */
	latest: AreaMonth | undefined;
	/** Rank by beds per 100,000 in the latest month, among all ICBs. */
	rateRank: Rank | undefined;
	/** Rank by occupancy in the latest month. */
	occupancyRank: Rank | undefined;
	rateStanding: Standing;
	occupancyStanding: Standing;
}

/** An NHS region: its ICBs and its figures summed from theirs. */
export interface RegionFigures {
	/** The NHS region code, for example "Y60". */
	code: string;
	name: string;
	/** Its ICBs, by short name. */
	systems: SystemFigures[];
	/** Capacity and population summed from the ICBs, the rate derived from them; occupancy is not derived. */
	months: AreaMonth[];
	latest: AreaMonth | undefined;
	rateStanding: Standing;
}

/** What the system and region pages share, computed once per build. */
export interface SystemsData {
	/** The month of the latest ICB figures (YYYY-MM). */
	latestPeriod: string | undefined;
	/** Every ICB, by ODS code, in order of short name. */
	systems: ReadonlyMap<string, SystemFigures>;
	/** The regions, by name. */
	regions: RegionFigures[];
	/** England's figures (primary sources only), for comparison. */
	england: AreaMonth[];
	/** The target the rate is judged against (40-50 per 100,000), if data/targets.json has one. */
	rateTarget: Target | undefined;
	/** The target occupancy is judged against (80%), if any. */
	occupancyTarget: Target | undefined;
	capacity: Dataset;
	rate: Dataset;
	occupancy: Dataset;
}

const byMonth = (a: { period: string }, b: { period: string }) => monthIndex(a.period) - monthIndex(b.period);

/** The notes of several figures, each once, joined. */
function joinNotes(...notes: (string | undefined)[]): string | undefined {
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
	datasets: Pick<SystemsData, 'capacity' | 'rate' | 'occupancy'>,
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
			occupancy: { value: o?.value ?? null, note: o ? o.note : 'No occupancy figure is recorded for this month.' },
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
export function regionMonths(members: readonly SystemFigures[], rateDecimals: number): AreaMonth[] {
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
 * Ranks areas from the highest value down with competition ranking: equal
 * values (compared at `decimals` places, as published) share the best
 * place and the next place is skipped ("1, 2, 2, 4"). Areas without a
 * figure are not ranked.
 */
export function rankWithTies(
	entries: readonly { id: string; value: number | null | undefined }[],
	decimals: number,
): Map<string, Rank> {
	const ranked = entries
		.filter((e): e is { id: string; value: number } => e.value !== null && e.value !== undefined)
		.map((e) => ({ id: e.id, key: roundTo(e.value, decimals) }))
		.sort((a, b) => b.key - a.key);
	const out = new Map<string, Rank>();
	ranked.forEach((e) => {
		const position = ranked.findIndex((x) => x.key === e.key) + 1;
		const tied = ranked.filter((x) => x.key === e.key).length;
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
export function rankText(rank: Rank | undefined): string {
	if (!rank) return 'not ranked: no figure';
	if (rank.tied === 1) return `${ordinal(rank.position)} of ${rank.of}`;
	const others = rank.tied - 1;
	return `joint ${ordinal(rank.position)} of ${rank.of} (tied with ${others} other ICB${others === 1 ? '' : 's'})`;
}

/** The words for a standing against the rate ambition, for example "below the 40-50 ambition". */
export function rateStandingText(s: Standing, goalText: string): string {
	switch (s) {
		case 'below':
			return `below the ${goalText} ambition`;
		case 'within':
			return `within the ${goalText} ambition`;
		case 'above':
			return `above the ${goalText} ambition`;
		case 'met':
			return `at or above ${goalText}`;
		default:
			return 'not known: no figure';
	}
}

/** The words for a standing against the occupancy objective, for example "below the 80% objective". */
export function occupancyStandingText(s: Standing, goalText: string): string {
	if (s === 'met') return `at or above the ${goalText} objective`;
	if (s === 'no-figure') return 'not known: no published figure';
	return `below the ${goalText} objective`;
}

/** Words after a figure that a note explains. */
export const WITH_NOTE = ' (with a note: see the table)';

/**
 * The sentence of a system page: "In July 2024, NHS Black Country Integrated
 * Care Board had 313 virtual ward beds, 24.7 per 100,000 people of all ages
 * registered with a GP, below the 40-50 ambition; occupancy was 77.2%."
 * Missing and noted figures are said as such, never as a number or a 0.
 */
export function systemSentence(
	name: string,
	month: AreaMonth | undefined,
	goals: { rate: string; occupancy: string; rateGoal?: { min: number; max?: number | undefined } | undefined },
): string {
	if (!month) return `No virtual ward figures have been published for ${name}.`;
	const when = formatMonth(month.period);
	const noted = (f: NotedFigure) => (f.note ? WITH_NOTE : '');
	if (month.capacity.value === null)
		return `In ${when}, no virtual ward capacity was published for ${name}${noted(month.capacity)}.`;
	const beds = `${formatNumber(month.capacity.value, 0)} virtual ward bed${month.capacity.value === 1 ? '' : 's'}${noted(month.capacity)}`;
	const rate = month.rate;
	const rateWords =
		rate && rate.value !== null
			? `, ${formatNumber(rate.value, 1)} per 100,000 ${rate.series.per}, ${rateStandingText(standing(rate.value, goals.rateGoal), goals.rate)}`
			: '';
	const occupancy =
		month.occupancy.value === null
			? `no occupancy figure was published${month.occupancy.note ? ' (see the note in the table)' : ''}`
			: `occupancy was ${formatNumber(month.occupancy.value, 1)}%${noted(month.occupancy)}`;
	return `In ${when}, ${name} had ${beds}${rateWords}; ${occupancy}.`;
}

function latestOf(months: readonly AreaMonth[], period: string | undefined): AreaMonth | undefined {
	return period === undefined ? undefined : months.find((m) => m.period === period);
}

/**
 * Computes every ICB's, region's and England's figures once. Throws when a
 * dataset it needs is missing (the content check has already run).
 */
export function buildSystemsData(
	systems: Iterable<System>,
	datasets: ReadonlyMap<string, Dataset>,
	targets: readonly Target[],
): SystemsData {
	const need = (id: string) => {
		const d = datasets.get(id);
		if (!d) throw new Error(`data/datasets/${id}.json is missing: the system pages need it`);
		return d;
	};
	const sets = { capacity: need(CAPACITY_DATASET), rate: need(RATE_DATASET), occupancy: need(OCCUPANCY_DATASET) };
	const rateTarget = targets.find((t) => t.dataset === RATE_DATASET && t.goal);
	const occupancyTarget = targets.find((t) => t.dataset === OCCUPANCY_DATASET && t.goal);
	const list = [...systems]
		.map((system) => ({
			system,
			shortName: shortIcbName(system.name),
			months: areaMonths(sets, system.id, (s) => populationFor(system, s)),
		}))
		.sort((a, b) => a.shortName.localeCompare(b.shortName, 'en-GB'));
	const periods = list.flatMap((s) => s.months.map((m) => m.period)).sort((a, b) => monthIndex(a) - monthIndex(b));
	const latestPeriod = periods.at(-1);
	const rateRanks = rankWithTies(
		list.map((s) => ({ id: s.system.id, value: latestOf(s.months, latestPeriod)?.rate?.value })),
		sets.rate.decimals,
	);
	const occupancyRanks = rankWithTies(
		list.map((s) => ({ id: s.system.id, value: latestOf(s.months, latestPeriod)?.occupancy.value })),
		sets.occupancy.decimals,
	);
	const figures = new Map<string, SystemFigures>(
		list.map((s) => {
			const latest = latestOf(s.months, latestPeriod);
			return [
				s.system.id,
				{
					...s,
					latest,
					rateRank: rateRanks.get(s.system.id),
					occupancyRank: occupancyRanks.get(s.system.id),
					rateStanding: standing(latest?.rate?.value, rateTarget?.goal),
					occupancyStanding: standing(latest?.occupancy.value, occupancyTarget?.goal),
				},
			];
		}),
	);
	const regionNames = [...new Set(list.map((s) => s.system.region))].sort((a, b) => a.localeCompare(b, 'en-GB'));
	const regions = regionNames.map((name): RegionFigures => {
		const members = [...figures.values()].filter((s) => s.system.region === name);
		const months = regionMonths(members, sets.rate.decimals);
		const latest = latestOf(months, latestPeriod);
		return {
			code: members[0]?.system.regionCode ?? '',
			name,
			systems: members,
			months,
			latest,
			rateStanding: standing(latest?.rate?.value, rateTarget?.goal),
		};
	});
	const england = areaMonths(sets, ENGLAND, (s) => s.population?.value);
	return { latestPeriod, systems: figures, regions, england, rateTarget, occupancyTarget, ...sets };
}

/**
 * The choropleth's classes of beds per 100,000, from `min` to under `max`
 * (the last has none): the top class is the 40-50 ambition and above; the
 * others split the spread of ICB figures in 2023-24 (about 10 to 40).
 */
export const RATE_CLASSES: readonly { min: number; max: number | undefined }[] = [
	{ min: 0, max: 15 },
	{ min: 15, max: 20 },
	{ min: 20, max: 30 },
	{ min: 30, max: 40 },
	{ min: 40, max: undefined },
];

/** The class (0-4) of a rate on the map, or undefined when there is no figure. */
export function rateClass(value: number | null | undefined): number | undefined {
	if (value === null || value === undefined) return undefined;
	const i = RATE_CLASSES.findIndex((c) => c.max === undefined || value < c.max);
	return i === -1 ? RATE_CLASSES.length - 1 : i;
}

const names = (list: readonly string[]) =>
	list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;

/**
 * The summary in words: "In December 2023, 4 of the 42 ICBs had 40 or more
 * virtual ward beds per 100,000 adults …: A (51.1), B (50.4), …. The highest
 * was A (51.1) and the lowest B (8.2)."
 */
export function ambitionSentence(s: AmbitionSummary): string {
	const month = formatMonth(s.period);
	const reached = s.reached.length === 0 ? 'none' : `${s.reached.length} of the ${s.withFigure}`;
	const who = s.reached.map((r) => `${r.name} (${formatNumber(r.value, 1)})`);
	const list = who.length > 0 ? `: ${names(who)}` : '';
	const extremes =
		s.highest && s.lowest
			? ` The highest was ${names(s.highest.names)} (${formatNumber(s.highest.value, 1)}) and the lowest ${names(s.lowest.names)} (${formatNumber(s.lowest.value, 1)}).`
			: '';
	return `In ${month}, the ambition's deadline, ${reached} integrated care boards with a published figure had ${formatNumber(s.threshold, 0)} or more virtual ward beds per 100,000${s.per ? ` ${s.per}` : ''}${list}.${extremes}`;
}

/** How the ICBs stood against the rate ambition in one month: how many reached its lower end, and the lowest and highest. */
export interface AmbitionSummary {
	/** YYYY-MM: the ambition's deadline month. */
	period: string;
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
 * it), with the lowest and highest. undefined when there is no rate target
 * or no figure for that month.
 */
export function ambitionSummary(
	data: Pick<SystemsData, 'systems' | 'rateTarget' | 'rate'>,
): AmbitionSummary | undefined {
	const target = data.rateTarget;
	if (!target?.goal) return undefined;
	const { min } = target.goal;
	const period = target.deadline;
	const rates = [...data.systems.values()].flatMap((s) => {
		const rate = s.months.find((m) => m.period === period)?.rate;
		return rate && rate.value !== null
			? [{ name: s.shortName, value: roundTo(rate.value, data.rate.decimals), per: rate.series.per }]
			: [];
	});
	if (rates.length === 0) return undefined;
	const values = rates.map((r) => r.value);
	const extreme = (value: number) => ({ names: rates.filter((r) => r.value === value).map((r) => r.name), value });
	return {
		period,
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

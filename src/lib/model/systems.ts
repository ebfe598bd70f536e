/**
 * The domain model of integrated care systems, computed once per build:
 * each ICB's monthly virtual ward figures (src/lib/model/systems-figures.ts)
 * with its ranks and standings against the rate ambition and the occupancy
 * objective (systems-ranking.ts), each NHS region's summed from its ICBs, and
 * England's for comparison. Pure: systems, datasets and targets are passed in.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { System } from '../../schemas/system.ts';
import type { Goal, Target } from '../../schemas/target.ts';
import { monthIndex } from '../format/months.ts';
import { shortIcbName } from './dataset-tables.ts';
import { ENGLAND } from './datasets.ts';
import {
	areaMonths,
	populationFor,
	regionMonths,
	type AreaMonth,
	type MemberMonths,
	type VirtualWardDatasets,
} from './systems-figures.ts';
import {
	ambitionSummary,
	figureStanding,
	occupancySummary,
	rankWithTies,
	standing,
	type AmbitionSummary,
	type OccupancySummary,
	type Rank,
	type RankEntry,
	type Standing,
} from './systems-ranking.ts';

/** The datasets the system pages read. */
export const CAPACITY_DATASET = 'vw-capacity';
export const RATE_DATASET = 'vw-beds-per-100k';
export const OCCUPANCY_DATASET = 'vw-occupancy';

/** A target with a goal: what the system pages judge figures against. */
export type GoalTarget = Target & { goal: Goal };

/** An ICB with every month of its figures. */
export interface SystemFigures extends MemberMonths {
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
export interface SystemsData extends VirtualWardDatasets {
	/** The month of the latest ICB figures (YYYY-MM). */
	latestPeriod: string | undefined;
	/** Every ICB, by ODS code, in order of short name. */
	systems: ReadonlyMap<string, SystemFigures>;
	/** The regions, by name. */
	regions: RegionFigures[];
	/** England's figures (primary sources only), for comparison. */
	england: AreaMonth[];
	/** The target the rate is judged against (the 40-50 per 100,000 ambition in data/targets.json). */
	rateTarget: GoalTarget;
	/** The target occupancy is judged against (the 80% objective). */
	occupancyTarget: GoalTarget;
	/** How many ICBs reached the rate ambition's lower end in its deadline month, if there are figures for it. */
	ambition: AmbitionSummary | undefined;
	/** How many ICBs were at or above the occupancy objective in the latest month (over 100% counted as above). */
	occupancyCount: OccupancySummary | undefined;
}

/** Whether the datasets the system pages need are all there. */
export function hasSystemsDatasets(datasets: ReadonlyMap<string, Dataset>): boolean {
	return [CAPACITY_DATASET, RATE_DATASET, OCCUPANCY_DATASET].every((id) => datasets.has(id));
}

function latestOf(months: readonly AreaMonth[], period: string | undefined): AreaMonth | undefined {
	return period === undefined ? undefined : months.find((m) => m.period === period);
}

function needDataset(datasets: ReadonlyMap<string, Dataset>, id: string): Dataset {
	const d = datasets.get(id);
	if (!d) throw new Error(`data/datasets/${id}.json is missing: the system pages need it`);
	return d;
}

function needTarget(targets: readonly Target[], dataset: string): GoalTarget {
	const t = targets.find((x): x is GoalTarget => x.dataset === dataset && x.goal !== undefined);
	if (!t)
		throw new Error(
			`data/targets.json has no target with a goal measured by "${dataset}": the system pages judge against it`,
		);
	return t;
}

/** Every ICB's figures and ranks, in order of short name, by ODS code. */
function systemFigures(
	systems: Iterable<System>,
	sets: VirtualWardDatasets,
	goals: { rate: Target; occupancy: Target },
): { figures: Map<string, SystemFigures>; latestPeriod: string | undefined } {
	const list = [...systems]
		.map((system) => ({
			system,
			shortName: shortIcbName(system.name),
			months: areaMonths(sets, system.id, (s) => populationFor(system, s)),
		}))
		.sort((a, b) => a.shortName.localeCompare(b.shortName, 'en-GB'));
	const periods = list.flatMap((s) => s.months.map((m) => m.period)).sort((a, b) => monthIndex(a) - monthIndex(b));
	const latestPeriod = periods.at(-1);
	const rank = (entry: (m: AreaMonth | undefined) => Omit<RankEntry, 'id'>, decimals: number) =>
		rankWithTies(
			list.map((s) => ({ id: s.system.id, ...entry(latestOf(s.months, latestPeriod)) })),
			decimals,
		);
	const rateRanks = rank((m) => ({ value: m?.rate?.value }), sets.rate.decimals);
	const occupancyRanks = rank(
		(m) => ({ value: m?.occupancy.value, exceeds: m?.occupancy.exceeds }),
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
					rateStanding: standing(latest?.rate?.value, goals.rate.goal),
					occupancyStanding: figureStanding(latest?.occupancy, goals.occupancy.goal),
				},
			];
		}),
	);
	return { figures, latestPeriod };
}

/** The regions, by name, each with its ICBs and its figures summed from theirs. */
function regionFigures(
	figures: ReadonlyMap<string, SystemFigures>,
	latestPeriod: string | undefined,
	rateDecimals: number,
	rateTarget: Target,
): RegionFigures[] {
	const all = [...figures.values()];
	const names = [...new Set(all.map((s) => s.system.region))].sort((a, b) => a.localeCompare(b, 'en-GB'));
	return names.map((name) => {
		const members = all.filter((s) => s.system.region === name);
		const months = regionMonths(members, rateDecimals);
		const latest = latestOf(months, latestPeriod);
		return {
			code: members[0]?.system.regionCode ?? '',
			name,
			systems: members,
			months,
			latest,
			rateStanding: standing(latest?.rate?.value, rateTarget.goal),
		};
	});
}

/**
 * Computes every ICB's, region's and England's figures once. Throws when a
 * dataset or target it needs is missing (the content check has already run).
 */
export function buildSystemsData(
	systems: Iterable<System>,
	datasets: ReadonlyMap<string, Dataset>,
	targets: readonly Target[],
): SystemsData {
	const sets = {
		capacity: needDataset(datasets, CAPACITY_DATASET),
		rate: needDataset(datasets, RATE_DATASET),
		occupancy: needDataset(datasets, OCCUPANCY_DATASET),
	};
	const rateTarget = needTarget(targets, RATE_DATASET);
	const occupancyTarget = needTarget(targets, OCCUPANCY_DATASET);
	const { figures, latestPeriod } = systemFigures(systems, sets, { rate: rateTarget, occupancy: occupancyTarget });
	return {
		latestPeriod,
		systems: figures,
		regions: regionFigures(figures, latestPeriod, sets.rate.decimals, rateTarget),
		england: areaMonths(sets, ENGLAND, (s) => s.population?.value),
		rateTarget,
		occupancyTarget,
		ambition: ambitionSummary(figures.values(), rateTarget, sets.rate.decimals),
		occupancyCount: occupancySummary(figures.values(), occupancyTarget, latestPeriod),
		...sets,
	};
}

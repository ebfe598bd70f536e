/**
 * The systems feature in words: the goals and deadlines as the targets and
 * datasets give them ("40-50", "40 to 50", "80%", "December 2023"), standings,
 * ranks' sentences, the sentence of an ICB, how many ICBs reached the
 * ambition, how the rates were checked, the groups of months by definition,
 * and what a system's chart shows. Pure.
 */
import type { Dataset, Series } from '../../schemas/dataset.ts';
import type { System } from '../../schemas/system.ts';
import type { Target } from '../../schemas/target.ts';
import { formatDate, formatMonth } from '../format/dates.ts';
import { formatNumber, reportedOverText } from './datasets.ts';
import { goalText } from './progress.ts';
import { definitionChanges, type AreaMonth, type NotedFigure } from './systems-figures.ts';
import { standing, type AmbitionSummary, type OccupancySummary, type Standing } from './systems-ranking.ts';
import type { SystemFigures, SystemsData } from './systems.ts';

/** A target's goal and deadline in words, from data/targets.json and the dataset that measures it. */
export interface GoalWords {
	/** "40-50", "80%". */
	goal: string;
	/** The goal as prose writes it: "40 to 50", "80%". */
	inProse: string;
	/** What the source calls it: "ambition", "objective". */
	term: string;
	/** The deadline month: "December 2023". */
	deadline: string;
	/** The unit of the goal: "beds per 100,000 population", "%". */
	unit: string;
}

/** The goals the system pages judge against, in words. */
export interface SystemsGoals {
	rate: GoalWords;
	occupancy: GoalWords;
	/** How many ICBs there are: "42". */
	boards: string;
}

/** A target's goal and deadline in words. */
export function goalWords(target: Target, dataset: Dataset): GoalWords {
	return {
		goal: goalText(target, dataset),
		inProse: goalText(target, dataset, ' to '),
		term: target.term,
		deadline: formatMonth(target.deadline),
		unit: target.unit,
	};
}

const goalsOf = new WeakMap<SystemsData, SystemsGoals>();

/** The goals of the rate and occupancy targets in words, and the number of ICBs: worked out once per SystemsData. */
export function systemsGoals(data: SystemsData): SystemsGoals {
	let goals = goalsOf.get(data);
	if (!goals) {
		goals = {
			rate: goalWords(data.rateTarget, data.rate),
			occupancy: goalWords(data.occupancyTarget, data.occupancy),
			boards: String(data.systems.size),
		};
		goalsOf.set(data, goals);
	}
	return goals;
}

/** The words for a standing against the rate ambition, for example "below the 40-50 ambition". */
export function rateStandingText(s: Standing, rate: Pick<GoalWords, 'goal' | 'term'>): string {
	switch (s) {
		case 'below':
			return `below the ${rate.goal} ${rate.term}`;
		case 'within':
			return `within the ${rate.goal} ${rate.term}`;
		case 'above':
			return `above the ${rate.goal} ${rate.term}`;
		case 'met':
			return `at or above ${rate.goal}`;
		default:
			return 'not known: no figure';
	}
}

/** The words for a standing against the occupancy objective, for example "below the 80% objective". */
export function occupancyStandingText(s: Standing, occupancy: Pick<GoalWords, 'goal' | 'term'>): string {
	if (s === 'met') return `at or above the ${occupancy.goal} ${occupancy.term}`;
	if (s === 'no-figure') return 'not known: no published figure';
	return `below the ${occupancy.goal} ${occupancy.term}`;
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
	rate: Pick<GoalWords, 'goal' | 'term'> & { range: Target['goal'] },
): string {
	if (!month) return `No virtual ward figures have been published for ${name}.`;
	const when = formatMonth(month.period);
	const noted = (f: NotedFigure) => (f.note ? WITH_NOTE : '');
	if (month.capacity.value === null)
		return `In ${when}, no virtual ward capacity was published for ${name}${noted(month.capacity)}.`;
	const beds = `${formatNumber(month.capacity.value, 0)} virtual ward bed${month.capacity.value === 1 ? '' : 's'}${noted(month.capacity)}`;
	const r = month.rate;
	const rateWords =
		r && r.value !== null
			? `, ${formatNumber(r.value, 1)} per 100,000 ${r.series.per}, ${rateStandingText(standing(r.value, rate.range), rate)}`
			: '';
	const occupancy = occupancyClause(month.occupancy, noted);
	return `In ${when}, ${name} had ${beds}${rateWords}; ${occupancy}.`;
}

function occupancyClause(o: NotedFigure, noted: (f: NotedFigure) => string): string {
	if (o.value !== null) return `occupancy was ${formatNumber(o.value, 1)}%${noted(o)}`;
	if (o.exceeds !== undefined) return `occupancy was ${reportedOverText(o.exceeds, '%')}`;
	return `no occupancy figure was published${o.note ? ' (see the note in the table)' : ''}`;
}

/** The sentence of an ICB's page, against the site's rate target. */
export function systemSentenceOf(s: SystemFigures, data: SystemsData): string {
	return systemSentence(s.system.name, s.latest, { ...systemsGoals(data).rate, range: data.rateTarget.goal });
}

const names = (list: readonly string[]) =>
	list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;

/** Names that may contain "and" themselves, listed with semicolons: "Frimley; Mid and South Essex; and Suffolk and North East Essex". */
const namesBySemicolon = (list: readonly string[]) =>
	list.length <= 2 ? list.join(' and ') : `${list.slice(0, -1).join('; ')}; and ${list.at(-1) ?? ''}`;

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
	return `In ${month}, the ${s.term}'s deadline, ${reached} integrated care boards with a published figure had ${formatNumber(s.threshold, 0)} or more virtual ward beds per 100,000${s.per ? ` ${s.per}` : ''}${list}.${extremes}`;
}

/** The title of the list of ICBs (the route stays /systems/): the table is of boards. */
export const SYSTEMS_TITLE = 'Integrated care boards';

/**
 * "In July 2024, 18 of the 42 integrated care boards had occupancy at or
 * above the 80% objective, including 5 reported over 100%: A, B …"
 */
export function occupancyCountSentence(s: OccupancySummary): string {
	const over = s.reportedOver.length;
	const including =
		over === 0 || s.exceeds === undefined
			? ''
			: `, including ${over} ${reportedOverText(s.exceeds, '%')}: ${namesBySemicolon(s.reportedOver)}`;
	const without = s.boards - s.withFigure;
	const missing = without === 0 ? '' : ` ${without} had no published figure.`;
	return `In ${formatMonth(s.period)}, ${s.reached} of the ${s.boards} integrated care boards had occupancy at or above the ${formatNumber(s.threshold, 0)}% ${s.term}${including}.${missing}`;
}

/** How the rates were computed and checked, in one sentence. */
export function rateCheckText(months: readonly AreaMonth[]): string {
	const checked = months.filter((m) => m.rate && m.rate.published !== null && m.rate.value !== null);
	const disagree = checked.filter((m) => m.rate && !m.rate.agrees);
	const base =
		"Beds per 100,000 are computed here from each board's capacity and its GP-registered population in the month's definition";
	if (checked.length === 0) return `${base}; NHS England publishes no rate to check them against.`;
	if (disagree.length === 0) return `${base} and agree with every rate NHS England published for the same months.`;
	return `${base}; ${disagree.length} of ${checked.length} differ from NHS England's published rate: ${disagree.map((m) => formatMonth(m.period)).join(', ')}.`;
}

/** "Figures for July 2024, from NHS England's monthly virtual ward statistics as imported on 25 November 2026." */
export function asOfText(data: Pick<SystemsData, 'latestPeriod' | 'capacity'>): string {
	const month = data.latestPeriod ? formatMonth(data.latestPeriod) : 'no month';
	return `Figures for ${month}, from NHS England's monthly virtual ward statistics as imported on ${formatDate(data.capacity.asOf)}.`;
}

/**
 * The heading of a run of months on one definition, with the ICB's
 * population on its basis: "Beds per 100,000 adults aged 16 and over
 * registered with a GP (1,054,212 people, April 2023)", or after a change
 * "Definition changed in April 2024: from here, beds per 100,000 …".
 */
export function definitionHeading(
	period: string,
	series: Series,
	changed: boolean,
	population: { value: number; month: string } | undefined,
): string {
	const people = population ? ` (${formatNumber(population.value, 0)} people, ${formatMonth(population.month)})` : '';
	return `${changed ? `Definition changed in ${formatMonth(period)}: from here, b` : 'B'}eds per 100,000 ${series.per}${people}`;
}

/** An ICB's populations, each with who it counts and its month: "1,054,212 adults aged 16 and over registered with a GP (April 2023); …". */
export function populationsText(system: System, rate: Dataset): string {
	return system.populations
		.map((p) => {
			const series = rate.series?.find((x) => x.populationBasis === p.basis);
			return `${formatNumber(p.value, 0)} ${series ? series.per : p.basis} (${formatMonth(p.month)})`;
		})
		.join('; ');
}

/** Two `per` phrases without the words they end with in common: "adults aged 16 and over", "people of all ages". */
export function distinctPers(a: string, b: string): [string, string] {
	const x = a.split(' ');
	const y = b.split(' ');
	let common = 0;
	while (common < Math.min(x.length, y.length) - 1 && x[x.length - 1 - common] === y[y.length - 1 - common])
		common += 1;
	return [x.slice(0, x.length - common).join(' '), y.slice(0, y.length - common).join(' ')];
}

/** What a system's chart shows, in words: its caption, its text alternative and its key. */
export interface SystemChartWords {
	caption: string;
	alt: string;
	key: string;
}

/**
 * The rate within each definition, never across a change: "per 100,000 adults aged 16 and over, from 53.3 in July
 * 2023 to 55.0 in March 2024; per 100,000 people of all ages, from 40.1 in April 2024 to 41.6 in July 2024".
 */
export function rateBySeries(months: readonly AreaMonth[], decimals: number): string {
	const runs: { series: Series; months: AreaMonth[] }[] = [];
	for (const m of months) {
		if (m.rate?.value == null) continue;
		const run = runs.at(-1);
		if (run && run.series.id === m.rate.series.id) run.months.push(m);
		else runs.push({ series: m.rate.series, months: [m] });
	}
	const at = (m: AreaMonth) => `${formatNumber(m.rate?.value ?? 0, decimals)} in ${formatMonth(m.period)}`;
	return runs
		.map(({ series, months: ms }) => {
			const first = ms[0] as AreaMonth;
			const last = ms.at(-1) as AreaMonth;
			return `per 100,000 ${series.per}, ${first === last ? at(first) : `from ${at(first)} to ${at(last)}`}`;
		})
		.join('; ');
}

/** Capacity over the months, which a change of the rate's denominator does not touch: "from 420 beds in July 2023 to 433 beds in July 2024". */
export function capacityChange(months: readonly AreaMonth[]): string | undefined {
	const counted = months.filter((m) => m.capacity.value !== null);
	const first = counted[0];
	const last = counted.at(-1);
	if (!first || !last) return undefined;
	const at = (m: AreaMonth) => `${formatNumber(m.capacity.value ?? 0, 0)} beds in ${formatMonth(m.period)}`;
	return first === last ? at(first) : `from ${at(first)} to ${at(last)}`;
}

/** The caption, text alternative and key of an ICB's chart against England and the rate ambition; the rate is described within each definition. */
export function systemChartWords(s: SystemFigures, data: SystemsData): SystemChartWords {
	const rate = systemsGoals(data).rate;
	const month = s.latest ? formatMonth(s.latest.period) : 'no month';
	const first = s.months[0];
	const rates = rateBySeries(s.months, data.rate.decimals);
	const capacity = capacityChange(s.months);
	const change = definitionChanges(s.months)[0];
	const [from, to] = change ? distinctPers(change.from.per, change.to.per) : ['', ''];
	const when = change ? formatMonth(change.period) : '';
	return {
		caption: `Virtual ward beds per 100,000, ${s.shortName} and England, ${first ? formatMonth(first.period) : ''} to ${month}, with the ${rate.goal} ${rate.term}`,
		alt: `Line chart of beds per 100,000 for ${s.shortName} and England, with the ${rate.goal} ${rate.term} shaded. ${s.shortName}: ${rates || 'no figure'}.${capacity ? ` Its capacity ${capacity.startsWith('from') ? 'went' : 'was'} ${capacity}.` : ''}${change ? ` The lines break in ${when}, when the denominator changed from ${from} to ${to}.` : ''}`,
		key: `Solid lines: this ICB; dashed grey lines: England.${change ? ` The lines are not joined where the definition changed (${when}): figures before are per 100,000 ${from}, after per 100,000 ${to}.` : ''} The shaded band is the ${rate.goal} ${rate.term}; the dashed vertical line its ${rate.deadline} deadline.`,
	};
}

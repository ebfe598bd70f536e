/**
 * The status of a target, computed from its goal, deadline and the figures
 * that measure it, as of the data's own "as of" date (never the build
 * machine's clock, so the same data always gives the same status).
 *
 * The rules are written once, in {@link STATUS_RULES}, and the targets page
 * prints them, so what the page says is what the code does.
 */
import type { Goal } from '../../schemas/target.ts';
import type { Direction } from '../../schemas/target.ts';
import { addMonths, comparePeriods, isYearPeriod, monthIndex, monthOf, periodSpan } from '../format/months.ts';

export const STATUSES = ['met', 'on-track', 'at-risk', 'missed', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];

/** How each status is shown: the tag's words and NHS.UK tag colour. */
export const STATUS_LABELS: Record<Status, { text: string; colour: 'green' | 'blue' | 'orange' | 'red' | 'grey' }> = {
	met: { text: 'Met', colour: 'green' },
	'on-track': { text: 'On track', colour: 'blue' },
	'at-risk': { text: 'At risk', colour: 'orange' },
	missed: { text: 'Missed', colour: 'red' },
	'no-data': { text: 'No data', colour: 'grey' },
};

/** How many months before the deadline a figure may be and still count as "at the deadline" (the deadline month and the 2 before it). */
export const DEADLINE_WINDOW_MONTHS = 3;
/** How many of the latest figures of the latest series the trend is fitted to. */
export const TREND_POINTS = 6;

/** The rule for each status, in plain English, as printed on the targets page. */
export const STATUS_RULES: { status: Status; rule: string }[] = [
	{
		status: 'met',
		rule: `The deadline has passed and the last figure published for the deadline month or the ${DEADLINE_WINDOW_MONTHS - 1} months before it reached the goal.`,
	},
	{
		status: 'missed',
		rule: `The deadline has passed and that figure did not reach the goal; or there is no figure near the deadline and the first figure after it is still short of the goal. A figure whose source gives only its year, not its month, counts as after the deadline when the whole year is.`,
	},
	{
		status: 'on-track',
		rule: `The deadline has not passed and either the latest figure already reaches the goal, or the trend of the latest ${TREND_POINTS} figures (a straight line fitted through them, never across a change of definition) reaches it by the deadline.`,
	},
	{
		status: 'at-risk',
		rule: 'The deadline has not passed, the latest figure is short of the goal, and the trend does not reach it by the deadline, or there is only one figure so there is no trend.',
	},
	{
		status: 'no-data',
		rule: 'The target has no measurable goal or no published figures, or the deadline has passed with no figure near it to judge by.',
	},
];

/** One figure, as the status rules need it. */
export interface StatusObservation {
	/** YYYY-MM or YYYY-MM-DD; or YYYY when the source states no month (judged as any month of that year). */
	period: string;
	/** null where no figure was published; ignored. */
	value: number | null;
	/** The series (definition) the value belongs to; trends never cross series. */
	series?: string | undefined;
}

export interface StatusInput {
	goal: Goal | undefined;
	direction: Direction;
	/** The deadline month, YYYY-MM: the goal is due by the end of it. */
	deadline: string;
	/** The data's "as of" date, YYYY-MM-DD: what was known then. */
	asOf: string;
	/** The figures for the area the target is about (England for national targets). */
	observations: readonly StatusObservation[];
}

export interface JudgedFigure {
	period: string;
	value: number;
	series?: string | undefined;
}

export interface StatusResult {
	status: Status;
	/** Why, in one sentence (without the figures' units). */
	reason: string;
	/** The latest figure known at the as-of date. */
	latest?: JudgedFigure | undefined;
	/** The figure the status was judged on: at the deadline once it has passed, otherwise the latest. */
	judged?: JudgedFigure | undefined;
	/** Before the deadline: the trend's value at the deadline, if there is a trend. */
	projected?: number | undefined;
	/** Whether the deadline had passed at the as-of date. */
	deadlinePassed: boolean;
}

/** Whether `value` reaches `goal` in the given direction. */
export function reaches(value: number, goal: Goal, direction: Direction): boolean {
	switch (direction) {
		case 'increase':
			return value >= goal.min;
		case 'decrease':
			return value <= (goal.max ?? goal.min);
		case 'within':
			return value >= goal.min && value <= (goal.max ?? goal.min);
	}
}

/** Where a value stands against a goal, in words: "below", "within", "above" or "at". */
export function comparedWithGoal(value: number, goal: Goal): 'below' | 'within' | 'above' | 'at' {
	if (goal.max === undefined || goal.max === goal.min) {
		if (value === goal.min) return 'at';
		return value < goal.min ? 'below' : 'above';
	}
	if (value < goal.min) return 'below';
	if (value > goal.max) return 'above';
	return 'within';
}

/** Least-squares slope (per month) of the figures, by month. */
export function trendSlope(figures: readonly JudgedFigure[]): number | undefined {
	if (figures.length < 2) return undefined;
	const xs = figures.map((f) => monthIndex(f.period));
	const ys = figures.map((f) => f.value);
	const n = xs.length;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let num = 0;
	let den = 0;
	for (let i = 0; i < n; i++) {
		const dx = (xs[i] as number) - mx;
		num += dx * ((ys[i] as number) - my);
		den += dx * dx;
	}
	return den === 0 ? undefined : num / den;
}

/** Computes the status of a target; see {@link STATUS_RULES}. */
export function computeStatus(input: StatusInput): StatusResult {
	const asOfMonth = monthOf(input.asOf);
	const deadlinePassed = monthIndex(asOfMonth) > monthIndex(input.deadline);
	const figures: JudgedFigure[] = input.observations
		.filter(
			(o): o is StatusObservation & { value: number } =>
				o.value !== null && periodSpan(o.period).first <= monthIndex(asOfMonth),
		)
		.map((o) => ({ period: o.period, value: o.value, series: o.series }))
		.sort((a, b) => comparePeriods(a.period, b.period));
	const latest = figures.at(-1);
	const { goal, direction } = input;

	if (!goal) return { status: 'no-data', reason: 'the target has no measurable goal', latest, deadlinePassed };
	if (!latest) return { status: 'no-data', reason: 'no figures have been published', deadlinePassed };

	if (deadlinePassed) {
		const windowStart = monthIndex(addMonths(input.deadline, -(DEADLINE_WINDOW_MONTHS - 1)));
		const deadline = monthIndex(input.deadline);
		// A year without its month counts as at the deadline only if the whole year lies in the window (it never does).
		const atDeadline = figures
			.filter((f) => periodSpan(f.period).first >= windowStart && periodSpan(f.period).last <= deadline)
			.at(-1);
		if (atDeadline) {
			const ok = reaches(atDeadline.value, goal, direction);
			return {
				status: ok ? 'met' : 'missed',
				reason: ok
					? 'the figure at the deadline reached the goal'
					: 'the figure at the deadline did not reach the goal',
				latest,
				judged: atDeadline,
				deadlinePassed,
			};
		}
		// A year without its month is after the deadline only if all of it is.
		const after = figures.find((f) => periodSpan(f.period).first > deadline);
		if (after && !reaches(after.value, goal, direction)) {
			return {
				status: 'missed',
				reason: 'the first figure after the deadline was still short of the goal',
				latest,
				judged: after,
				deadlinePassed,
			};
		}
		return { status: 'no-data', reason: 'no figure was published near the deadline', latest, deadlinePassed };
	}

	if (reaches(latest.value, goal, direction)) {
		return {
			status: 'on-track',
			reason: 'the latest figure already reaches the goal',
			latest,
			judged: latest,
			deadlinePassed,
		};
	}
	// A trend is fitted to months: a year without its month has no place on it.
	const series = figures.filter((f) => f.series === latest.series && !isYearPeriod(f.period)).slice(-TREND_POINTS);
	const slope = trendSlope(series);
	if (slope === undefined) {
		return {
			status: 'at-risk',
			reason: 'the latest figure is short of the goal and there is no trend yet',
			latest,
			judged: latest,
			deadlinePassed,
		};
	}
	const projected = latest.value + slope * (monthIndex(input.deadline) - periodSpan(latest.period).last);
	const ok = reaches(projected, goal, direction);
	return {
		status: ok ? 'on-track' : 'at-risk',
		reason: ok ? 'the trend reaches the goal by the deadline' : 'the trend does not reach the goal by the deadline',
		latest,
		judged: latest,
		projected,
		deadlinePassed,
	};
}

/**
 * An ICB's standing at each deadline, for the opening of its page: the rate
 * at the ambition's deadline (40 to 50 per 100,000, December 2023), occupancy
 * at the objective's (80%, September 2023), each judged on the last figure
 * published for the deadline month or the months before it that the status
 * rules allow (status.ts's window), and its latest month; with the notes of
 * every month shown (a suppression, a failed submission) said beside it.
 * Goals, terms and deadlines come from the targets. Pure.
 */
import { formatMonth } from '../format/dates.ts';
import { addMonths, monthIndex } from '../format/months.ts';
import { formatNumber, reportedOverText } from './datasets.ts';
import { DEADLINE_WINDOW_MONTHS } from './status.ts';
import type { AreaMonth, NotedFigure } from './systems-figures.ts';
import { figureStanding, standing, type Standing } from './systems-ranking.ts';
import { occupancyStandingText, rateStandingText, systemsGoals, type GoalWords } from './systems-wording.ts';
import type { GoalTarget, SystemFigures, SystemsData } from './systems.ts';

/** One line of an ICB page's opening: what is judged, the figure and its standing, and the notes of the months shown. */
export interface DeadlineStanding {
	/** 'rate' and 'occupancy' at their deadlines; 'latest' the latest month. */
	kind: 'rate' | 'occupancy' | 'latest';
	/** "Ambition of 40 to 50 per 100,000 by December 2023". */
	label: string;
	/** "51.1 per 100,000 adults aged 16 and over in December 2023, within the 40-50 ambition". */
	text: string;
	/** The standing judged (the rate's, for the latest month). */
	standing: Standing;
	/** Each figure shown with its own standing (two for the latest month: the rate and occupancy), for tags. */
	figures: JudgedText[];
	/** The month judged, if any had a figure. */
	period: string | undefined;
	/** What the notes of the months shown say, each once, with its month. */
	notes: string[];
}

/** A figure in words ("51.1 per 100,000 … in December 2023") and how it stands against its goal. */
export interface JudgedText {
	measure: 'rate' | 'occupancy';
	figure: string;
	standing: Standing;
}

type Measure = (m: AreaMonth) => NotedFigure | undefined;

const rateOf: Measure = (m) => m.rate;
const occupancyOf: Measure = (m) => m.occupancy;

/** "In January 2024: <note>" for each noted figure of the months, each note once. */
function notesOf(months: readonly AreaMonth[], measures: readonly Measure[]): string[] {
	const out: string[] = [];
	for (const m of months)
		for (const note of new Set(measures.map((f) => f(m)?.note).filter((n): n is string => n !== undefined))) {
			const line = `${formatMonth(m.period)}: ${note}`;
			if (!out.includes(line)) out.push(line);
		}
	return out;
}

/** The months of the status rules' window for a deadline, oldest first: the deadline month and the ones before it. */
function windowMonths(months: readonly AreaMonth[], deadline: string): AreaMonth[] {
	const from = monthIndex(addMonths(deadline, -(DEADLINE_WINDOW_MONTHS - 1)));
	const to = monthIndex(deadline);
	return months.filter((m) => monthIndex(m.period) >= from && monthIndex(m.period) <= to);
}

/** The standing at a target's deadline, judged on the last figure of the window. */
function atDeadline(
	kind: 'rate' | 'occupancy',
	s: SystemFigures,
	target: GoalTarget,
	words: GoalWords,
	decimals: number,
): DeadlineStanding {
	const measure = kind === 'rate' ? rateOf : occupancyOf;
	const inWindow = windowMonths(s.months, target.deadline);
	const judged = inWindow.filter((m) => measure(m)?.value != null).at(-1);
	const label = `${words.term.charAt(0).toUpperCase()}${words.term.slice(1)} of ${kind === 'rate' ? `${words.inProse} per 100,000` : `${words.goal} occupancy`} by ${words.deadline}`;
	const shown = judged ? inWindow.filter((m) => monthIndex(m.period) >= monthIndex(judged.period)) : inWindow;
	const notes = notesOf(shown, [measure, ...(kind === 'rate' ? [(m: AreaMonth) => m.capacity] : [])]);
	const value = judged ? measure(judged)?.value : undefined;
	// A month NHS England suppressed as over 100% ("100%*") is reported over the goal, not missing.
	const over = inWindow.filter((m) => measure(m)?.exceeds !== undefined).at(-1);
	if (kind === 'occupancy' && over && (!judged || monthIndex(over.period) > monthIndex(judged.period))) {
		const figure = `${reportedOverText(over.occupancy.exceeds ?? 100, '%')} in ${formatMonth(over.period)}`;
		const st = figureStanding({ value: null, exceeds: over.occupancy.exceeds }, target.goal);
		return {
			kind,
			label,
			text: `${figure}, ${occupancyStandingText(st, words)}`,
			standing: st,
			figures: [{ measure: kind, figure, standing: st }],
			period: over.period,
			notes: notesOf([over], [measure]),
		};
	}
	if (!judged || value == null) {
		const figure = `no published figure for ${words.deadline} or the ${DEADLINE_WINDOW_MONTHS - 1} months before`;
		return {
			kind,
			label,
			text: figure,
			standing: 'no-figure',
			figures: [{ measure: kind, figure, standing: 'no-figure' }],
			period: undefined,
			notes,
		};
	}
	const st = standing(value, target.goal);
	const when = formatMonth(judged.period);
	const late = judged.period === target.deadline ? '' : ` (no figure was published for ${words.deadline})`;
	const figure =
		kind === 'rate'
			? `${formatNumber(value, decimals)} per 100,000 ${judged.rate?.series.per ?? ''} in ${when}${late}`
			: `${formatNumber(value, decimals)}% in ${when}${late}`;
	const text = `${figure}, ${kind === 'rate' ? rateStandingText(st, words) : occupancyStandingText(st, words)}`;
	return {
		kind,
		label,
		text,
		standing: st,
		figures: [{ measure: kind, figure, standing: st }],
		period: judged.period,
		notes,
	};
}

/** The latest month's rate and occupancy with their standings, and the month's notes. */
function latestStanding(s: SystemFigures, data: SystemsData): DeadlineStanding {
	const goals = systemsGoals(data);
	const m = s.latest;
	const label = m ? `Latest month, ${formatMonth(m.period)}` : 'Latest month';
	if (!m)
		return {
			kind: 'latest',
			label,
			text: 'no figures published',
			standing: 'no-figure',
			figures: [],
			period: undefined,
			notes: [],
		};
	const rate =
		m.rate?.value != null
			? `${formatNumber(m.rate.value, data.rate.decimals)} per 100,000 ${m.rate.series.per}`
			: 'no published rate';
	const { exceeds } = m.occupancy;
	const occupancy =
		m.occupancy.value !== null
			? `occupancy ${formatNumber(m.occupancy.value, data.occupancy.decimals)}%`
			: exceeds !== undefined
				? `occupancy ${reportedOverText(exceeds, '%')}`
				: 'no published occupancy figure';
	const rateWords = m.rate?.value != null ? `, ${rateStandingText(s.rateStanding, goals.rate)}` : '';
	const occupancyWords =
		m.occupancy.value !== null || exceeds !== undefined
			? `, ${occupancyStandingText(s.occupancyStanding, goals.occupancy)}`
			: '';
	return {
		kind: 'latest',
		label,
		text: `${rate}${rateWords}; ${occupancy}${occupancyWords}`,
		standing: s.rateStanding,
		figures: [
			{ measure: 'rate', figure: rate, standing: s.rateStanding },
			{ measure: 'occupancy', figure: occupancy, standing: s.occupancyStanding },
		],
		period: m.period,
		notes: notesOf([m], [(x) => x.capacity, rateOf, occupancyOf]),
	};
}

/** An ICB's opening: its standing at the rate ambition's deadline, at the occupancy objective's, and in its latest month. */
export function deadlineStandings(s: SystemFigures, data: SystemsData): DeadlineStanding[] {
	const goals = systemsGoals(data);
	return [
		atDeadline('rate', s, data.rateTarget, goals.rate, data.rate.decimals),
		atDeadline('occupancy', s, data.occupancyTarget, goals.occupancy, data.occupancy.decimals),
		latestStanding(s, data),
	];
}

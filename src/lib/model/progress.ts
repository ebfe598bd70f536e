/**
 * The page model for progress: each target's computed status and the words
 * that describe it, and the summary of a dataset's England figures (the
 * charts that show them are specified in charts.ts). Pure: targets and
 * datasets are passed in.
 */
import type { Dataset, Observation } from '../../schemas/dataset.ts';
import type { Target } from '../../schemas/target.ts';
import { deadlineText, formatMonth, formatPeriod } from '../format/dates.ts';
import { capitalise } from '../format/text.ts';
import { ENGLAND, findObservation, formatFigure, formatNumber, observationsFor, seriesOf } from './datasets.ts';
import { comparedWithGoal, computeStatus, type JudgedFigure, type StatusResult } from './status.ts';

export interface TargetProgress {
	target: Target;
	/** The dataset that measures the target, if any. */
	dataset: Dataset | undefined;
	status: StatusResult;
	/** One sentence: the figure, how it compares with the goal, and the status. */
	summary: string;
	/** The latest figure as printed, with unit and month, if any. */
	latestText: string | undefined;
	/** The figure the status was judged on (at the deadline once it has passed), as printed, if any. */
	judgedText: string | undefined;
	/** The note that explains the judged figure, if any. */
	judgedNote: string | undefined;
	/**
	 * What the status stands on, printed beside it wherever it appears: "as of the figures for
	 * December 2023" (the figure it was judged on), or undefined when no figure measures the target.
	 */
	statusAsOf: string | undefined;
	/** The note that explains the latest figure (a footnote of the source), printed with it wherever it appears. */
	latestNote: string | undefined;
	/** The note that explains the figure the summary gives (the judged figure, else the latest). */
	summaryNote: string | undefined;
}

function observationOf(dataset: Dataset, figure: JudgedFigure): Observation {
	const o = findObservation(dataset, figure.period);
	if (!o) throw new Error(`${dataset.id} has no figure for ${figure.period}`);
	return o;
}

/** "23.0 beds per 100,000 adults ... in December 2023", with the count first for rates: "11,805 beds, 23.0 per 100,000 ...". */
export function figureInWords(dataset: Dataset, observation: Observation, countDataset?: Dataset): string {
	const month = formatPeriod(observation.period);
	const secondary = observation.secondary ? ' (secondary source)' : '';
	const count = countDataset ? findObservation(countDataset, observation.period, observation.area) : undefined;
	const series = seriesOf(dataset, observation);
	if (count && count.value !== null && observation.value !== null && series) {
		return `${formatFigure(countDataset as Dataset, count)}, ${formatNumber(observation.value, dataset.decimals)} per 100,000 ${series.per} in ${month}${secondary}`;
	}
	return `${formatFigure(dataset, observation)} in ${month}${secondary}`;
}

/** The goal in words: "40-50", "10,000", "80%"; `to` joins a range (" to " in prose: "40 to 50"). */
export function goalText(target: Target, dataset?: Dataset, to = '-'): string {
	const goal = target.goal;
	if (!goal) return '';
	const decimals =
		Number.isInteger(goal.min) && (goal.max === undefined || Number.isInteger(goal.max)) ? 0 : (dataset?.decimals ?? 1);
	const unit = target.unit.startsWith('%') ? '%' : '';
	const min = formatNumber(goal.min, decimals);
	return goal.max === undefined || goal.max === goal.min
		? `${min}${unit}`
		: `${min}${to}${formatNumber(goal.max, decimals)}${unit}`;
}

/** The goal with its unit ("40-50 beds per 100,000 population", "80%"), or "No measurable goal". */
export function goalWithUnit(target: Target, dataset?: Dataset): string {
	if (!target.goal) return 'No measurable goal';
	return `${goalText(target, dataset)}${target.unit.startsWith('%') ? '' : ` ${target.unit}`}`;
}

const STATUS_CLAUSE = {
	met: () => 'the goal was met by the deadline',
	missed: () => 'the deadline was missed',
	'on-track': (deadline: string) => `on track for the ${deadline} deadline`,
	'at-risk': (deadline: string) => `at risk of missing the ${deadline} deadline`,
	'no-data': (deadline: string) => `no figure was published near the ${deadline} deadline, so the status is not known`,
} as const;

/**
 * The one-sentence summary of a target's progress, for example "11,805 beds,
 * 23.0 per 100,000 adults aged 16 and over registered with a GP in December
 * 2023: below the 40-50 ambition; the deadline was missed."
 */
export function targetSummary(
	target: Target,
	dataset: Dataset | undefined,
	status: StatusResult,
	countDataset?: Dataset,
): string {
	const deadline = formatMonth(target.deadline);
	if (!dataset) return `No published series measures this ${target.term}; its deadline is ${deadlineText(target)}.`;
	const figure = status.judged ?? status.latest;
	if (!figure) return `No figure has been published for this ${target.term}.`;
	const observation = observationOf(dataset, figure);
	const words = `${figureInWords(dataset, observation, countDataset)}${noted(observation)}`;
	if (!status.judged) {
		return `The latest figure is ${words}; ${STATUS_CLAUSE['no-data'](deadline)}.`;
	}
	const goal = target.goal;
	const compared = goal
		? `${comparedWithGoal(figure.value, goal)} the ${goalText(target, dataset)} ${target.term}`
		: '';
	return `${capitalise(words)}: ${compared}; ${STATUS_CLAUSE[status.status](deadline)}.`;
}

/** Computes a target's progress from the dataset that measures it (England's figures), as of the dataset's as-of date. */
export function targetProgress(target: Target, datasets: ReadonlyMap<string, Dataset>): TargetProgress {
	const dataset = target.dataset ? datasets.get(target.dataset) : undefined;
	const status = computeStatus({
		goal: target.goal,
		direction: target.direction,
		deadline: target.deadline,
		asOf: dataset?.asOf ?? '0000-01-01',
		observations: dataset ? observationsFor(dataset, ENGLAND) : [],
	});
	const countDataset = dataset?.rateOf ? datasets.get(dataset.rateOf) : undefined;
	const latestObservation = status.latest && dataset ? observationOf(dataset, status.latest) : undefined;
	const latest = latestObservation && dataset ? figureInWords(dataset, latestObservation) : undefined;
	const judgedObservation = status.judged && dataset ? observationOf(dataset, status.judged) : undefined;
	const summaryFigure = status.judged ?? status.latest;
	const summaryNote = summaryFigure && dataset ? observationOf(dataset, summaryFigure).note : undefined;
	return {
		target,
		dataset,
		status,
		summary: targetSummary(target, dataset, status, countDataset),
		latestText: latest,
		latestNote: latestObservation?.note,
		judgedText: judgedObservation && dataset ? figureInWords(dataset, judgedObservation) : undefined,
		judgedNote: judgedObservation?.note,
		summaryNote,
		statusAsOf: summaryFigure ? `as of the figures for ${formatPeriod(summaryFigure.period)}` : undefined,
	};
}

/** Words after a figure that a note explains, pointing to the note in the table: never a plain number. */
export const NOTED = ' (with a note: see the table)';

function noted(o: Observation): string {
	return o.note ? NOTED : '';
}

/**
 * A sentence describing a dataset's England figures: each series within
 * itself (never a change across a change of definition), a single figure as
 * one figure, and what secondary sources add, the latest by date.
 */
export function datasetSummary(dataset: Dataset): string {
	const observations = observationsFor(dataset, ENGLAND).filter((o) => o.value !== null);
	const parts: string[] = [];
	const primary = observations.filter((o) => !o.secondary);
	const groups = dataset.series
		? dataset.series.map((s) => ({ series: s, items: primary.filter((o) => o.series === s.id) }))
		: [{ series: undefined, items: primary }];
	for (const { series, items } of groups) {
		const first = items[0];
		const last = items.at(-1);
		if (!first || !last) continue;
		// Within a named series the label gives the unit; otherwise each figure carries it.
		const value = (o: Observation) =>
			`${series ? formatNumber(o.value as number, dataset.decimals) : formatFigure(dataset, o)}${noted(o)}`;
		const at = (o: Observation) => `${value(o)} in ${formatPeriod(o.period)}`;
		const label = series ? `${series.label}: ` : '';
		parts.push(first === last ? `${label}one figure, ${at(first)}` : `${label}from ${at(first)} to ${at(last)}`);
	}
	const secondary = observations.filter((o) => o.secondary);
	const lastSecondary = secondary.at(-1);
	if (lastSecondary) {
		const one = secondary.length === 1;
		const latest = `${formatFigure(dataset, lastSecondary)}${noted(lastSecondary)} in ${formatPeriod(lastSecondary.period)}`;
		// "The latest" only among several: a single figure is just that figure, whenever it falls.
		const which = one ? ':' : ', the latest';
		parts.push(
			primary.length > 0
				? `news and trade press report ${secondary.length} more figure${one ? '' : 's'}${which} ${latest}`
				: `${secondary.length} figure${one ? '' : 's'} reported by secondary sources${which} ${latest}`,
		);
	}
	if (parts.length === 0) return `${dataset.title}: no published figures for England.`;
	return `${dataset.title}, England: ${parts.join('; ')}.`;
}

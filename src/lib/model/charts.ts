/**
 * Every chart the site draws, each saying which kind it is: England's
 * figures against a target (the goal as a band or a line, the deadline
 * marked), England's figures of a dataset, or an ICB's figures against
 * England's and the rate ambition. src/charts/ turns a spec into a chart.js
 * configuration and an SVG; page models print its caption and text. Pure:
 * computed once per build from what the Site already holds.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Target } from '../../schemas/target.ts';
import { formatPeriod } from '../format/dates.ts';
import { ENGLAND, observationsFor } from './datasets.ts';
import { datasetSummary, type TargetProgress } from './progress.ts';
import { systemChartWords } from './systems-wording.ts';
import type { SystemsData } from './systems.ts';

/** What every chart has. */
interface ChartBase {
	/** The chart's id: a target id, a dataset id, or "systems/<code>" for an ICB's (its image is /charts/<id>.svg). */
	id: string;
	/** The dataset charted. */
	dataset: Dataset;
	/** The figure's caption. */
	caption: string;
	/** The SVG's <title> and accessible name: the caption and what the chart shows. */
	title: string;
}

/** England's figures against a target: one line per series, secondary figures as points, the goal and its deadline. */
export interface TargetChartSpec extends ChartBase {
	kind: 'target';
	target: Target;
	/** The one-sentence summary of the target's progress, also the chart's text alternative. */
	summary: string;
}

/** England's figures of a dataset: one line per series, secondary figures as points. */
export interface DatasetChartSpec extends ChartBase {
	kind: 'dataset';
	/** The one-sentence summary of the figures, also the chart's text alternative. */
	summary: string;
}

/** An ICB's figures (primary sources only) against England's and the target's goal and deadline. */
export interface SystemChartSpec extends ChartBase {
	kind: 'system';
	/** The target whose goal is drawn (the rate ambition). */
	target: Target;
	/** The ICB's ODS code, and its short name for the legend. */
	area: { code: string; label: string };
	/** The area drawn for comparison, as grey dashed lines. */
	compare: { code: string; label: string };
	/** What the chart shows, in words: its text alternative. */
	alt: string;
	/** The key to its lines, band and marker. */
	key: string;
}

/** A chart of England's figures: what a chart figure (caption, summary, table of England's figures) shows. */
export type NationalChartSpec = TargetChartSpec | DatasetChartSpec;

/** Any chart the site draws. */
export type ChartSpec = NationalChartSpec | SystemChartSpec;

/** Which kind a chart is. */
export type ChartKind = ChartSpec['kind'];

/** The id of an ICB's chart in the Site's charts: "systems/<code>", so its image is /charts/systems/<code>.svg. */
export function systemChartId(code: string): string {
	return `systems/${code.toLowerCase()}`;
}

/** Whether a chart shows England's figures (and so can be placed as a chart figure). */
export function isNationalChart(chart: ChartSpec | undefined): chart is NationalChartSpec {
	return chart !== undefined && chart.kind !== 'system';
}

function span(dataset: Dataset): string {
	const observations = observationsFor(dataset, ENGLAND);
	const first = observations[0];
	const last = observations.at(-1);
	if (!first || !last) return 'no figures';
	return first === last ? formatPeriod(first.period) : `${formatPeriod(first.period)} to ${formatPeriod(last.period)}`;
}

/** The chart of each target measured by a dataset, its summary taken from the target's computed progress. */
export function targetCharts(progress: Iterable<TargetProgress>): TargetChartSpec[] {
	return [...progress].flatMap(({ target, dataset, summary }) => {
		if (!dataset) return [];
		const caption = `${target.headline}: ${dataset.title}, England, ${span(dataset)}, with the ${target.term} and its deadline`;
		return [{ kind: 'target', id: target.id, dataset, target, caption, summary, title: `${caption}. ${summary}` }];
	});
}

/** The chart of each dataset, in id order. */
export function datasetCharts(datasets: Iterable<Dataset>): DatasetChartSpec[] {
	return [...datasets]
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((dataset) => {
			const caption = `${dataset.title}, England, ${span(dataset)}`;
			const summary = datasetSummary(dataset);
			return { kind: 'dataset', id: dataset.id, dataset, caption, summary, title: `${caption}. ${summary}` };
		});
}

/** The chart of each ICB: its beds per 100,000 against England's and the rate ambition. */
export function systemCharts(data: SystemsData): SystemChartSpec[] {
	return [...data.systems.values()].map((s) => {
		const { caption, alt, key } = systemChartWords(s, data);
		return {
			kind: 'system',
			id: systemChartId(s.system.id),
			dataset: data.rate,
			target: data.rateTarget,
			area: { code: s.system.id, label: s.shortName },
			compare: { code: ENGLAND, label: 'England' },
			caption,
			alt,
			key,
			title: `${caption}. ${alt}`,
		};
	});
}

/**
 * Every chart the site draws, in order: one per target measured by a
 * dataset (in the order of `progress`), one per dataset, then one per ICB.
 */
export function chartSpecs(
	progress: Iterable<TargetProgress>,
	datasets: Iterable<Dataset>,
	systems: SystemsData | undefined,
): ChartSpec[] {
	return [...targetCharts(progress), ...datasetCharts(datasets), ...(systems ? systemCharts(systems) : [])];
}

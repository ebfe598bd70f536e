/**
 * Turns a chart spec of any kind (src/lib/model/charts.ts: England against a
 * target, England's figures of a dataset, an ICB against England) into a
 * chart.js configuration, through one function, {@link chartConfig}, made of
 * small named steps. Pure and JSON-only: no functions, no clock, no fonts, so
 * the same data always gives the same configuration, which tests pin.
 *
 * What a chart shows:
 * - one line per series, never joined across a change of definition (the
 *   per-100k denominator in April 2024), with a dotted "definition changed"
 *   marker between them;
 * - months with no published figure as gaps (never interpolated);
 * - figures from secondary sources (news, trade press) as hollow triangles,
 *   not joined to the official line;
 * - the target's goal as a shaded band (or a line for a single value), and its
 *   deadline as a dashed vertical line;
 * - on an ICB's chart, England's figures as grey dashed lines, and no
 *   secondary figures;
 * - axis titles, and a y axis that starts at zero.
 */
import type { ChartConfiguration, ChartDataset, ChartType, PointStyle } from 'chart.js';
import type { Dataset, Observation } from '../schemas/dataset.ts';
import type { Target } from '../schemas/target.ts';
import type { ChartKind, ChartSpec } from '../lib/model/charts.ts';
import { ENGLAND, observationsFor } from '../lib/model/datasets.ts';
import { formatMonthShort, isYearPeriod, monthIndex, monthOf, monthRange } from '../lib/format/months.ts';
import { capitalise } from '../lib/format/text.ts';
import { goalText } from '../lib/model/progress.ts';

/** The size every chart is drawn at, in CSS pixels; the SVG scales with the page. */
export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 420;

/** The font family the renderer registers (a font file shipped with the project). */
export const CHART_FONT_FAMILY = 'PortalChartSans';

/**
 * NHS identity colours (service-manual.nhs.uk). Every colour that carries
 * meaning has a contrast of at least 3:1 against the white background (WCAG
 * 2.2 non-text contrast, 1.4.11); tests/unit/charts/config.test.ts checks it.
 */
export const CHART_COLOURS = {
	/** NHS black: text. */
	text: '#212b32',
	/** NHS mid grey: grid lines (decorative). */
	grid: '#d8dde0',
	/** Lines of the series, in order: NHS blue, NHS dark pink. */
	series: ['#005eb8', '#7c2855'],
	/** NHS dark grey: secondary-source points and the series-break marker. */
	secondary: '#425563',
	/** NHS dark green: the goal's edges and label. */
	goal: '#006747',
	/** The goal band's fill: dark green, mostly transparent (its edges carry the meaning). */
	goalFill: 'rgba(0, 103, 71, 0.12)',
	/** NHS dark red: the deadline. */
	deadline: '#8a1538',
	/** The page background. */
	background: '#ffffff',
} as const;

/** Marker shapes of the series, so series differ by more than colour. */
const SERIES_POINTS: PointStyle[] = ['rect', 'rectRot'];

/** The chart.js type each kind of chart is drawn as: every kind so far is a line chart. */
export const CHART_TYPES = {
	target: 'line',
	dataset: 'line',
	system: 'line',
} as const satisfies Record<ChartKind, ChartType>;

/** The chart.js types the portal draws (the renderer and the plugin are typed for these). */
export type PortalChartType = (typeof CHART_TYPES)[ChartKind];

/** Options of the portal's drawing plugin (src/charts/plugins.ts). */
export interface PortalChartOptions {
	/** The goal: a band from min to max, or a line at min. */
	goal?: { min: number; max?: number | undefined; label: string } | undefined;
	/** The deadline: the index of its month on the x axis. */
	deadline?: { index: number; label: string } | undefined;
	/** Changes of definition: drawn between index-1 and index. */
	breaks: { index: number; label: string }[];
}

/** A chart.js configuration of any kind of portal chart, with the plugin's options. */
export type PortalChartConfiguration = ChartConfiguration<PortalChartType, (number | null)[], string> & {
	options: { plugins: { portal: PortalChartOptions } };
};

/** One line (or set of points) of a chart. */
type Line = ChartDataset<PortalChartType, (number | null)[]>;

/** What a chart of any kind draws: the one place where the kinds differ. */
interface ChartPlan {
	dataset: Dataset;
	/** The target whose goal and deadline are drawn, if any. */
	target: Target | undefined;
	/** The area charted. */
	area: string;
	/** The area's name in the legend, when it is not England: each line is labelled "<areaLabel>: <series label>". */
	areaLabel: string | undefined;
	/** A second area on the same axes: grey dashed lines with round markers, one per series. */
	compare: { area: string; label: string } | undefined;
	/** Leave out figures from secondary sources (news, trade press). */
	primaryOnly: boolean;
}

/** What each kind of chart draws. */
function planOf(spec: ChartSpec): ChartPlan {
	switch (spec.kind) {
		case 'target':
			return {
				dataset: spec.dataset,
				target: spec.target,
				area: ENGLAND,
				areaLabel: undefined,
				compare: undefined,
				primaryOnly: false,
			};
		case 'dataset':
			return {
				dataset: spec.dataset,
				target: undefined,
				area: ENGLAND,
				areaLabel: undefined,
				compare: undefined,
				primaryOnly: false,
			};
		case 'system':
			return {
				dataset: spec.dataset,
				target: spec.target,
				area: spec.area.code,
				areaLabel: spec.area.label,
				compare: { area: spec.compare.code, label: spec.compare.label },
				primaryOnly: true,
			};
	}
}

/** The months on the x axis: from the first figure (or the deadline) to the last figure (or the deadline). */
export function chartMonths(observations: readonly Observation[], deadline?: string): string[] {
	const months = observations.map((o) => monthOf(o.period));
	if (deadline) months.push(deadline);
	if (months.length === 0) return [];
	const sorted = [...months].sort((a, b) => monthIndex(a) - monthIndex(b));
	return monthRange(sorted[0] as string, sorted.at(-1) as string);
}

/** The x axis, and each observation's place on it. */
interface Axis {
	months: string[];
	/** A value per month, all null. */
	empty(): (number | null)[];
	/** The index of an observation's month. */
	at(o: Observation): number;
}

function axisOf(months: string[]): Axis {
	const index = new Map(months.map((m, i) => [m, i]));
	return {
		months,
		empty: () => months.map((): number | null => null),
		at: (o) => index.get(monthOf(o.period)) as number,
	};
}

/** The observations drawn: the area's, and the compared area's (primary only). */
function observationsOf(plan: ChartPlan): { main: Observation[]; compared: Observation[] } {
	// A figure whose source gives only its year has no month to be drawn at: the table and the text carry it.
	const keep = (o: Observation) => !isYearPeriod(o.period) && (!plan.primaryOnly || !o.secondary);
	return {
		main: observationsFor(plan.dataset, plan.area).filter(keep),
		compared: plan.compare
			? observationsFor(plan.dataset, plan.compare.area).filter((o) => keep(o) && !o.secondary)
			: [],
	};
}

/** The ids of the dataset's series, in order ([undefined] for a dataset without series). */
function seriesIds(dataset: Dataset): (string | undefined)[] {
	return dataset.series?.map((s) => s.id) ?? [undefined];
}

/** A series' values on the axis, or undefined when it has none. */
function seriesValues(observations: readonly Observation[], seriesId: string | undefined, axis: Axis) {
	const data = axis.empty();
	for (const o of observations) if (o.series === seriesId) data[axis.at(o)] = o.value;
	return data.every((v) => v === null) ? undefined : data;
}

/** The legend label of one of the area's series. */
function seriesLabel(plan: ChartPlan, i: number): string {
	const { dataset, areaLabel, area } = plan;
	const label = dataset.series?.[i]?.label;
	if (areaLabel !== undefined) return `${areaLabel}: ${label ?? dataset.title}`;
	return label ?? (area === ENGLAND ? `${dataset.title}, England` : dataset.title);
}

/** The area's lines: one per series, in the series' colours and markers, never joined across a gap. */
function areaLines(plan: ChartPlan, observations: readonly Observation[], axis: Axis): Line[] {
	const primary = observations.filter((o) => !o.secondary);
	return seriesIds(plan.dataset).flatMap((seriesId, i) => {
		const data = seriesValues(primary, seriesId, axis);
		if (!data) return [];
		const colour = CHART_COLOURS.series[i % CHART_COLOURS.series.length] as string;
		return [
			{
				label: seriesLabel(plan, i),
				data,
				borderColor: colour,
				backgroundColor: colour,
				borderWidth: 2.5,
				pointStyle: SERIES_POINTS[i % SERIES_POINTS.length],
				pointRadius: 3.5,
				spanGaps: false,
				tension: 0,
			},
		];
	});
}

/** The compared area's lines: grey, dashed, round markers, one per series. */
function compareLines(plan: ChartPlan, compared: readonly Observation[], axis: Axis): Line[] {
	const { compare, dataset } = plan;
	if (!compare) return [];
	return seriesIds(dataset).flatMap((seriesId, i) => {
		const data = seriesValues(compared, seriesId, axis);
		if (!data) return [];
		return [
			{
				label: `${compare.label}: ${dataset.series?.[i]?.label ?? dataset.title}`,
				data,
				borderColor: CHART_COLOURS.secondary,
				backgroundColor: CHART_COLOURS.secondary,
				borderWidth: 2,
				borderDash: [6, 4],
				pointStyle: 'circle',
				pointRadius: 3,
				spanGaps: false,
				tension: 0,
			},
		];
	});
}

/** Figures from secondary sources: hollow triangles, not joined to anything. */
function secondaryPoints(observations: readonly Observation[], axis: Axis): Line[] {
	const data = axis.empty();
	for (const o of observations) if (o.secondary) data[axis.at(o)] = o.value;
	if (data.every((v) => v === null)) return [];
	return [
		{
			label: 'Reported in news or trade press (secondary source)',
			data,
			borderColor: CHART_COLOURS.secondary,
			backgroundColor: CHART_COLOURS.background,
			borderWidth: 2,
			pointStyle: 'triangle',
			pointRadius: 6,
			showLine: false,
			spanGaps: false,
		},
	];
}

/** The changes of definition between consecutive observations of a dataset with several series. */
function definitionBreaks(
	dataset: Dataset,
	observations: readonly Observation[],
	axis: Axis,
): PortalChartOptions['breaks'] {
	const breaks: PortalChartOptions['breaks'] = [];
	if (!dataset.series || dataset.series.length <= 1) return breaks;
	let previous: string | undefined;
	for (const o of observations) {
		if (previous !== undefined && o.series !== previous)
			breaks.push({ index: axis.at(o), label: 'Definition changed' });
		previous = o.series;
	}
	return breaks;
}

/** The goal as the plugin draws it: "Ambition: 40-50", from min to max. */
function goalBand(target: Target | undefined, dataset: Dataset): PortalChartOptions['goal'] {
	const goal = target?.goal;
	if (!goal || !target) return undefined;
	const term = target.term === 'target' ? 'Goal' : capitalise(target.term);
	return { min: goal.min, max: goal.max, label: `${term}: ${goalText(target, dataset)}` };
}

/** The deadline marker: "Deadline Dec 2023", at its month. */
function deadlineMarker(deadline: string | undefined, months: readonly string[]): PortalChartOptions['deadline'] {
	return deadline ? { index: months.indexOf(deadline), label: `Deadline ${formatMonthShort(deadline)}` } : undefined;
}

/** The y axis: from zero; percentages stop at 100, other axes leave room above the highest value or goal. */
function yAxis(dataset: Dataset, values: readonly number[], goal: Target['goal']) {
	const top = Math.max(...values, goal ? (goal.max ?? goal.min) : 0);
	return {
		type: 'linear' as const,
		beginAtZero: true,
		...(dataset.unit.startsWith('%') ? { max: 100 } : { suggestedMax: top > 0 ? niceCeiling(top * 1.08) : 1 }),
		title: {
			display: true,
			text: dataset.axisLabel ?? dataset.unit,
			color: CHART_COLOURS.text,
			font: { family: CHART_FONT_FAMILY, size: 14 },
			// Room between the title and the tick labels (chart.js's default is 4px each side).
			padding: { top: 4, bottom: 12 },
		},
		ticks: {
			color: CHART_COLOURS.text,
			maxTicksLimit: 7,
			format: { maximumFractionDigits: 1 },
			font: { family: CHART_FONT_FAMILY, size: 13 },
		},
		grid: { color: CHART_COLOURS.grid },
		border: { color: CHART_COLOURS.text },
	};
}

/** The x axis of months. */
function xAxis() {
	return {
		type: 'category' as const,
		offset: true,
		title: {
			display: true,
			text: 'Month',
			color: CHART_COLOURS.text,
			font: { family: CHART_FONT_FAMILY, size: 14 },
		},
		ticks: {
			color: CHART_COLOURS.text,
			maxRotation: 0,
			autoSkip: true,
			maxTicksLimit: 8,
			font: { family: CHART_FONT_FAMILY, size: 13 },
		},
		grid: { display: false },
		border: { color: CHART_COLOURS.text },
	};
}

/** The legend, under the chart, with the lines' markers. */
function legend() {
	return {
		display: true,
		position: 'bottom' as const,
		labels: {
			color: CHART_COLOURS.text,
			usePointStyle: true,
			boxWidth: 8,
			boxHeight: 8,
			padding: 14,
			font: { family: CHART_FONT_FAMILY, size: 13 },
		},
	};
}

/** Builds the chart.js configuration of a chart of any kind. */
export function chartConfig(spec: ChartSpec): PortalChartConfiguration {
	const plan = planOf(spec);
	const { main, compared } = observationsOf(plan);
	const deadline = plan.target?.goal ? plan.target.deadline : undefined;
	const axis = axisOf(chartMonths([...main, ...compared], deadline));
	const values = [...main, ...compared].map((o) => o.value).filter((v): v is number => v !== null);
	return {
		type: CHART_TYPES[spec.kind],
		data: {
			labels: axis.months.map(formatMonthShort),
			datasets: [...areaLines(plan, main, axis), ...compareLines(plan, compared, axis), ...secondaryPoints(main, axis)],
		},
		options: {
			animation: false,
			responsive: false,
			maintainAspectRatio: false,
			devicePixelRatio: 1,
			locale: 'en-GB',
			color: CHART_COLOURS.text,
			font: { family: CHART_FONT_FAMILY, size: 14 },
			layout: { padding: { top: 12, right: 16, bottom: 4, left: 4 } },
			scales: { x: xAxis(), y: yAxis(plan.dataset, values, plan.target?.goal) },
			plugins: {
				legend: legend(),
				title: { display: false },
				tooltip: { enabled: false },
				portal: {
					goal: goalBand(plan.target, plan.dataset),
					deadline: deadlineMarker(deadline, axis.months),
					breaks: definitionBreaks(plan.dataset, main, axis),
				},
			},
		},
	};
}

/** A round number at or above `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten), for the top of the y axis. */
export function niceCeiling(value: number): number {
	if (value <= 0) return 0;
	const power = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
		if (step * power >= value) return step * power;
	}
	return 10 * power;
}

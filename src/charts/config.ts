/**
 * Turns a dataset (and the target it measures) into a chart.js line chart
 * configuration. Pure and JSON-only: no functions, no clock, no fonts, so the
 * same data always gives the same configuration, which tests pin.
 *
 * What the chart shows:
 * - one line per series, never joined across a change of definition (the
 *   per-100k denominator in April 2024), with a dotted "definition changed"
 *   marker between them;
 * - months with no published figure as gaps (never interpolated);
 * - figures from secondary sources (news, trade press) as hollow triangles,
 *   not joined to the official line;
 * - the target's goal as a shaded band (or a line for a single value), and its
 *   deadline as a dashed vertical line;
 * - axis titles, and a y axis that starts at zero.
 */
import type { ChartConfiguration, ChartDataset, PointStyle } from 'chart.js';
import type { Dataset, Observation } from '../schemas/dataset.ts';
import type { Target } from '../schemas/target.ts';
import { ENGLAND, observationsFor } from '../lib/model/datasets.ts';
import { formatMonthShort, monthIndex, monthOf, monthRange } from '../lib/format/months.ts';
import { capitalise } from '../lib/format/text.ts';
import { goalText } from '../lib/model/progress.ts';

// The goal's wording lives with the model; re-exported for the tests that pin it here.
export { goalText };

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

/** Options of the portal's drawing plugin (src/charts/plugins.ts). */
export interface PortalChartOptions {
	/** The goal: a band from min to max, or a line at min. */
	goal?: { min: number; max?: number | undefined; label: string } | undefined;
	/** The deadline: the index of its month on the x axis. */
	deadline?: { index: number; label: string } | undefined;
	/** Changes of definition: drawn between index-1 and index. */
	breaks: { index: number; label: string }[];
}

export interface ChartInput {
	dataset: Dataset;
	/** The target the dataset measures, if the chart is a target's. */
	target?: Target | undefined;
	/** The area to chart; England by default. */
	area?: string | undefined;
	/** The charted area's name in the legend, when it is not England: each line is labelled "<areaLabel>: <series label>". */
	areaLabel?: string | undefined;
	/**
	 * A second area on the same axes, for comparison (England on a system's
	 * chart): grey dashed lines with round markers, one per series, never
	 * joined across a change of definition either.
	 */
	compare?: { area: string; label: string } | undefined;
	/** Leave out figures from secondary sources (news, trade press). */
	primaryOnly?: boolean | undefined;
}

export type PortalChartConfiguration = ChartConfiguration<'line', (number | null)[], string> & {
	options: { plugins: { portal: PortalChartOptions } };
};

/** The months on the x axis: from the first figure (or the deadline) to the last figure (or the deadline). */
export function chartMonths(observations: readonly Observation[], deadline?: string): string[] {
	const months = observations.map((o) => monthOf(o.period));
	if (deadline) months.push(deadline);
	if (months.length === 0) return [];
	const sorted = [...months].sort((a, b) => monthIndex(a) - monthIndex(b));
	return monthRange(sorted[0] as string, sorted.at(-1) as string);
}

/** Builds the chart.js configuration for a dataset and, optionally, its target. */
export function buildChartConfig({
	dataset,
	target,
	area = ENGLAND,
	areaLabel,
	compare,
	primaryOnly = false,
}: ChartInput): PortalChartConfiguration {
	const keep = (o: Observation) => !primaryOnly || !o.secondary;
	const observations = observationsFor(dataset, area).filter(keep);
	const compared = compare ? observationsFor(dataset, compare.area).filter((o) => keep(o) && !o.secondary) : [];
	const deadline = target?.goal ? target.deadline : undefined;
	const months = chartMonths([...observations, ...compared], deadline);
	const at = new Map(months.map((m, i) => [m, i]));
	const empty = () => months.map((): number | null => null);

	const seriesIds = dataset.series?.map((s) => s.id) ?? [undefined];
	const datasets: ChartDataset<'line', (number | null)[]>[] = [];
	seriesIds.forEach((seriesId, i) => {
		const data = empty();
		for (const o of observations) {
			if (o.secondary || o.series !== seriesId) continue;
			data[at.get(monthOf(o.period)) as number] = o.value;
		}
		if (data.every((v) => v === null)) return;
		const colour = CHART_COLOURS.series[i % CHART_COLOURS.series.length] as string;
		const seriesLabel = dataset.series?.[i]?.label;
		const label =
			areaLabel !== undefined
				? `${areaLabel}: ${seriesLabel ?? dataset.title}`
				: (seriesLabel ?? (area === ENGLAND ? `${dataset.title}, England` : dataset.title));
		datasets.push({
			label,
			data,
			borderColor: colour,
			backgroundColor: colour,
			borderWidth: 2.5,
			pointStyle: SERIES_POINTS[i % SERIES_POINTS.length],
			pointRadius: 3.5,
			spanGaps: false,
			tension: 0,
		});
	});
	if (compare) {
		seriesIds.forEach((seriesId, i) => {
			const data = empty();
			for (const o of compared) if (o.series === seriesId) data[at.get(monthOf(o.period)) as number] = o.value;
			if (data.every((v) => v === null)) return;
			datasets.push({
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
			});
		});
	}
	const secondary = empty();
	for (const o of observations) if (o.secondary) secondary[at.get(monthOf(o.period)) as number] = o.value;
	if (secondary.some((v) => v !== null)) {
		datasets.push({
			label: 'Reported in news or trade press (secondary source)',
			data: secondary,
			borderColor: CHART_COLOURS.secondary,
			backgroundColor: CHART_COLOURS.background,
			borderWidth: 2,
			pointStyle: 'triangle',
			pointRadius: 6,
			showLine: false,
			spanGaps: false,
		});
	}

	const breaks: PortalChartOptions['breaks'] = [];
	if (dataset.series && dataset.series.length > 1) {
		let previous: string | undefined;
		for (const o of observations) {
			if (previous !== undefined && o.series !== previous) {
				breaks.push({ index: at.get(monthOf(o.period)) as number, label: 'Definition changed' });
			}
			previous = o.series;
		}
	}

	const values = [...observations, ...compared].map((o) => o.value).filter((v): v is number => v !== null);
	const goal = target?.goal;
	const top = Math.max(...values, goal ? (goal.max ?? goal.min) : 0);
	return {
		type: 'line',
		data: { labels: months.map(formatMonthShort), datasets },
		options: {
			animation: false,
			responsive: false,
			maintainAspectRatio: false,
			devicePixelRatio: 1,
			locale: 'en-GB',
			color: CHART_COLOURS.text,
			font: { family: CHART_FONT_FAMILY, size: 14 },
			layout: { padding: { top: 12, right: 16, bottom: 4, left: 4 } },
			scales: {
				x: {
					type: 'category',
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
				},
				y: {
					type: 'linear',
					beginAtZero: true,
					// Percentages stop at 100; other axes leave room above the highest value or goal.
					...(dataset.unit.startsWith('%') ? { max: 100 } : { suggestedMax: top > 0 ? niceCeiling(top * 1.08) : 1 }),
					title: {
						display: true,
						text: dataset.axisLabel ?? dataset.unit,
						color: CHART_COLOURS.text,
						font: { family: CHART_FONT_FAMILY, size: 14 },
					},
					ticks: {
						color: CHART_COLOURS.text,
						maxTicksLimit: 7,
						format: { maximumFractionDigits: 1 },
						font: { family: CHART_FONT_FAMILY, size: 13 },
					},
					grid: { color: CHART_COLOURS.grid },
					border: { color: CHART_COLOURS.text },
				},
			},
			plugins: {
				legend: {
					display: true,
					position: 'bottom',
					labels: {
						color: CHART_COLOURS.text,
						usePointStyle: true,
						boxWidth: 8,
						boxHeight: 8,
						padding: 14,
						font: { family: CHART_FONT_FAMILY, size: 13 },
					},
				},
				title: { display: false },
				tooltip: { enabled: false },
				portal: {
					goal:
						goal && target
							? {
									min: goal.min,
									max: goal.max,
									label: `${target.term === 'target' ? 'Goal' : capitalise(target.term)}: ${goalText(target, dataset)}`,
								}
							: undefined,
					deadline: deadline
						? { index: at.get(deadline) as number, label: `Deadline ${formatMonthShort(deadline)}` }
						: undefined,
					breaks,
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

/**
 * One chart.js configuration for every kind of chart (src/charts/config.ts,
 * chartConfig): England against a target, England's figures of a dataset, an
 * ICB against England; each pinned on the real data.
 */
import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, CHART_TYPES, chartConfig, chartMonths, niceCeiling } from '../../../src/charts/config.ts';
import type { DatasetChartSpec, TargetChartSpec } from '../../../src/lib/model/charts.ts';
import type { Dataset } from '../../../src/schemas/dataset.ts';
import type { Target } from '../../../src/schemas/target.ts';
import { loadDatasets, loadTargets, must } from '../../helpers/data.ts';
import { realSite } from '../../helpers/real-site.ts';

const datasets = loadDatasets();
const targets = loadTargets();
const dataset = (id: string) => must(datasets.get(id), id);
const target = (id: string) =>
	must(
		targets.find((t) => t.id === id),
		id,
	);
const words = { caption: 'Caption', title: 'Title', summary: 'Summary.' };
const targetChart = (d: Dataset, t: Target): TargetChartSpec => ({
	kind: 'target',
	id: t.id,
	dataset: d,
	target: t,
	...words,
});
const datasetChart = (d: Dataset): DatasetChartSpec => ({ kind: 'dataset', id: d.id, dataset: d, ...words });

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5]
		.map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

describe('a target chart: the 40-50 per 100,000 ambition', () => {
	const config = chartConfig(targetChart(dataset('vw-beds-per-100k'), target('vw-40-50-per-100k')));
	const [adults, allAges, secondary] = config.data.datasets;

	it('has a month on the x axis for every month from the first figure to the last', () => {
		expect(config.data.labels?.[0]).toBe('Jul 2023');
		expect(config.data.labels?.at(-1)).toBe('Oct 2025');
		expect(config.data.labels).toHaveLength(28);
	});

	it('draws the two denominators as two series that are never joined, and secondary figures as unjoined points', () => {
		expect(config.data.datasets).toHaveLength(3);
		expect(adults?.label).toMatch(/adults aged 16\+/);
		expect(allAges?.label).toMatch(/all ages/);
		// March 2024 (index 8) is the last adult figure; April 2024 (index 9) the first all-ages one.
		expect(adults?.data.slice(7, 10)).toEqual([23.2, 23.1, null]);
		expect(allAges?.data.slice(7, 10)).toEqual([null, null, 19.1]);
		expect(adults?.spanGaps).toBe(false);
		expect(secondary).toMatchObject({ showLine: false, pointStyle: 'triangle' });
		expect(secondary?.data.filter((v) => v !== null)).toEqual([20, 20.1, 19.7]);
		// April 2024 (index 9): NHS England's denominator changed. October 2025 (index 27): the report's rate is
		// not per NHS England's population and does not say which it is, so it is not joined to the series either.
		expect(config.options.plugins.portal.breaks).toEqual([
			{ index: 9, label: 'Definition changed' },
			{ index: 27, label: 'Definition changed' },
		]);
	});

	it('leaves months with no published figure empty, never interpolated', () => {
		// August and September 2024 have no figure at all.
		for (const d of config.data.datasets) expect(d.data.slice(13, 15)).toEqual([null, null]);
	});

	it('shades the goal band and marks the deadline', () => {
		expect(config.options.plugins.portal.goal).toEqual({ min: 40, max: 50, label: 'Ambition: 40-50' });
		expect(config.options.plugins.portal.deadline).toEqual({ index: 5, label: 'Deadline Dec 2023' });
	});

	it('titles both axes, starts the y axis at zero, leaves room for the goal, and turns off animation and responsiveness', () => {
		expect(config.options.scales?.['x']?.title).toMatchObject({ display: true, text: 'Month' });
		expect(config.options.scales?.['y']).toMatchObject({
			beginAtZero: true,
			suggestedMax: 60,
			title: { text: 'Beds per 100,000 people' },
		});
		expect(config.options).toMatchObject({ animation: false, responsive: false, devicePixelRatio: 1 });
	});

	it('is plain data: the same input gives an equal, JSON-serialisable configuration', () => {
		const again = chartConfig(targetChart(dataset('vw-beds-per-100k'), target('vw-40-50-per-100k')));
		expect(JSON.parse(JSON.stringify(config))).toEqual(again);
	});
});

describe('other target and dataset charts', () => {
	it("caps percentage axes at 100 and draws a single-value goal as a line, labelled with the target's term", () => {
		const config = chartConfig(targetChart(dataset('vw-occupancy'), target('vw-occupancy-80')));
		expect(config.options.scales?.['y']).toMatchObject({ max: 100 });
		expect(config.options.plugins.portal.goal).toEqual({ min: 80, max: undefined, label: 'Objective: 80%' });
		const asTarget = chartConfig(
			targetChart(dataset('vw-occupancy'), { ...target('vw-occupancy-80'), term: 'target' }),
		);
		expect(asTarget.options.plugins.portal.goal?.label).toBe('Goal: 80%');
	});

	it('extends the x axis to a deadline after the last figure', () => {
		const config = chartConfig(
			targetChart(dataset('epr-coverage'), { ...target('epr-100-mar-2025'), deadline: '2026-03' }),
		);
		expect(config.data.labels?.at(-1)).toBe('Mar 2026');
		expect(config.options.plugins.portal.deadline?.index).toBe((config.data.labels?.length ?? 0) - 1);
		// Every EPR figure is from a secondary source: no official line.
		expect(config.data.datasets).toHaveLength(1);
	});

	it('draws no goal or deadline for a target without a goal, nor for a dataset chart', () => {
		const noGoal = chartConfig(targetChart(dataset('vw-capacity'), { ...target('vw-10000-beds'), goal: undefined }));
		expect(noGoal.options.plugins.portal.goal).toBeUndefined();
		expect(noGoal.options.plugins.portal.deadline).toBeUndefined();
		const config = chartConfig(datasetChart(dataset('vw-capacity')));
		expect(config.options.plugins.portal.goal).toBeUndefined();
		expect(config.options.plugins.portal.deadline).toBeUndefined();
		expect(config.data.datasets[0]?.label).toBe('Virtual ward capacity, England');
	});
});

describe("an ICB's chart", () => {
	const site = realSite();
	const spec = must(site.charts.get('systems/qua'), 'the chart of QUA');

	it('draws the ICB and England, each series apart, the 40-50 band and the definition change, and no secondary figures', async () => {
		const config = chartConfig(spec);
		expect(config.data.datasets.map((d) => d.label)).toEqual([
			'Black Country: Per 100,000 adults aged 16+ (July 2023 to March 2024)',
			'Black Country: Per 100,000 people of all ages (from April 2024)',
			'England: Per 100,000 adults aged 16+ (July 2023 to March 2024)',
			'England: Per 100,000 people of all ages (from April 2024)',
		]);
		expect(config.data.labels).toHaveLength(13);
		expect(config.data.datasets[0]?.data[5]).toBe(51.1);
		expect(config.data.datasets[2]).toMatchObject({ borderDash: [6, 4], pointStyle: 'circle' });
		expect(config.options.plugins.portal.goal).toMatchObject({ min: 40, max: 50 });
		expect(config.options.plugins.portal.breaks).toEqual([{ index: 9, label: 'Definition changed' }]);
		await expect(JSON.stringify(config, null, '\t')).toMatchFileSnapshot('snapshots/system-qua.config.json');
	});
});

describe('helpers', () => {
	it('rounds the top of the axis up to a round number', () => {
		expect([54, 11, 12900, 0.7, 0].map(niceCeiling)).toEqual([60, 12, 15000, 0.8, 0]);
	});

	it('spans months between the figures and the deadline', () => {
		expect(chartMonths([], '2023-12')).toEqual(['2023-12']);
		expect(chartMonths([])).toEqual([]);
	});

	it('draws every kind of chart as a line chart', () => {
		expect(Object.keys(CHART_TYPES).sort()).toEqual(['dataset', 'system', 'target']);
		expect(new Set(Object.values(CHART_TYPES))).toEqual(new Set(['line']));
	});
});

it('uses colours with at least 3:1 contrast against white for everything that carries meaning (WCAG 1.4.11)', () => {
	const meaningful = [
		CHART_COLOURS.text,
		...CHART_COLOURS.series,
		CHART_COLOURS.secondary,
		CHART_COLOURS.goal,
		CHART_COLOURS.deadline,
	];
	for (const colour of meaningful) expect(contrast(colour, CHART_COLOURS.background), colour).toBeGreaterThanOrEqual(3);
	// The two series also differ from each other by marker shape, not only by colour.
	expect(CHART_COLOURS.series[0]).not.toBe(CHART_COLOURS.series[1]);
});

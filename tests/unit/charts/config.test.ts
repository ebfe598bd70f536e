import { describe, expect, it } from 'vitest';
import { buildChartConfig, CHART_COLOURS, chartMonths, goalText, niceCeiling } from '../../../src/charts/config.ts';
import { loadDatasets, loadTargets, must } from '../../helpers/data.ts';

const datasets = loadDatasets();
const targets = loadTargets();
const dataset = (id: string) => must(datasets.get(id), id);
const target = (id: string) =>
	must(
		targets.find((t) => t.id === id),
		id,
	);

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

describe('buildChartConfig for the 40-50 per 100,000 ambition', () => {
	const config = buildChartConfig({ dataset: dataset('vw-beds-per-100k'), target: target('vw-40-50-per-100k') });
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
		const again = buildChartConfig({ dataset: dataset('vw-beds-per-100k'), target: target('vw-40-50-per-100k') });
		expect(JSON.parse(JSON.stringify(config))).toEqual(again);
	});
});

describe('buildChartConfig for other charts', () => {
	it('caps percentage axes at 100 and draws a single-value goal as a line', () => {
		const config = buildChartConfig({ dataset: dataset('vw-occupancy'), target: target('vw-occupancy-80') });
		expect(config.options.scales?.['y']).toMatchObject({ max: 100 });
		expect(config.options.plugins.portal.goal).toEqual({ min: 80, max: undefined, label: 'Objective: 80%' });
	});

	it('extends the x axis to a deadline after the last figure', () => {
		const config = buildChartConfig({
			dataset: dataset('epr-coverage'),
			target: { ...target('epr-100-mar-2025'), deadline: '2026-03' },
		});
		expect(config.data.labels?.at(-1)).toBe('Mar 2026');
		expect(config.options.plugins.portal.deadline?.index).toBe((config.data.labels?.length ?? 0) - 1);
		// Every EPR figure is from a secondary source: no official line.
		expect(config.data.datasets).toHaveLength(1);
	});

	it('draws a dataset without a target with no goal or deadline', () => {
		const config = buildChartConfig({ dataset: dataset('vw-capacity') });
		expect(config.options.plugins.portal.goal).toBeUndefined();
		expect(config.options.plugins.portal.deadline).toBeUndefined();
	});
});

describe('helpers', () => {
	it('writes goals in words', () => {
		expect(goalText(target('vw-40-50-per-100k'))).toBe('40-50');
		expect(goalText(target('vw-10000-beds'))).toBe('10,000');
		expect(goalText(target('epr-90-dec-2023'))).toBe('90%');
	});

	it('rounds the top of the axis up to a round number', () => {
		expect([54, 11, 12900, 0.7].map(niceCeiling)).toEqual([60, 12, 15000, 0.8]);
	});

	it('spans months between the figures and the deadline', () => {
		expect(chartMonths([], '2023-12')).toEqual(['2023-12']);
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

/**
 * Every chart the site draws, with its kind (src/lib/model/charts.ts): one
 * per target measured by a dataset, with the summary its progress already
 * holds; one per dataset; one per ICB against England and the ambition.
 */
import { describe, expect, it } from 'vitest';
import {
	chartSpecs,
	datasetCharts,
	isNationalChart,
	systemChartId,
	systemCharts,
	targetCharts,
} from '../../../src/lib/model/charts.ts';
import { targetProgress } from '../../../src/lib/model/progress.ts';
import { buildSystemsData } from '../../../src/lib/model/systems.ts';
import { loadDatasets, loadSystems, loadTargets, must } from '../../helpers/data.ts';

const datasets = loadDatasets();
const targets = loadTargets();
const progress = targets.map((t) => targetProgress(t, datasets));
const data = buildSystemsData(loadSystems().values(), datasets, targets);

describe('chartSpecs', () => {
	const specs = chartSpecs(progress, datasets.values(), data);

	it('draws one chart per target measured by a dataset, one per dataset and one per ICB, with unique ids', () => {
		const measured = targets.filter((t) => t.dataset).map((t) => t.id);
		expect(measured.length).toBeGreaterThan(0);
		expect(specs.map((s) => s.id)).toEqual([
			...measured,
			...[...datasets.keys()].sort(),
			...[...data.systems.keys()].map((c) => `systems/${c.toLowerCase()}`),
		]);
		expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
		expect(specs.filter((s) => s.kind === 'system')).toHaveLength(42);
		expect(chartSpecs(progress, datasets.values(), undefined).every(isNationalChart)).toBe(true);
	});

	it("takes a target chart's summary from its progress, not a second computation", () => {
		const p = must(
			progress.find((x) => x.target.id === 'vw-40-50-per-100k'),
			'progress',
		);
		const [chart] = targetCharts([p]);
		expect(chart).toMatchObject({ kind: 'target', id: 'vw-40-50-per-100k', summary: p.summary });
		expect(chart?.caption).toBe(
			'40 to 50 virtual ward beds per 100,000 population: Virtual ward beds per 100,000 population, England, July 2023 to October 2025, with the ambition and its deadline',
		);
		expect(chart?.title).toBe(`${chart?.caption}. ${p.summary}`);
		expect(targetCharts([{ ...p, summary: 'Another sentence.' }])[0]?.summary).toBe('Another sentence.');
	});

	it('gives a dataset chart its summary, and says when there are no figures', () => {
		const capacity = must(datasets.get('vw-capacity'), 'capacity');
		const [chart] = datasetCharts([capacity]);
		expect(chart).toMatchObject({ kind: 'dataset', id: 'vw-capacity' });
		expect(chart?.summary).toMatch(/^Virtual ward capacity, England: /);
		expect(datasetCharts([{ ...capacity, observations: [] }])[0]?.caption).toBe(
			`${capacity.title}, England, no figures`,
		);
	});

	it("charts each ICB's beds per 100,000 against England and the rate ambition", () => {
		const qua = must(
			systemCharts(data).find((c) => c.id === systemChartId('QUA')),
			'QUA chart',
		);
		expect(qua).toMatchObject({
			kind: 'system',
			id: 'systems/qua',
			area: { code: 'QUA', label: 'Black Country' },
			compare: { code: 'E92000001', label: 'England' },
		});
		expect(qua.dataset.id).toBe('vw-beds-per-100k');
		expect(qua.target.id).toBe('vw-40-50-per-100k');
		expect(qua.title).toBe(`${qua.caption}. ${qua.alt}`);
		expect(isNationalChart(qua)).toBe(false);
		expect(isNationalChart(undefined)).toBe(false);
	});
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chartSvg, drawAhead, resetDrawAhead, workerPath } from '../../../src/charts/ahead.ts';
import { chartConfig } from '../../../src/charts/config.ts';
import { renderChartSvg } from '../../../src/charts/render.ts';
import type { ChartSpec } from '../../../src/lib/model/charts.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const specs: ChartSpec[] = [...fixtureSite().charts.values()];
const drawnHere = (spec: ChartSpec) => renderChartSvg(chartConfig(spec), { title: spec.title });

afterEach(() => resetDrawAhead());

describe('drawAhead and chartSvg', () => {
	it('draws every chart on a worker thread, with the bytes the route would have drawn', async () => {
		expect(specs.map((s) => s.kind)).toEqual(expect.arrayContaining(['target', 'dataset', 'system']));
		expect(workerPath()).toMatch(/src\/charts\/worker\.ts$/);
		expect(drawAhead(specs)).toBe(true);
		for (const spec of specs) expect(await chartSvg(spec)).toBe(drawnHere(spec));
	});

	it('starts one worker per process: a second call does nothing', () => {
		expect(drawAhead(specs)).toBe(true);
		expect(drawAhead(specs)).toBe(false);
	});

	it('draws a chart itself when no worker was started, or the worker did not draw it', async () => {
		const [first, second] = specs;
		if (!first || !second) throw new Error('the fixture site has fewer than two charts');
		expect(await chartSvg(first)).toBe(drawnHere(first));
		drawAhead([first]);
		expect(await chartSvg(second)).toBe(drawnHere(second));
	});

	it('leaves the charts to their routes when the worker fails', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'portal-chart-worker-'));
		const broken = join(dir, 'worker.mjs');
		writeFileSync(broken, "throw new Error('the worker could not start');\n");
		expect(drawAhead(specs, broken)).toBe(true);
		const spec = specs.at(-1);
		if (!spec) throw new Error('the fixture site has no chart');
		expect(await chartSvg(spec)).toBe(drawnHere(spec));
	});

	it('starts no worker when its file is not found', () => {
		expect(drawAhead(specs, null)).toBe(false);
	});
});

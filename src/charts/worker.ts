/**
 * The chart worker (src/charts/ahead.ts starts it): draws every chart spec it
 * is given, in order, exactly as the SVG routes would (one `chartConfig`,
 * then `renderChartSvg`, through the chart cache), and posts each one's SVG
 * as soon as it is drawn. A chart that fails is posted as failed, so the
 * route draws it itself and the build reports the error as it always has.
 * Node runs this file from source (its types stripped).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartSpec } from '../lib/model/charts.ts';
import { chartConfig } from './config.ts';
import { renderChartSvg } from './render.ts';

/** What the worker posts for each chart. */
export type DrawnChart = { id: string; svg: string } | { id: string; failed: string };

const specs = (workerData as { specs: readonly ChartSpec[] }).specs;
for (const spec of specs) {
	let message: DrawnChart;
	try {
		message = { id: spec.id, svg: renderChartSvg(chartConfig(spec), { title: spec.title }) };
	} catch (error) {
		message = { id: spec.id, failed: error instanceof Error ? error.message : String(error) };
	}
	parentPort?.postMessage(message);
}

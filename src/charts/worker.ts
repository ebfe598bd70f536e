/**
 * The chart worker (src/charts/ahead.ts starts it): draws every chart spec it
 * is given, in order, exactly as the SVG routes would (`renderSpecSvg`,
 * through the chart cache), and posts each one's SVG as soon as it is drawn.
 * A chart that fails is posted without one, so the route draws it itself and
 * the build reports the error as it always has.
 * Node runs this file from source (its types stripped).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartSpec } from '../lib/model/charts.ts';
import { renderSpecSvg } from './render.ts';

/** What the worker posts for each chart: its SVG, or none when drawing it failed. */
export interface DrawnChart {
	id: string;
	svg: string | undefined;
}

const specs = (workerData as { specs: readonly ChartSpec[] }).specs;
for (const spec of specs) {
	let svg: string | undefined;
	try {
		svg = renderSpecSvg(spec);
	} catch {
		// The route draws it again and the build fails there, with the error.
	}
	parentPort?.postMessage({ id: spec.id, svg } satisfies DrawnChart);
}

/**
 * Charts drawn ahead, on the build's second core. Astro renders pages on one
 * thread, so drawing the charts on it when their routes come up (about 10 ms
 * each, 54 of them on this site) kept one core busy while the other waited.
 * {@link drawAhead}, called from the chart routes' getStaticPaths (Astro
 * collects every route's paths before it renders any page), hands every spec
 * to one worker thread (src/charts/worker.ts), which draws them while the
 * other pages render (astro.config.mjs renders many at a time, so a chart
 * route waiting on the worker does not hold the rest up); {@link chartSvg}
 * then gives a route its chart's SVG, waiting for the worker if it has not
 * drawn it yet. The worker
 * runs the same code on the same specs through the same cache, so the bytes
 * are those the route would have drawn. Where no worker drew a chart (none
 * started, it failed, or it could not start), the route draws it itself.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChartSpec } from '../lib/model/charts.ts';
import { renderSpecSvg } from './render.ts';
import type { DrawnChart } from './worker.ts';

const WORKER_FILE = 'worker.ts';

/**
 * The worker's source: beside this module when run from source, or under the
 * project's src/charts/ when this module has been bundled by the build.
 */
export function workerPath(): string | undefined {
	const candidates = [
		join(dirname(fileURLToPath(import.meta.url)), WORKER_FILE),
		join(process.cwd(), 'src', 'charts', WORKER_FILE),
	];
	return candidates.find((p) => existsSync(p));
}

/** The SVG of each chart the worker was given, by id: settled when drawn (undefined: the worker did not draw it). */
let drawn: Map<string, Promise<string | undefined>> | undefined;

/**
 * Starts drawing every one of `specs` on a worker thread (the script `file`;
 * null: none), once per process (later calls do nothing). Returns whether a
 * worker was started.
 */
export function drawAhead(specs: Iterable<ChartSpec>, file: string | null = workerPath() ?? null): boolean {
	if (drawn !== undefined || file === null) return false;
	const all = [...specs];
	const settle = new Map<string, (svg: string | undefined) => void>();
	drawn = new Map(
		all.map((spec) => [spec.id, new Promise<string | undefined>((resolve) => settle.set(spec.id, resolve))]),
	);
	// The specs go in one message, so the datasets they share are copied once.
	const worker = new Worker(file, { workerData: { specs: all } });
	worker.on('message', (message: DrawnChart) => {
		settle.get(message.id)?.(message.svg);
		settle.delete(message.id);
	});
	// A worker that fails or ends early leaves its remaining charts to their routes.
	const release = () => {
		for (const resolve of settle.values()) resolve(undefined);
		settle.clear();
	};
	worker.on('error', release);
	// Not unref'd: a route may be waiting on it, with nothing else keeping the process alive. It ends when it has drawn all.
	worker.on('exit', release);
	return true;
}

/** The SVG of `spec`'s chart: the worker's, or drawn here when no worker drew it. */
export async function chartSvg(spec: ChartSpec): Promise<string> {
	const ahead = await drawn?.get(spec.id);
	return ahead ?? renderSpecSvg(spec);
}

/** Forgets the charts drawn ahead (for tests: the next drawAhead starts a new worker). */
export function resetDrawAhead(): void {
	drawn = undefined;
}

/**
 * Renders every chart the site draws and reports the time per chart and the
 * size of each SVG, as a Markdown table for BENCHMARKS.md.
 *
 *   npm run bench            # 1 cold pass, then 20 timed passes
 *   npm run bench -- 50      # 50 timed passes
 *
 * The cold pass includes registering the font and loading chart.js; the
 * timed passes give the median and the slowest render of each chart.
 */
import { cpus } from 'node:os';
import { chartConfig } from '../src/charts/config.ts';
import { drawChartSvg as renderChartSvg } from '../src/charts/render.ts';
import { readProjectFiles } from '../src/integrations/content-check.ts';
import { checkProject } from '../src/lib/content-check/project.ts';
import { formatProblems } from '../src/lib/problems/problems.ts';
import { chartSpecs, type ChartSpec } from '../src/lib/model/charts.ts';
import { targetProgress } from '../src/lib/model/progress.ts';

const passes = Number(process.argv[2] ?? 20);
const { project, problems } = checkProject(readProjectFiles(process.cwd()));
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
const datasets = new Map(project.datasets.map((d) => [d.id, d]));
// England's charts (targets' and datasets'), as before the ICBs' charts joined the specs: comparable with BENCHMARKS.md.
const specs = chartSpecs(
	project.targets.map((t) => targetProgress(t, datasets)),
	datasets.values(),
	undefined,
);

function render(spec: ChartSpec): { ms: number; bytes: number } {
	const start = performance.now();
	const svg = renderChartSvg(chartConfig(spec), { title: spec.title });
	return { ms: performance.now() - start, bytes: Buffer.byteLength(svg) };
}

const coldStart = performance.now();
const cold = specs.map(render);
const coldTotal = performance.now() - coldStart;

const times = specs.map(() => [] as number[]);
for (let p = 0; p < passes; p++) specs.forEach((spec, i) => times[i]?.push(render(spec).ms));
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2
		? (s[(s.length - 1) / 2] as number)
		: ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

console.log(
	`Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${passes} timed passes\n`,
);
console.log('| chart | SVG size | first render | median | slowest |');
console.log('| --- | ---: | ---: | ---: | ---: |');
specs.forEach((spec, i) => {
	const t = times[i] ?? [];
	console.log(
		`| ${spec.id} | ${((cold[i]?.bytes ?? 0) / 1024).toFixed(1)} KB | ${(cold[i]?.ms ?? 0).toFixed(1)} ms | ${median(t).toFixed(1)} ms | ${Math.max(...t).toFixed(1)} ms |`,
	);
});
const medianTotal = specs.reduce((sum, _s, i) => sum + median(times[i] ?? []), 0);
console.log(
	`\nAll ${specs.length} charts: ${coldTotal.toFixed(0)} ms on the first pass (font and chart.js set-up included), ${medianTotal.toFixed(0)} ms summing the medians.`,
);
console.log(`Largest SVG: ${(Math.max(...cold.map((c) => c.bytes)) / 1024).toFixed(1)} KB.`);

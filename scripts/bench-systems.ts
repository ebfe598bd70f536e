/**
 * What the system pages cost a build: builds the project with and without
 * its system routes (src/pages/systems/, src/pages/regions/,
 * src/pages/charts/systems/: 42 system pages, 7 region pages, the list in 4
 * orders, and each system's chart, CSV and JSON), alternately, in throwaway
 * copies in .tmp/, in one run; reports each build's time, the medians and
 * their difference, and the size of the map and of the system pages.
 *
 *   npm run bench:systems             (3 builds of each)
 *   node scripts/bench-systems.ts --runs=5
 *
 * Prints a Markdown section for BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runAstroBuild } from './lib/astro-build.ts';
import { cpuModel } from './lib/machine.ts';
import { fullProjectCopy, listFiles, ROOT } from './lib/project-copy.ts';

const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice(7)) : 3;
if (!Number.isInteger(runs) || runs < 1) {
	console.error(`--runs must be a whole number above 0 (got "${runsArg}")`);
	process.exit(1);
}

const SYSTEM_ROUTES = ['src/pages/systems', 'src/pages/regions', 'src/pages/charts/systems'];

/** A build of the copy at `root` into root/dist as `npm run build` does, from an empty dist: its wall time in seconds. */
async function build(root: string): Promise<number> {
	rmSync(join(root, 'dist'), { recursive: true, force: true });
	return (await runAstroBuild({ name: root, root, log: join(root, 'build.log'), npmRunBuild: true })).seconds;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const htmlPages = (dist: string): number => listFiles(dist).filter((f) => f.endsWith('.html')).length;

const withSystems = fullProjectCopy('bench-systems-with');
const without = fullProjectCopy('bench-systems-without');
try {
	for (const route of SYSTEM_ROUTES) rmSync(join(without, route), { recursive: true, force: true });
	const times = { with: [] as number[], without: [] as number[] };
	const loads: string[] = [];
	for (let i = 0; i < runs; i += 1) {
		times.with.push(await build(withSystems));
		times.without.push(await build(without));
		loads.push(loadavg()[0]?.toFixed(1) ?? '?');
	}
	const dist = join(withSystems, 'dist');
	const html = readFileSync(join(dist, 'systems/index.html'), 'utf8');
	const map = /<svg class="app-map__svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
	const systemPages = readdirSync(join(dist, 'systems'))
		.filter((f) => /^q[a-z0-9]{2}$/.test(f))
		.map((f) => statSync(join(dist, 'systems', f, 'index.html')).size);
	const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
	const f = (s: number) => s.toFixed(2);
	const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
	console.log(`### System pages: build time with and without them

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit} on ${cpus().length} cores (${cpuModel()}), Node ${process.version}; ${runs} builds of each, alternately, in one run of \`npm run bench:systems\` (load average after each pair: ${loads.join(', ')}).

| build | HTML pages | builds (s) | median (s) |
| --- | --- | --- | --- |
| with the system routes | ${htmlPages(dist)} | ${times.with.map(f).join(', ')} | ${f(median(times.with))} |
| without them | ${htmlPages(join(without, 'dist'))} | ${times.without.map(f).join(', ')} | ${f(median(times.without))} |

- The system routes add **${f(median(times.with) - median(times.without))} s** (median against median) to a build.
- The map (inline SVG on /systems/): ${kib(Buffer.byteLength(map))} (budget 60 KiB).
- System pages' HTML: largest ${kib(Math.max(...systemPages))}, smallest ${kib(Math.min(...systemPages))} (budget 40 KiB).`);
} finally {
	rmSync(withSystems, { recursive: true, force: true });
	rmSync(without, { recursive: true, force: true });
}

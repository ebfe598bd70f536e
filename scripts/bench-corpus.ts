/**
 * The scale benchmark (issue 12). From one synthetic corpus of N guidance
 * pages (scripts/lib/corpus.ts), in one run:
 *
 * 1. builds a minimal Astro + MDX baseline site (scripts/lib/baseline.ts: one
 *    layout, one collection, Pagefind), the yardstick;
 * 2. builds the portal with the corpus as its content/ (cold: empty caches);
 * 3. changes one page and builds the portal again (warm: Astro's content
 *    store and the chart cache from step 2);
 * 4. measures search on the portal's build (scripts/bench-search.ts);
 *
 * and prints, for BENCHMARKS.md, each build's time, peak RSS and size, the
 * portal's time as a ratio to the baseline's, the HTML of a guidance page,
 * the CSS and JS a guidance page loads (gzipped), the bytes of a first
 * search query, the warm rebuild's time, and every budget of the issue that
 * applies to N, marked met or not.
 *
 *   npm run bench:corpus -- --pages 1000
 *   node scripts/bench-corpus.ts [--pages N] [--seed N] [--repeat N] [--profile] [--real] [--skip-baseline] [--skip-warm] [--skip-search] [--keep]
 *
 * --profile runs the portal's cold build under `node --cpu-prof` (slower: its
 * time is then not comparable) and prints its top functions by self time.
 * --real also builds the real site, for the fixed cost of a build.
 * --repeat N builds the baseline and the portal in turn N times, each cold,
 * and compares the fastest of each: on a shared machine, load comes and goes.
 *
 * Each build runs in a copy in .tmp/ with its own empty caches; the corpus is
 * written only there, never into content/. Times depend on the machine's
 * load: the load average is printed with each build, and only rows of one
 * run should be compared. At 1,000 pages a run takes a few minutes on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	appendFileSync,
	closeSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { readProjectFiles } from '../src/integrations/content-check.ts';
import { checkProject } from '../src/lib/content-check/project.ts';
import { formatProblems } from '../src/lib/problems/problems.ts';
import { writeBaselineSite } from './lib/baseline.ts';
import { DEFAULT_COUNT, DEFAULT_SEED, generateCorpus } from './lib/corpus.ts';
import {
	isPortalCode,
	readProfile,
	selfTimeByPlace,
	selfTimeTable,
	topFunctions,
	topInclusive,
} from './lib/cpuprofile.ts';
import { buildPhases } from './lib/build-log.ts';
import { cpuModel } from './lib/machine.ts';
import { pageWeight } from './lib/page-weight.ts';
import { BUILD_CACHES, fullProjectCopy, listFiles, ownBuildCaches, ROOT, TMP } from './lib/project-copy.ts';

const args = process.argv.slice(2);
/** `--name N` or `--name=N`. */
function option(name: string, fallback: number, ...aliases: string[]): number {
	let raw: string | undefined;
	for (const n of [name, ...aliases]) {
		const i = args.findIndex((a) => a === `--${n}` || a.startsWith(`--${n}=`));
		if (i < 0) continue;
		const arg = args[i] ?? '';
		raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
	}
	const value = raw === undefined ? fallback : Number(raw);
	if (!Number.isInteger(value) || value < 1) {
		console.error(`--${name} must be a whole number above 0 (got "${raw}")`);
		process.exit(1);
	}
	return value;
}
const flag = (name: string) => args.includes(`--${name}`);
const pages = option('pages', DEFAULT_COUNT, 'count');
const seed = option('seed', DEFAULT_SEED);
const repeat = option('repeat', 1);

interface BuildFigures {
	name: string;
	seconds: number;
	/** Peak resident set of the build (its largest process), in bytes; undefined where /usr/bin/time is missing. */
	peakRss?: number;
	htmlFiles: number;
	distBytes: number;
	distFiles: number;
	indexBytes: number;
	indexFiles: number;
	load: string;
	log: string;
	/** Where the build's time went, from its log: Astro's and Vite's phases and Pagefind. */
	phases: string;
}

const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(', ');
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1e3).toFixed(1)} KB`;
const thousands = (n: number) => n.toLocaleString('en-GB');
const seconds = (s: number) => (s >= 120 ? `${s.toFixed(0)} s (${(s / 60).toFixed(1)} min)` : `${s.toFixed(1)} s`);

function treeSize(dir: string): { files: number; bytes: number } {
	const files = listFiles(dir);
	return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) };
}

const TIME = '/usr/bin/time';

/** Empties a copy's build caches and output, for another cold build in the same copy. */
function emptyBuildCaches(root: string): void {
	for (const cache of BUILD_CACHES) rmSync(join(root, 'node_modules', cache), { recursive: true, force: true });
	rmSync(join(root, 'dist'), { recursive: true, force: true });
}

/** A Markdown summary of the largest .cpuprofile in `dir`: top functions by self time, self time by place, and the portal's own code by total time. */
function profileSummary(dir: string, what: string): string {
	const file = readdirSync(dir)
		.filter((f) => f.endsWith('.cpuprofile'))
		.map((f) => join(dir, f))
		.sort((a, b) => statSync(b).size - statSync(a).size)[0];
	if (!file) return '';
	const profile = readProfile(file);
	return `\n### Profile of the portal's ${what} (\`--profile\`)\n\nThe largest .cpuprofile of the build (${file.replace(`${ROOT}/`, '')}), ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s profiled. Top functions by self time:\n\n${selfTimeTable(topFunctions(profile, 25), 'function (file:line)')}\n\nSelf time by where the code lives:\n\n${selfTimeTable(selfTimeByPlace(profile), 'place')}\n\nThe portal's own code (src/, and the chunks the build bundles it into) by total time, its callees included:\n\n${selfTimeTable(topInclusive(profile, isPortalCode, 20), 'function (file:line)').replace('| self time |', '| total time |')}\n`;
}

/** Builds the site at `root` into root/dist with the real `astro build`, timed from start to exit. */
function timedBuild(name: string, root: string, nodeArgs: string[] = []): BuildFigures {
	const dist = join(root, 'dist');
	const before = load();
	console.error(`building ${name} in ${root} ...`);
	// The output goes to a file: for 1,000 pages Vite's warnings pass spawnSync's 1 MiB buffer.
	const log = join(root, `build-${name.replace(/\W+/g, '-')}.log`);
	const out = openSync(log, 'w');
	const rssFile = join(root, 'peak-rss.txt');
	const command = [
		process.execPath,
		...nodeArgs,
		join(ROOT, 'node_modules/astro/bin/astro.mjs'),
		'build',
		'--root',
		root,
		'--outDir',
		dist,
	];
	const timed = existsSync(TIME);
	const started = performance.now();
	const result = spawnSync(
		timed ? TIME : (command[0] as string),
		timed ? ['-f', '%M', '-o', rssFile, ...command] : command.slice(1),
		{
			cwd: root,
			stdio: ['ignore', out, out],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		},
	);
	const elapsed = (performance.now() - started) / 1000;
	closeSync(out);
	if (result.status !== 0) {
		console.error(readFileSync(log, 'utf8').slice(-20_000));
		throw new Error(`astro build of ${name} failed (exit ${result.status ?? result.signal}); its output is above`);
	}
	// GNU time's %M: the maximum resident set size of the build's largest process, in KiB.
	const peakKiB = timed ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
	const all = treeSize(dist);
	const index = treeSize(join(dist, 'pagefind'));
	const figures: BuildFigures = {
		name,
		seconds: elapsed,
		...(Number.isFinite(peakKiB) ? { peakRss: peakKiB * 1024 } : {}),
		htmlFiles: listFiles(dist).filter((f) => f.endsWith('.html')).length,
		distBytes: all.bytes,
		distFiles: all.files,
		indexBytes: index.bytes,
		indexFiles: index.files,
		load: `${before} → ${load()}`,
		log,
		phases: buildPhases(readFileSync(log, 'utf8')),
	};
	console.error(
		`  ${elapsed.toFixed(1)} s, ${figures.htmlFiles} HTML files, peak RSS ${figures.peakRss ? mb(figures.peakRss) : '?'}`,
	);
	return figures;
}

// The corpus, checked before anything is built: every page must pass the content check.
const files = readProjectFiles(ROOT);
const corpus = generateCorpus(files, { count: pages, seed });
const { problems } = checkProject({ ...files, content: corpus });
if (problems.length > 0) {
	console.error(`the generated corpus fails the content check:\n${formatProblems(problems)}`);
	process.exit(1);
}
const corpusHash = createHash('sha256');
for (const page of corpus) corpusHash.update(`${page.path}\n${page.text}\n`);
const corpusWords = corpus.reduce(
	(sum, p) => sum + (p.text.split(/^---$/m)[2] ?? '').split(/\s+/).filter(Boolean).length,
	0,
);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty =
	spawnSync('git', ['status', '--porcelain', '--', 'src', 'scripts', 'astro.config.mjs', 'package.json'], {
		cwd: ROOT,
		encoding: 'utf8',
	}).stdout.trim() !== '';

const copies: string[] = [];
let real: BuildFigures | undefined;
let baseline: BuildFigures | undefined;
let cold: BuildFigures | undefined;
const baselineRuns: BuildFigures[] = [];
const portalRuns: BuildFigures[] = [];
let warm: BuildFigures | undefined;
const guidanceHtml = { mean: 0, max: 0, count: 0 };
let weight: ReturnType<typeof pageWeight> | undefined;
let search: { table: string; maxSearchBytes: number; maxAllBytes: number } | undefined;
let profileSection = '';
const startedAt = new Date();
const loadBefore = load();

try {
	if (flag('real')) {
		const copy = fullProjectCopy('bench-real');
		ownBuildCaches(copy);
		copies.push(copy);
		real = timedBuild('real site', copy);
	}

	let baselineCopy: string | undefined;
	if (!flag('skip-baseline')) {
		mkdirSync(TMP, { recursive: true });
		baselineCopy = mkdtempSync(join(TMP, 'bench-baseline-'));
		copies.push(baselineCopy);
		writeBaselineSite(baselineCopy, corpus);
		ownBuildCaches(baselineCopy);
	}

	const copy = fullProjectCopy('bench-corpus');
	ownBuildCaches(copy);
	copies.push(copy);
	rmSync(join(copy, 'content'), { recursive: true, force: true });
	for (const page of corpus) {
		mkdirSync(dirname(join(copy, page.path)), { recursive: true });
		writeFileSync(join(copy, page.path), page.text);
	}
	const profileDir = join(copy, 'profile');
	// Baseline and portal in turn, `repeat` times, each from empty caches; the fastest of each counts.
	for (let run = 1; run <= repeat; run++) {
		const label = repeat > 1 ? ` (run ${run} of ${repeat})` : '';
		if (baselineCopy) {
			if (run > 1) emptyBuildCaches(baselineCopy);
			baselineRuns.push(timedBuild(`baseline${label}`, baselineCopy));
		}
		if (run > 1) emptyBuildCaches(copy);
		portalRuns.push(
			timedBuild(
				`portal${label}`,
				copy,
				flag('profile') && run === 1 ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
			),
		);
	}
	const fastest = (runs: BuildFigures[]) =>
		runs.reduce<BuildFigures | undefined>((best, b) => (!best || b.seconds < best.seconds ? b : best), undefined);
	baseline = fastest(baselineRuns);
	cold = fastest(portalRuns);
	const dist = join(copy, 'dist');

	// The HTML of each corpus guidance page, and what one of them loads.
	const sizes = corpus.map(
		(p) => statSync(join(dist, p.path.replace(/^content\//, '').replace(/\.mdx$/, '/index.html'))).size,
	);
	Object.assign(guidanceHtml, {
		mean: sizes.reduce((a, b) => a + b, 0) / sizes.length,
		max: Math.max(...sizes),
		count: sizes.length,
	});
	const sample = corpus[Math.floor(corpus.length / 2)] ?? corpus[0];
	if (sample) weight = pageWeight(dist, sample.path.replace(/^content\//, '').replace(/\.mdx$/, '/index.html'));

	if (flag('profile')) profileSection += profileSummary(profileDir, 'cold build');

	if (!flag('skip-warm') && sample) {
		// An editor's change: one more sentence at the end of one page.
		appendFileSync(
			join(copy, sample.path),
			'\nThis sentence was added to measure a rebuild after a one-page change.\n',
		);
		const warmProfileDir = join(copy, 'profile-warm');
		warm = timedBuild(
			'portal, warm, one page changed',
			copy,
			flag('profile') ? ['--cpu-prof', `--cpu-prof-dir=${warmProfileDir}`] : [],
		);
		if (flag('profile')) profileSection += profileSummary(warmProfileDir, 'warm rebuild');
	}

	if (!flag('skip-search')) {
		console.error('measuring search on the portal (scripts/bench-search.ts) ...');
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-search.ts'), dist], {
			cwd: ROOT,
			encoding: 'utf8',
		});
		if (run.status !== 0) {
			console.error(run.stdout, run.stderr);
			throw new Error(`scripts/bench-search.ts failed (exit ${run.status})`);
		}
		const rows = run.stdout.split('\n').filter((l) => /^\| (?!first query|---)/.test(l));
		const kib = (cell: string | undefined) => Number((cell ?? '').replace(/[^\d.]/g, '')) * 1024;
		const cells = rows.map((r) => r.split('|').map((c) => c.trim()));
		search = {
			table: run.stdout.replace(/^### .*\n+/, '').trim(),
			maxSearchBytes: Math.max(...cells.map((c) => kib(c[4]))),
			maxAllBytes: Math.max(...cells.map((c) => kib(c[6]))),
		};
	}
} finally {
	if (!flag('keep')) for (const dir of copies) rmSync(dir, { recursive: true, force: true });
	else console.error(`kept: ${copies.join(', ')}`);
}

const row = (b: BuildFigures | undefined) =>
	b
		? `| ${b.name} | ${seconds(b.seconds)} | ${b.phases || '?'} | ${b.peakRss ? mb(b.peakRss) : '?'} | ${thousands(b.htmlFiles)} | ${mb(b.distBytes)} (${thousands(b.distFiles)} files) | ${kb(b.indexBytes)} (${thousands(b.indexFiles)} files) | ${b.load} |`
		: '';

interface Budget {
	what: string;
	figure: string;
	met: boolean | undefined;
	/** When the budget is set for another page count than this run's. */
	note?: string | undefined;
}
const budgets: Budget[] = [];
const at = (n: number) => (pages === n ? undefined : `budget set for ${thousands(n)} pages`);
if (cold && baseline) {
	const ratio = cold.seconds / baseline.seconds;
	budgets.push({
		what: 'build time at most 1.1× the baseline (1,000 pages)',
		figure: `${ratio.toFixed(2)}× (${seconds(cold.seconds)} / ${seconds(baseline.seconds)})`,
		met: ratio <= 1.1,
		note: at(1000),
	});
}
const compare = args.find((a) => a.startsWith('--compare='));
if (cold && compare) {
	const base = Number(compare.slice('--compare='.length));
	budgets.push({
		what: 'at 3,000 pages, at most 3.3× the portal’s 1,000-page time',
		figure: `${(cold.seconds / base).toFixed(2)}× (${seconds(cold.seconds)} / ${seconds(base)}, another run)`,
		met: cold.seconds / base <= 3.3,
		note: at(3000),
	});
}
if (cold) {
	budgets.push({
		what: 'at 10,000 pages, at most 8 minutes',
		figure: seconds(cold.seconds),
		met: cold.seconds <= 480,
		note: at(10000),
	});
	if (cold.peakRss)
		budgets.push({
			what: 'at 10,000 pages, peak RSS at most 3 GB',
			figure: mb(cold.peakRss),
			met: cold.peakRss <= 3e9,
			note: at(10000),
		});
	budgets.push({
		what: 'HTML per guidance page at most 25 KB (1,000 and 10,000 pages)',
		figure: `largest ${kb(guidanceHtml.max)}, mean ${kb(guidanceHtml.mean)}`,
		met: guidanceHtml.max <= 25_000,
	});
	budgets.push({
		what: 'dist at 10,000 pages at most 1.5 GB',
		figure: mb(cold.distBytes),
		met: cold.distBytes <= 1.5e9,
		note: at(10000),
	});
}
if (weight) {
	const gz = weight.cssGzipBytes + weight.jsGzipBytes;
	budgets.push({
		what: 'CSS + JS a guidance page loads at most 12 KB gzipped',
		figure: `${kb(gz)} (CSS ${kb(weight.cssGzipBytes)}, JS ${kb(weight.jsGzipBytes)})`,
		met: gz <= 12_000,
	});
	budgets.push({
		what: 'no render-blocking script',
		figure: weight.renderBlocking.length === 0 ? 'none' : weight.renderBlocking.join(', '),
		met: weight.renderBlocking.length === 0,
	});
}
if (cold && warm) {
	const share = warm.seconds / cold.seconds;
	budgets.push({
		what: 'rebuild after a one-page change at most 40% of the cold build (1,000 pages)',
		figure: `${(share * 100).toFixed(0)}% (${seconds(warm.seconds)} / ${seconds(cold.seconds)})`,
		met: share <= 0.4,
		note: at(1000),
	});
}
if (search) {
	budgets.push({
		what: 'a first search query fetches at most 300 KB (10,000 pages)',
		figure: `${kb(search.maxSearchBytes)} of search files (${kb(search.maxAllBytes)} with the page, CSS and script), largest of 4 queries`,
		met: search.maxSearchBytes <= 300_000,
		note: at(10000),
	});
}
const mark = (b: Budget) => (b.met === undefined ? '?' : b.met ? 'met' : '**not met**');

console.log(`## Scale: ${thousands(pages)} guidance pages

Measured ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${cpuModel()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB), Node ${process.version}, commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}; load average ${loadBefore} at the start. \`node scripts/bench-corpus.ts ${args.join(' ')}\`.
The corpus: ${thousands(corpus.length)} synthetic guidance pages (seed ${seed}, ${thousands(Math.round(corpusWords / corpus.length))} words a page on average, sha256 ${corpusHash.digest('hex').slice(0, 16)}). Every build is the real \`astro build\` in its own copy in .tmp/ with empty caches, except the warm rebuild, which reuses the portal's copy after one page changed.${repeat > 1 ? ` Baseline and portal were built in turn ${repeat} times each; the budgets use the fastest of each.` : ''}${flag('profile') ? " The portal's cold build ran under --cpu-prof, which slows it: its time is not comparable." : ''}

| build | time | of which (from the build's log) | peak RSS | HTML files | dist | search index | load average (1, 5, 15 min) before → after |
| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |
${[real, ...baselineRuns, ...portalRuns, warm].map(row).filter(Boolean).join('\n')}

- HTML of a guidance page: mean ${kb(guidanceHtml.mean)}, largest ${kb(guidanceHtml.max)} (${thousands(guidanceHtml.count)} pages)
${weight ? `- CSS + JS a guidance page loads: ${kb(weight.cssBytes + weight.jsBytes)} raw, ${kb(weight.cssGzipBytes + weight.jsGzipBytes)} gzipped (${weight.stylesheets.length} stylesheet, ${weight.scripts.length} scripts)\n` : ''}${cold && baseline ? `- Portal / baseline build time: ${(cold.seconds / baseline.seconds).toFixed(2)}×\n` : ''}${cold && warm ? `- Warm rebuild after a one-page change: ${seconds(warm.seconds)} (${((warm.seconds / cold.seconds) * 100).toFixed(0)}% of the cold build)\n` : ''}
| budget (issue 12) | this run | met? |
| --- | --- | --- |
${budgets.map((b) => `| ${b.what} | ${b.figure} | ${mark(b)}${b.note ? ` (${b.note})` : ''} |`).join('\n')}
${search ? `\n### Search on the ${thousands(pages)}-page portal\n\n${search.table}\n` : ''}${profileSection}`);

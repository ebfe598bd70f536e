/**
 * The scale benchmark's measuring: timed builds of project copies, the sizes
 * of what they wrote, a first search query, CPU profiles, the corpus and the
 * machine. Everything here touches the disk, the clock or a child process;
 * the parts that only read text (parseSearchOutput, corpusFacts, fastest)
 * are exported for the tests.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	appendFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { SourceFile } from '../../../src/lib/content-check/project.ts';
import { runAstroBuild } from '../astro-build.ts';
import { writeBaselineSite } from '../baseline.ts';
import { buildPhases, generatedPages } from '../build-log.ts';
import {
	isPortalCode,
	readProfile,
	selfTimeByPlace,
	selfTimeTable,
	topFunctions,
	topInclusive,
} from '../cpuprofile.ts';
import { cpuModel } from '../machine.ts';
import { pageWeight } from '../page-weight.ts';
import {
	BUILD_CACHES,
	coldProjectCopy,
	fullProjectCopy,
	listFiles,
	ownBuildCaches,
	ROOT,
	TMP,
} from '../project-copy.ts';
import type {
	BuildFigures,
	CorpusFacts,
	CorpusRun,
	GuidanceHtml,
	RunContext,
	SearchFigures,
	SearchFileKind,
	SplitBuilds,
} from './figures.ts';
import type { BenchOptions } from './options.ts';
import { mb } from './units.ts';

/** The load average (1, 5, 15 minutes), two decimals each. */
export const load = (): string =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(', ');

/** The files under `dir` and their bytes. */
function treeSize(dir: string): { files: number; bytes: number } {
	const files = listFiles(dir);
	return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) };
}

/** Empties a copy's build caches and output, for another cold build in the same copy. */
export function emptyBuildCaches(root: string): void {
	for (const cache of BUILD_CACHES) rmSync(join(root, 'node_modules', cache), { recursive: true, force: true });
	rmSync(join(root, 'dist'), { recursive: true, force: true });
}

/**
 * Builds the site at `root` into root/dist, the portal as `npm run build` does and the baseline with
 * a plain `astro build` (`site`), and measures it and what it wrote.
 */
export async function timedBuild(
	name: string,
	root: string,
	site: 'portal' | 'baseline',
	nodeArgs: readonly string[] = [],
): Promise<BuildFigures> {
	const dist = join(root, 'dist');
	const before = load();
	console.error(`building ${name} in ${root} ...`);
	const log = join(root, `build-${name.replace(/\W+/g, '-')}.log`);
	const npmRunBuild = site === 'portal';
	const build = await runAstroBuild({ name, root, outDir: dist, log, nodeArgs, npmRunBuild, memory: true });
	const all = treeSize(dist);
	const index = treeSize(join(dist, 'pagefind'));
	const figures: BuildFigures = {
		name,
		seconds: build.seconds,
		cpuSeconds: build.cpuSeconds,
		memory: build.memory,
		htmlFiles: listFiles(dist).filter((f) => f.endsWith('.html')).length,
		distBytes: all.bytes,
		distFiles: all.files,
		indexBytes: index.bytes,
		indexFiles: index.files,
		load: `${before} → ${load()}`,
		log,
		phases: buildPhases(readFileSync(log, 'utf8')),
	};
	const { largestProcess: rss, processTree: tree } = figures.memory;
	const treeNote = tree === undefined ? '' : ` (whole tree ${mb(tree)})`;
	const cpu = build.cpuSeconds === undefined ? '' : ` (${build.cpuSeconds.toFixed(1)} CPU s)`;
	console.error(
		`  ${build.seconds.toFixed(1)} s${cpu}, ${figures.htmlFiles} HTML files, peak RSS ${rss ? mb(rss) : '?'}${treeNote}`,
	);
	return figures;
}

/** The fastest of some builds (the first of equals), or undefined for none. */
export function fastest(runs: readonly BuildFigures[]): BuildFigures | undefined {
	return runs.reduce<BuildFigures | undefined>((best, b) => (!best || b.seconds < best.seconds ? b : best), undefined);
}

/** Where a corpus page's HTML is in a dist: content/x/y.mdx → x/y/index.html. */
export const builtPage = (page: SourceFile): string =>
	page.path.replace(/^content\//, '').replace(/\.mdx$/, '/index.html');

/** The mean and largest HTML of the corpus's pages in `dist`. */
export function guidanceHtml(dist: string, corpus: readonly SourceFile[]): GuidanceHtml {
	const sizes = corpus.map((p) => statSync(join(dist, builtPage(p))).size);
	return { mean: sizes.reduce((a, b) => a + b, 0) / sizes.length, max: Math.max(...sizes), count: sizes.length };
}

/** A number of KiB in a table cell ("293.8 KiB"), in bytes. */
const kibCell = (cell: string | undefined) => Number((cell ?? '').replace(/[^\d.]/g, '')) * 1024;

/**
 * scripts/bench-search.ts's output read: its Markdown without the heading;
 * the largest search bytes (decoded, and transferred where it printed them)
 * and the largest bytes of all requests over its queries (each the largest
 * of its own column); and, where it printed them, the search bytes by kind of
 * the query that fetched most (decoded).
 */
export function parseSearchOutput(stdout: string): SearchFigures {
	const [queries = '', kinds] = stdout.split(/^Search bytes by kind.*$/m);
	const rowsOf = (text: string, header: string) =>
		text
			.split('\n')
			.filter((l) => l.startsWith('| ') && !l.startsWith(`| ${header} |`) && !l.startsWith('| ---'))
			.map((r) => r.split('|').map((c) => c.trim()));
	const rows = rowsOf(queries, 'first query');
	if (rows.length === 0) throw new Error(`scripts/bench-search.ts printed no query rows:\n${stdout}`);
	const largest = (column: number) => Math.max(...rows.map((c) => kibCell(c[column])));
	const transfer = rows.every((c) => c[9] !== undefined && c[9] !== '') ? { transfer: largest(9) } : {};
	const figures: SearchFigures = {
		table: stdout.replace(/^### .*\n+/, '').trim(),
		search: { decoded: largest(4), ...transfer },
		all: { decoded: largest(6) },
	};
	if (kinds === undefined) return figures;
	const [header] = kinds.split('\n').filter((l) => l.startsWith('| query |'));
	const names = (header ?? '')
		.split('|')
		.map((c) => c.trim())
		.slice(2, -1) as SearchFileKind[];
	// The query that fetched most search bytes, decoded: its row of the kinds table.
	const most = rows.reduce((best, c) => (kibCell(c[4]) > kibCell(best[4]) ? c : best));
	const row = rowsOf(kinds, 'query').find((c) => c[1] === most[1]);
	if (!row) return figures;
	figures.byKind = Object.fromEntries(
		names.map((name, i) => {
			const [decoded, sent] = (row[i + 2] ?? '').split('/');
			return [name, { decoded: kibCell(decoded), transfer: kibCell(sent) }];
		}),
	);
	return figures;
}

/** Measures a first search query on the site built in `dist` (scripts/bench-search.ts, in Chromium). */
export function measureSearch(dist: string): SearchFigures {
	console.error('measuring search on the portal (scripts/bench-search.ts) ...');
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-search.ts'), dist], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	if (run.status !== 0) {
		console.error(run.stdout, run.stderr);
		throw new Error(`scripts/bench-search.ts failed (exit ${run.status})`);
	}
	return parseSearchOutput(run.stdout);
}

/** A Markdown summary of the largest .cpuprofile in `dir` (`what`: "the portal's cold build"): top functions by self time, self time by place, and the portal's own code by total time. */
export function profileSummary(dir: string, what: string): string {
	const file = readdirSync(dir)
		.filter((f) => f.endsWith('.cpuprofile'))
		.map((f) => join(dir, f))
		.sort((a, b) => statSync(b).size - statSync(a).size)[0];
	if (!file) return '';
	const profile = readProfile(file);
	return `\n### Profile of ${what} (\`--profile\`)\n\nThe largest .cpuprofile of the build (${file.replace(`${ROOT}/`, '')}), ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s profiled. Top functions by self time:\n\n${selfTimeTable(topFunctions(profile, 25), 'function (file:line)')}\n\nSelf time by where the code lives:\n\n${selfTimeTable(selfTimeByPlace(profile), 'place')}\n\nThe portal's own code (src/, and the chunks the build bundles it into) by total time, its callees included:\n\n${selfTimeTable(topInclusive(profile, isPortalCode, 20), 'function (file:line)').replace('| self time |', '| total time |')}\n`;
}

/** The corpus as the report describes it: its size, its words and a hash of every page. */
export function corpusFacts(corpus: readonly SourceFile[], seed: number): CorpusFacts {
	const hash = createHash('sha256');
	for (const page of corpus) hash.update(`${page.path}\n${page.text}\n`);
	const words = corpus.reduce(
		(sum, p) => sum + (p.text.split(/^---$/m)[2] ?? '').split(/\s+/).filter(Boolean).length,
		0,
	);
	return { pages: corpus.length, seed, words, hash: hash.digest('hex').slice(0, 16) };
}

/** The checkout's short commit, and whether the code that is built has uncommitted changes. */
function gitState(): { commit: string; dirty: boolean } {
	const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
	return {
		commit: git('rev-parse', '--short', 'HEAD'),
		dirty: git('status', '--porcelain', '--', 'src', 'scripts', 'astro.config.mjs', 'package.json') !== '',
	};
}

/** The machine, the checkout and the load now, for the report's first lines. */
export function runContext(options: { args: readonly string[]; repeat: number; profiled: boolean }): RunContext {
	return {
		startedAt: new Date(),
		cores: cpus().length,
		cpu: cpuModel(),
		memoryBytes: totalmem(),
		node: process.version,
		...gitState(),
		loadBefore: load(),
		...options,
	};
}

/** A copy of the project whose content/ is the corpus (and `data` the corpus's data files), with empty build caches. */
function portalCopy(corpus: readonly SourceFile[], data: readonly SourceFile[] = []): string {
	const copy = fullProjectCopy('bench-corpus');
	ownBuildCaches(copy);
	rmSync(join(copy, 'content'), { recursive: true, force: true });
	for (const page of [...corpus, ...data]) {
		mkdirSync(dirname(join(copy, page.path)), { recursive: true });
		writeFileSync(join(copy, page.path), page.text);
	}
	return copy;
}

/** The baseline site (scripts/lib/baseline.ts) of the corpus in a copy of its own, with empty build caches. */
function baselineCopy(corpus: readonly SourceFile[]): string {
	mkdirSync(TMP, { recursive: true });
	const copy = mkdtempSync(join(TMP, 'bench-baseline-'));
	writeBaselineSite(copy, corpus);
	ownBuildCaches(copy);
	return copy;
}

/** `figures` of a warm rebuild with what its log says it rendered and reused from Astro's incremental cache. */
function withGenerated(figures: BuildFigures): BuildFigures {
	const { rendered, reused } = generatedPages(readFileSync(figures.log, 'utf8'));
	return { ...figures, generated: { rendered: rendered.length, reused: reused.length } };
}

/** The dataset figure the data-edit rebuild changes: England's latest virtual ward beds (data/datasets/vw-capacity.json). */
export const BENCH_DATA_EDIT = { file: 'data/datasets/vw-capacity.json', from: '"value": 12588', to: '"value": 12345' };

/** The portal rebuilt warm after an editor changed one figure of a dataset, which every page that prints it must show. */
async function dataEditRebuild(copy: string): Promise<BuildFigures> {
	const file = join(copy, BENCH_DATA_EDIT.file);
	const text = readFileSync(file, 'utf8');
	if (!text.includes(BENCH_DATA_EDIT.from))
		throw new Error(`${BENCH_DATA_EDIT.from} is not in ${BENCH_DATA_EDIT.file}`);
	writeFileSync(file, text.replace(BENCH_DATA_EDIT.from, BENCH_DATA_EDIT.to));
	return withGenerated(await timedBuild('portal, warm, one dataset figure changed', copy, 'portal'));
}

/** What runCorpusBenchmark measured: the run's figures and the profiles' Markdown (--profile), or ''. */
export interface CorpusMeasurement {
	run: CorpusRun;
	profile: string;
}

/**
 * One run of the scale benchmark on `corpus`: the real site (--real), the
 * baseline and the portal in turn (--repeat), each cold, what a guidance
 * page weighs, the portal rebuilt warm after one page changed, and a first
 * search query. The copies in .tmp/ are removed afterwards, unless --keep.
 */
export async function runCorpusBenchmark(
	options: BenchOptions,
	corpus: readonly SourceFile[],
	data: readonly SourceFile[] = [],
): Promise<CorpusMeasurement> {
	const copies: string[] = [];
	const baselineRuns: BuildFigures[] = [];
	const portalRuns: BuildFigures[] = [];
	const run: CorpusRun = {
		pages: options.pages,
		baselineRuns,
		portalRuns,
		guidanceHtml: { mean: 0, max: 0, count: 0 },
	};
	let profile = '';
	const cpuProf = (dir: string) => ['--cpu-prof', `--cpu-prof-dir=${dir}`];
	try {
		if (options.real) {
			const copy = coldProjectCopy('bench-real');
			copies.push(copy);
			run.real = await timedBuild('real site', copy, 'portal');
		}
		const baseline = options.skipBaseline ? undefined : baselineCopy(corpus);
		if (baseline) copies.push(baseline);
		const copy = portalCopy(corpus, data);
		copies.push(copy);
		const profileDir = join(copy, 'profile');
		// Baseline and portal in turn, `repeat` times, each from empty caches; the fastest of each counts.
		for (let n = 1; n <= options.repeat; n++) {
			const label = options.repeat > 1 ? ` (run ${n} of ${options.repeat})` : '';
			if (baseline) {
				if (n > 1) emptyBuildCaches(baseline);
				baselineRuns.push(
					await timedBuild(
						`baseline${label}`,
						baseline,
						'baseline',
						options.profile && n === 1 ? cpuProf(join(baseline, 'profile')) : [],
					),
				);
			}
			if (n > 1) emptyBuildCaches(copy);
			portalRuns.push(
				await timedBuild(`portal${label}`, copy, 'portal', options.profile && n === 1 ? cpuProf(profileDir) : []),
			);
		}
		run.baseline = fastest(baselineRuns);
		run.cold = fastest(portalRuns);
		const dist = join(copy, 'dist');

		// The HTML of each corpus guidance page, and what one of them loads.
		run.guidanceHtml = guidanceHtml(dist, corpus);
		const sample = corpus[Math.floor(corpus.length / 2)] ?? corpus[0];
		if (sample) run.weight = pageWeight(dist, builtPage(sample));
		if (options.profile) {
			profile += profileSummary(profileDir, "the portal's cold build");
			if (baseline) profile += profileSummary(join(baseline, 'profile'), 'the baseline build');
		}

		if (!options.skipWarm && sample) {
			// An editor's change: one more sentence at the end of one page.
			appendFileSync(
				join(copy, sample.path),
				'\nThis sentence was added to measure a rebuild after a one-page change.\n',
			);
			const warmProfileDir = join(copy, 'profile-warm');
			run.warm = withGenerated(
				await timedBuild(
					'portal, warm, one page changed',
					copy,
					'portal',
					options.profile ? cpuProf(warmProfileDir) : [],
				),
			);
			if (options.profile) profile += profileSummary(warmProfileDir, "the portal's warm rebuild");
			run.warmData = await dataEditRebuild(copy);
		}

		if (!options.skipSearch) run.search = measureSearch(dist);
	} finally {
		if (!options.keep) for (const dir of copies) rmSync(dir, { recursive: true, force: true });
		else console.error(`kept: ${copies.join(', ')}`);
	}
	return { run, profile };
}

/**
 * The baseline and the portal built cold at a second, smaller corpus size
 * (--fit M), for the fixed cost and the cost per page (split.ts); each in a
 * copy of its own, removed afterwards unless --keep.
 */
export async function runSplitBuilds(
	options: Pick<BenchOptions, 'skipBaseline' | 'keep'>,
	corpus: readonly SourceFile[],
	data: readonly SourceFile[] = [],
): Promise<SplitBuilds> {
	const copies: string[] = [];
	const label = ` at ${corpus.length} pages`;
	try {
		const split: SplitBuilds = { pages: corpus.length };
		if (!options.skipBaseline) {
			const baseline = baselineCopy(corpus);
			copies.push(baseline);
			split.baseline = await timedBuild(`baseline${label}`, baseline, 'baseline');
		}
		const portal = portalCopy(corpus, data);
		copies.push(portal);
		split.portal = await timedBuild(`portal${label}`, portal, 'portal');
		return split;
	} finally {
		if (!options.keep) for (const dir of copies) rmSync(dir, { recursive: true, force: true });
		else console.error(`kept: ${copies.join(', ')}`);
	}
}

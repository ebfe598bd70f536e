/**
 * The 1,000-page benchmark: builds the real site and a 1,000-guidance-page
 * synthetic corpus (scripts/lib/corpus.ts) the same way, each in a throwaway
 * copy of the project in .tmp/ with the real `astro build`, and reports
 * build time, pages per second, dist size and search index size for both,
 * then the bytes a first query fetches on the corpus (scripts/bench-search.ts,
 * run as a child process on the corpus's dist).
 *
 *   npm run bench:corpus
 *   node scripts/bench-corpus.ts [--count=1000] [--seed=1] [--skip-real] [--skip-search] [--keep]
 *
 * The corpus is written only into the copy, never into content/ of the
 * repository. Prints a Markdown section for BENCHMARKS.md. On a 2-core
 * machine one run takes several minutes: run it once, not in a loop.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { readProjectFiles } from '../src/integrations/content-check.ts';
import { checkProject } from '../src/lib/content-check/project.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';
import { fullProjectCopy, listFiles, ROOT } from './lib/project-copy.ts';
import { DEFAULT_COUNT, DEFAULT_SEED, generateCorpus } from './lib/corpus.ts';
import { cpuModel } from './lib/machine.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const arg = args.find((a) => a.startsWith(`--${name}=`));
	const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
	if (!Number.isInteger(value) || value < 1) {
		console.error(`--${name} must be a whole number above 0 (got "${arg}")`);
		process.exit(1);
	}
	return value;
};
const count = option('count', DEFAULT_COUNT);
const seed = option('seed', DEFAULT_SEED);
const flag = (name: string) => args.includes(`--${name}`);

interface BuildFigures {
	name: string;
	guidancePages: number;
	seconds: number;
	htmlFiles: number;
	distBytes: number;
	distFiles: number;
	indexBytes: number;
	indexFiles: number;
	load: string;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const thousands = (n: number) => n.toLocaleString('en-GB');

function treeSize(dir: string): { files: number; bytes: number } {
	const files = listFiles(dir);
	return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) };
}

/** The build caches Astro and Vite keep in node_modules/ (the content layer's data store, pre-bundled dependencies). */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/**
 * A copy of the project with its own, empty build caches: fullProjectCopy
 * links node_modules/, so every copy (and the worktree itself) would share
 * node_modules/.astro, and a build's time would depend on what the last
 * build of any copy left there. Here node_modules/ is a real folder of
 * links to each package, and the caches are the copy's own.
 */
function coldCopy(name: string): string {
	const copy = fullProjectCopy(name);
	const modules = join(copy, 'node_modules');
	unlinkSync(modules);
	mkdirSync(modules);
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (!CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
	}
	return copy;
}

/** Builds the project copy at `root` into root/dist with the real astro build, timed from start to exit. */
function timedBuild(name: string, root: string, guidancePages: number): BuildFigures {
	const dist = join(root, 'dist');
	const before = load();
	console.error(`building ${name} (${guidancePages} guidance pages) in ${root} ...`);
	// As tests/helpers/site.ts buildSite, but the output goes to a file: for 1,000 pages
	// Vite's warnings pass spawnSync's 1 MiB buffer, which would kill the build.
	const log = join(root, 'build.log');
	const out = openSync(log, 'w');
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', dist], {
		cwd: root,
		stdio: ['ignore', out, out],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const seconds = (performance.now() - started) / 1000;
	closeSync(out);
	if (result.status !== 0) {
		console.error(readFileSync(log, 'utf8').slice(-20_000));
		throw new Error(`astro build of ${name} failed (exit ${result.status ?? result.signal}); its output is above`);
	}
	const all = treeSize(dist);
	const index = treeSize(join(dist, 'pagefind'));
	const figures = {
		name,
		guidancePages,
		seconds,
		htmlFiles: listFiles(dist).filter((f) => f.endsWith('.html')).length,
		distBytes: all.bytes,
		distFiles: all.files,
		indexBytes: index.bytes,
		indexFiles: index.files,
		load: `${before} → ${load()}`,
	};
	console.error(`  ${seconds.toFixed(1)} s, ${figures.htmlFiles} HTML files`);
	return figures;
}

// The corpus, checked before anything is built: every page must pass the content check.
const files = readProjectFiles(ROOT);
const corpus = generateCorpus(files, { count, seed });
const { problems } = checkProject({ ...files, content: corpus });
if (problems.length > 0) {
	console.error(`the generated corpus fails the content check:\n${formatProblems(problems)}`);
	process.exit(1);
}
const corpusHash = createHash('sha256');
for (const page of corpus) corpusHash.update(`${page.path}\n${page.text}\n`);
const corpusWords = corpus.reduce((sum, p) => sum + (p.text.split(/^---$/m)[2] ?? '').split(/\s+/).filter(Boolean).length, 0);

const copies: string[] = [];
const builds: BuildFigures[] = [];
let searchSection = '';
try {
	if (!flag('skip-real')) {
		const real = coldCopy('bench-real');
		copies.push(real);
		builds.push(timedBuild('real site', real, files.content.length));
	}
	const copy = coldCopy('bench-corpus');
	copies.push(copy);
	rmSync(join(copy, 'content'), { recursive: true, force: true });
	for (const page of corpus) {
		mkdirSync(dirname(join(copy, page.path)), { recursive: true });
		writeFileSync(join(copy, page.path), page.text);
	}
	builds.push(timedBuild(`${thousands(count)}-page corpus`, copy, corpus.length));

	if (!flag('skip-search')) {
		console.error('measuring search on the corpus (scripts/bench-search.ts) ...');
		const search = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-search.ts'), join(copy, 'dist')], { cwd: ROOT, encoding: 'utf8' });
		if (search.status !== 0) {
			console.error(search.stdout, search.stderr);
			throw new Error(`scripts/bench-search.ts failed (exit ${search.status})`);
		}
		// Its own heading names the folder; ours names the corpus.
		searchSection = search.stdout.replace(/^### .*\n+/, '').trim();
	}
} finally {
	if (!flag('keep')) for (const dir of copies) rmSync(dir, { recursive: true, force: true });
	else console.error(`kept: ${copies.join(', ')}`);
}

const row = (b: BuildFigures) =>
	`| ${b.name} | ${thousands(b.guidancePages)} | ${thousands(b.htmlFiles)} | ${b.seconds.toFixed(1)} s | ${(b.htmlFiles / b.seconds).toFixed(1)} | ${mib(b.distBytes)} (${thousands(b.distFiles)} files) | ${kib(b.indexBytes)} (${b.indexFiles} files) | ${b.load} |`;

/** With the real site built too: the cost of the extra pages alone, without the fixed cost of a build (start-up, charts, Pagefind's set-up). */
function marginal(): string {
	const [real, big] = builds;
	if (!real || !big || builds.length < 2 || big.seconds <= real.seconds) return '';
	const pages = big.htmlFiles - real.htmlFiles;
	const seconds = big.seconds - real.seconds;
	return `\nThe ${thousands(pages)} extra HTML pages of the corpus took ${seconds.toFixed(1)} s more than the real site: ${(pages / seconds).toFixed(1)} pages/s at the margin.\n`;
}

console.log(`## Build

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpuModel()}), Node ${process.version}; \`npm run bench:corpus\`.
Each build is the real \`astro build\` (content check, pages, charts, Pagefind) of a fresh copy of the project in .tmp/ with empty build caches (a cold build), timed from start to exit.
The corpus: ${thousands(corpus.length)} synthetic guidance pages (seed ${seed}, ${thousands(Math.round(corpusWords / corpus.length))} words a page on average, sha256 ${corpusHash.digest('hex').slice(0, 16)}), recombined from the real pages by scripts/lib/corpus.ts.

| build | guidance pages | HTML files | build time | HTML pages/s | dist size | search index (dist/pagefind) | load average (1, 5, 15 min) before → after |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${builds.map(row).join('\n')}
${marginal()}
${searchSection ? `\n### Search on the ${thousands(count)}-page corpus\n\n${searchSection}\n` : ''}`);

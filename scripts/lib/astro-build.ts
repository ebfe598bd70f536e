/**
 * The real `astro build` of a project copy, in a child process, timed from
 * start to exit, its output in a log file: the one build the benchmarks
 * (scripts/bench-corpus.ts, scripts/bench-systems.ts) measure.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project-copy.ts';

/** GNU time, which reports the peak resident set of the largest process it waited for. */
const GNU_TIME = '/usr/bin/time';

/** How to run one build. */
export interface AstroBuildOptions {
	/** What the build is called in messages. */
	name: string;
	/** The project to build (`astro build --root`). */
	root: string;
	/** Where Astro writes the site; Astro's default (root/dist) when left out. */
	outDir?: string;
	/** The file the build's output goes to: at 1,000 pages Vite's warnings pass a pipe buffer's worth. */
	log: string;
	/** Options for Node itself, before Astro's script (for example `--cpu-prof`). */
	nodeArgs?: readonly string[];
	/** Run under GNU time (where it is installed) for the peak resident set of the largest process. */
	peakRss?: boolean;
}

/** What one build took. */
export interface AstroBuildResult {
	/** Wall time from spawn to exit. */
	seconds: number;
	/** The log file. */
	log: string;
	/** Peak resident set of the build's largest process, in bytes (GNU time's %M); undefined where not measured. */
	peakRss?: number;
}

/** The command line of `astro build` for these options: Node, its options, Astro's script and Astro's options. */
export function astroBuildCommand(options: Pick<AstroBuildOptions, 'root' | 'outDir' | 'nodeArgs'>): string[] {
	return [
		process.execPath,
		...(options.nodeArgs ?? []),
		join(ROOT, 'node_modules/astro/bin/astro.mjs'),
		'build',
		'--root',
		options.root,
		...(options.outDir === undefined ? [] : ['--outDir', options.outDir]),
	];
}

/** GNU time's %M output (KiB; the last line, as time may print a warning before it) in bytes, or undefined. */
export function parseGnuTimeKiB(text: string): number | undefined {
	const kib = Number(text.trim().split('\n').pop());
	return text.trim() !== '' && Number.isFinite(kib) ? kib * 1024 : undefined;
}

/** The environment of a build: no telemetry, no colours in the log. */
const buildEnv = (): NodeJS.ProcessEnv => ({
	...process.env,
	ASTRO_TELEMETRY_DISABLED: '1',
	NO_COLOR: '1',
	FORCE_COLOR: '0',
});

/** Runs a command to its end with its output in `log`; resolves to its exit code or signal. */
function run(command: readonly string[], cwd: string, log: string): Promise<number | NodeJS.Signals | null> {
	const out = openSync(log, 'w');
	return new Promise((resolve, reject) => {
		const child = spawn(command[0] as string, command.slice(1), {
			cwd,
			stdio: ['ignore', out, out],
			env: buildEnv(),
		});
		child.on('error', (error) => {
			closeSync(out);
			reject(error);
		});
		child.on('close', (code, signal) => {
			closeSync(out);
			resolve(code ?? signal);
		});
	});
}

/**
 * Builds the project at `options.root` with the real `astro build`. On failure
 * prints the end of the log and throws.
 */
export async function runAstroBuild(options: AstroBuildOptions): Promise<AstroBuildResult> {
	const build = astroBuildCommand(options);
	const rssFile = `${options.log}.peak-rss`;
	const timed = options.peakRss === true && existsSync(GNU_TIME);
	const command = timed ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...build] : build;
	const started = performance.now();
	const exit = await run(command, options.root, options.log);
	const seconds = (performance.now() - started) / 1000;
	if (exit !== 0) {
		console.error(readFileSync(options.log, 'utf8').slice(-20_000));
		throw new Error(`astro build of ${options.name} failed (exit ${exit}); its output is above`);
	}
	const peakRss = timed ? parseGnuTimeKiB(readFileSync(rssFile, 'utf8')) : undefined;
	return { seconds, log: options.log, ...(peakRss === undefined ? {} : { peakRss }) };
}

/**
 * The real build of a project copy, in a child process, timed from start to
 * exit, its output in a log file: the one build the benchmarks
 * (scripts/bench-corpus.ts, scripts/bench-systems.ts) measure. The portal is
 * built as `npm run build` builds it (scripts/build.ts: `astro build`, then
 * the finishing steps once Astro's process has ended); the baseline with a
 * plain `astro build`.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PeakMemory, sampleProcessTree } from './process-tree.ts';
import { ROOT } from './project-copy.ts';

/** GNU time, which reports the peak resident set of the largest process it waited for, and the CPU time of the tree it waited for. */
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
	/** Options for Node itself, before Astro's script (for example `--cpu-prof`); under `npmRunBuild`, in NODE_OPTIONS. */
	nodeArgs?: readonly string[];
	/**
	 * Build as `npm run build` does (scripts/build.ts of this checkout, with the project at `root`),
	 * not with a plain `astro build`: the portal's builds.
	 */
	npmRunBuild?: boolean;
	/**
	 * Measure peak memory: the largest process's under GNU time (where it is
	 * installed), the whole process tree's by sampling /proc (on Linux).
	 */
	memory?: boolean;
}

/** What one build took. */
export interface AstroBuildResult {
	/** Wall time from spawn to exit. */
	seconds: number;
	/** The log file. */
	log: string;
	/** Peak memory (with `memory`): the largest process's from GNU time's %M, or else from the samples; the tree's from the samples. */
	memory: PeakMemory;
	/**
	 * CPU seconds, user and system, of the build and every process it waited for (Pagefind, the
	 * Sass compiler), from GNU time's %U and %S (with `memory`, where GNU time is installed): on a
	 * shared machine the figure that depends least on the other jobs.
	 */
	cpuSeconds?: number;
}

/**
 * The command line of the build for these options: Node, its options, then Astro's script and
 * `build`, or (`npmRunBuild`) scripts/build.ts, with Astro's options.
 */
export function astroBuildCommand(
	options: Pick<AstroBuildOptions, 'root' | 'outDir' | 'nodeArgs' | 'npmRunBuild'>,
): string[] {
	return [
		process.execPath,
		...(options.npmRunBuild === true
			? [join(ROOT, 'scripts/build.ts')]
			: [...(options.nodeArgs ?? []), join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']),
		'--root',
		options.root,
		...(options.outDir === undefined ? [] : ['--outDir', options.outDir]),
	];
}

/** The format GNU time is given: peak resident set (KiB), user and system CPU seconds. */
export const GNU_TIME_FORMAT = '%M %U %S';

/**
 * GNU time's output for {@link GNU_TIME_FORMAT} (its last line, as time may print a warning before
 * it): the peak resident set in bytes and the CPU seconds (user + system), each undefined if absent.
 */
export function parseGnuTime(text: string): { peakBytes?: number; cpuSeconds?: number } {
	const [kib, user, system] = (text.trim().split('\n').pop() ?? '').trim().split(/\s+/).map(Number);
	const ok = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
	return {
		...(text.trim() !== '' && ok(kib) ? { peakBytes: kib * 1024 } : {}),
		...(ok(user) && ok(system) ? { cpuSeconds: user + system } : {}),
	};
}

/**
 * The environment of a build: no telemetry, no colours in the log; and Node's options in
 * NODE_OPTIONS when the command is scripts/build.ts (which Astro's process inherits; a profile
 * of each process is written, and the benchmark reads the largest, Astro's).
 */
export const buildEnv = (options: Pick<AstroBuildOptions, 'nodeArgs' | 'npmRunBuild'> = {}): NodeJS.ProcessEnv => ({
	...process.env,
	ASTRO_TELEMETRY_DISABLED: '1',
	NO_COLOR: '1',
	FORCE_COLOR: '0',
	...(options.npmRunBuild === true && options.nodeArgs?.length
		? { NODE_OPTIONS: [process.env.NODE_OPTIONS, ...options.nodeArgs].filter(Boolean).join(' ') }
		: {}),
});

/** How a command ended: its exit code or signal, and its process tree's peak memory where sampled. */
interface Ended {
	exit: number | NodeJS.Signals | null;
	sampled: PeakMemory;
}

/** Runs a command to its end with its output in `log`, sampling its process tree's memory if asked. */
function run(
	command: readonly string[],
	cwd: string,
	log: string,
	sample: boolean,
	env: NodeJS.ProcessEnv,
): Promise<Ended> {
	const out = openSync(log, 'w');
	return new Promise((resolve, reject) => {
		const child = spawn(command[0] as string, command.slice(1), {
			cwd,
			stdio: ['ignore', out, out],
			env,
		});
		const sampler = sample && child.pid !== undefined ? sampleProcessTree(child.pid) : undefined;
		const end = () => {
			closeSync(out);
			return sampler?.stop() ?? {};
		};
		child.on('error', (error) => {
			end();
			reject(error);
		});
		child.on('close', (code, signal) => resolve({ exit: code ?? signal, sampled: end() }));
	});
}

/** The build's peak memory: GNU time's figure for the largest process where it gave one, the samples' otherwise. */
export function peakMemory(gnuTime: number | undefined, sampled: PeakMemory): PeakMemory {
	const largestProcess = gnuTime ?? sampled.largestProcess;
	return {
		...(largestProcess === undefined ? {} : { largestProcess }),
		...(sampled.processTree === undefined ? {} : { processTree: sampled.processTree }),
		...(sampled.atTreePeak === undefined ? {} : { atTreePeak: sampled.atTreePeak }),
	};
}

/**
 * Builds the project at `options.root` with the real `astro build`. On failure
 * prints the end of the log and throws.
 */
export async function runAstroBuild(options: AstroBuildOptions): Promise<AstroBuildResult> {
	const build = astroBuildCommand(options);
	const rssFile = `${options.log}.peak-rss`;
	const timed = options.memory === true && existsSync(GNU_TIME);
	const command = timed ? [GNU_TIME, '-f', GNU_TIME_FORMAT, '-o', rssFile, ...build] : build;
	const started = performance.now();
	const { exit, sampled } = await run(command, options.root, options.log, options.memory === true, buildEnv(options));
	const seconds = (performance.now() - started) / 1000;
	if (exit !== 0) {
		console.error(readFileSync(options.log, 'utf8').slice(-20_000));
		throw new Error(`astro build of ${options.name} failed (exit ${exit}); its output is above`);
	}
	const gnuTime = timed ? parseGnuTime(readFileSync(rssFile, 'utf8')) : {};
	return {
		seconds,
		log: options.log,
		memory: peakMemory(gnuTime.peakBytes, sampled),
		...(gnuTime.cpuSeconds === undefined ? {} : { cpuSeconds: gnuTime.cpuSeconds }),
	};
}

/**
 * The memory of a process and everything it started (Linux): the benchmark
 * samples /proc while a build runs and keeps the peaks of its largest
 * process and of the whole tree's resident sets summed (Astro, Pagefind, the
 * Sass compiler, …). The readers of /proc's text are pure and exported for
 * the tests; sampleProcessTree does the reading.
 *
 * A sum of resident sets counts pages that processes share (libraries, the
 * Node binary) once per process: it is an upper bound of what the tree held,
 * the figure `ps` and `top` would add up. A peak between two samples is missed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The peak memory of a build, in bytes; each undefined where it was not measured. */
export interface PeakMemory {
	/** Peak resident set of the build's largest process. */
	largestProcess?: number;
	/** Peak of the resident sets of the build's whole process tree summed. */
	processTree?: number;
	/** The processes of the tree at its peak, by name (/proc/<pid>/comm), largest first: what overlapped. */
	atTreePeak?: NamedRss[];
}

/** A process's name and resident set, in bytes. */
export interface NamedRss {
	name: string;
	bytes: number;
}

/** A process as /proc/<pid>/stat gives it: its id and its parent's. */
export interface ProcessLink {
	pid: number;
	ppid: number;
}

/** The pid and parent pid in /proc/<pid>/stat ("1234 (node) S 1200 …"; the name may hold spaces and brackets). */
export function parseStat(text: string): ProcessLink | undefined {
	const close = text.lastIndexOf(')');
	const pid = Number.parseInt(text, 10);
	const ppid = Number(text.slice(close + 2).split(' ')[1]);
	return close < 0 || !Number.isInteger(pid) || !Number.isInteger(ppid) ? undefined : { pid, ppid };
}

/** The resident set in /proc/<pid>/status (its VmRSS line, in kB), in bytes; undefined for kernel threads. */
export function parseStatusRss(text: string): number | undefined {
	const m = /^VmRSS:\s+(\d+) kB$/m.exec(text);
	return m ? Number(m[1]) * 1024 : undefined;
}

/** `root` and every process below it, from each process's parent. */
export function descendants(root: number, links: readonly ProcessLink[]): Set<number> {
	const children = new Map<number, number[]>();
	for (const { pid, ppid } of links) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const tree = new Set<number>();
	const stack = [root];
	for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
		if (tree.has(pid)) continue;
		tree.add(pid);
		stack.push(...(children.get(pid) ?? []));
	}
	return tree;
}

/** One sample of a tree: its largest process's resident set and the sum of all of them, in bytes; its processes where named. */
export interface TreeSample {
	largest: number;
	total: number;
	processes?: NamedRss[];
}

/** A sample from the resident sets of the tree's processes (and, given, their names, in the same order). */
export function treeSample(rss: readonly number[], names?: readonly string[]): TreeSample {
	const sample: TreeSample = { largest: Math.max(0, ...rss), total: rss.reduce((a, b) => a + b, 0) };
	if (names) {
		sample.processes = rss
			.map((bytes, i) => ({ name: names[i] ?? '?', bytes }))
			.sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
	}
	return sample;
}

/** The peaks of some samples: the largest process's and the tree's, each at its own moment, and the tree's processes at its peak. */
export function peakOf(samples: readonly TreeSample[]): PeakMemory {
	if (samples.length === 0) return {};
	const treePeak = samples.reduce((best, s) => (s.total > best.total ? s : best));
	return {
		largestProcess: Math.max(...samples.map((s) => s.largest)),
		processTree: treePeak.total,
		...(treePeak.processes ? { atTreePeak: treePeak.processes } : {}),
	};
}

/** A file of /proc, or undefined when the process has gone (or the file cannot be read). */
function readProc(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

/** Every process's link to its parent, now. */
function processLinks(): ProcessLink[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.flatMap((pid) => {
			const stat = readProc(`/proc/${pid}/stat`);
			const link = stat === undefined ? undefined : parseStat(stat);
			return link ? [link] : [];
		});
}

/** The tree under `root` sampled now: undefined once root has gone. */
function sampleNow(root: number): TreeSample | undefined {
	const tree = descendants(root, processLinks());
	const rss: number[] = [];
	const names: string[] = [];
	for (const pid of tree) {
		const status = readProc(`/proc/${pid}/status`);
		const bytes = status === undefined ? undefined : parseStatusRss(status);
		if (bytes === undefined) continue;
		rss.push(bytes);
		names.push((readProc(`/proc/${pid}/comm`) ?? '?').trim());
	}
	return rss.length === 0 ? undefined : treeSample(rss, names);
}

/** A running sampler: stop() ends it and gives the peaks it saw. */
export interface TreeSampler {
	stop(): PeakMemory;
}

/** Whether this machine has a /proc to sample (Linux). */
export const canSampleProcesses = (): boolean => existsSync('/proc/self/stat');

/** Samples the tree under `root` every `intervalMs` until stopped; samples nothing where there is no /proc. */
export function sampleProcessTree(root: number, intervalMs = 250): TreeSampler {
	const samples: TreeSample[] = [];
	const take = () => {
		const sample = sampleNow(root);
		if (sample) samples.push(sample);
	};
	if (!canSampleProcesses()) return { stop: () => ({}) };
	take();
	const timer = setInterval(take, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return peakOf(samples);
		},
	};
}

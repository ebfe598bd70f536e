/** A process tree's memory (scripts/lib/process-tree.ts): reading /proc's text, walking the tree, the peaks. */
import { describe, expect, it } from 'vitest';
import {
	canSampleProcesses,
	descendants,
	parseStat,
	parseStatusRss,
	peakOf,
	sampleProcessTree,
	treeSample,
} from '../../../scripts/lib/process-tree.ts';

describe('parseStat', () => {
	it('reads the pid and the parent pid, whatever the name holds', () => {
		expect(parseStat('6163 (head) R 6063 6063 12796 0 -1 4194304 101 0')).toEqual({ pid: 6163, ppid: 6063 });
		expect(parseStat('42 (a) b (c) S 7 42 42 0 -1')).toEqual({ pid: 42, ppid: 7 });
		expect(parseStat('43 (node worker 1) S 1 43 43')).toEqual({ pid: 43, ppid: 1 });
	});

	it('gives nothing for text that is not a stat line', () => {
		expect(parseStat('')).toBeUndefined();
		expect(parseStat('12 no brackets here')).toBeUndefined();
	});
});

describe('parseStatusRss', () => {
	it('reads VmRSS in kB as bytes, and nothing for a kernel thread, which has none', () => {
		expect(parseStatusRss('Name:\tnode\nVmHWM:\t  999999 kB\nVmRSS:\t  204800 kB\nThreads:\t11\n')).toBe(204800 * 1024);
		expect(parseStatusRss('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBeUndefined();
	});
});

describe('descendants', () => {
	const links = [
		{ pid: 1, ppid: 0 },
		{ pid: 100, ppid: 1 }, // the benchmark
		{ pid: 200, ppid: 100 }, // GNU time
		{ pid: 201, ppid: 200 }, // node astro.mjs build
		{ pid: 300, ppid: 201 }, // pagefind
		{ pid: 301, ppid: 201 }, // dart sass
		{ pid: 400, ppid: 1 }, // another engineer's build
		{ pid: 401, ppid: 400 },
	];

	it('finds the root and everything below it, and nothing beside it', () => {
		expect([...descendants(200, links)].sort((a, b) => a - b)).toEqual([200, 201, 300, 301]);
		expect([...descendants(301, links)]).toEqual([301]);
	});

	it('ends on a loop (a pid reused while the list was read)', () => {
		expect([...descendants(5, [...links, { pid: 5, ppid: 6 }, { pid: 6, ppid: 5 }])].sort()).toEqual([5, 6]);
	});
});

describe('treeSample and peakOf', () => {
	it('keeps the largest process and the sum, and each peak at its own moment', () => {
		expect(treeSample([100, 300, 50])).toEqual({ largest: 300, total: 450 });
		const samples = [treeSample([100, 300]), treeSample([350]), treeSample([200, 200, 100])];
		expect(peakOf(samples)).toEqual({ largestProcess: 350, processTree: 500 });
		expect(peakOf([])).toEqual({});
	});

	it("names the tree's processes at its peak, largest first", () => {
		const samples = [
			treeSample([900, 100], ['node', 'dart']),
			treeSample([1000, 400, 100], ['node', 'pagefind', 'dart']),
		];
		expect(samples[1]?.processes?.map((p) => p.name)).toEqual(['node', 'pagefind', 'dart']);
		expect(peakOf(samples)).toEqual({
			largestProcess: 1000,
			processTree: 1500,
			atTreePeak: [
				{ name: 'node', bytes: 1000 },
				{ name: 'pagefind', bytes: 400 },
				{ name: 'dart', bytes: 100 },
			],
		});
	});
});

describe.runIf(canSampleProcesses())('sampleProcessTree', () => {
	it('samples this process: a resident set of some megabytes, the tree at least the largest', async () => {
		const sampler = sampleProcessTree(process.pid, 20);
		await new Promise((resolve) => setTimeout(resolve, 70));
		const peak = sampler.stop();
		expect(peak.largestProcess).toBeGreaterThan(10e6);
		expect(peak.processTree).toBeGreaterThanOrEqual(peak.largestProcess ?? Infinity);
	});
});

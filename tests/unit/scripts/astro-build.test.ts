/** The benchmarks' timed build (scripts/lib/astro-build.ts): its command line and GNU time's report. */
import { describe, expect, it } from 'vitest';
import { astroBuildCommand, parseGnuTimeKiB, peakMemory } from '../../../scripts/lib/astro-build.ts';
import { ROOT } from '../../../scripts/lib/project-copy.ts';

describe('astroBuildCommand', () => {
	it('runs Astro’s script with this Node, Node’s options first, and an output folder only when given', () => {
		const astro = `${ROOT}/node_modules/astro/bin/astro.mjs`;
		expect(astroBuildCommand({ root: '/tmp/copy' })).toEqual([process.execPath, astro, 'build', '--root', '/tmp/copy']);
		expect(astroBuildCommand({ root: '/tmp/copy', outDir: '/tmp/copy/dist', nodeArgs: ['--cpu-prof'] })).toEqual([
			process.execPath,
			'--cpu-prof',
			astro,
			'build',
			'--root',
			'/tmp/copy',
			'--outDir',
			'/tmp/copy/dist',
		]);
	});
});

describe('parseGnuTimeKiB', () => {
	it('reads the last line as KiB, after any warning time printed', () => {
		expect(parseGnuTimeKiB('1405000\n')).toBe(1405000 * 1024);
		expect(parseGnuTimeKiB('Command exited with non-zero status 1\n2048\n')).toBe(2048 * 1024);
	});

	it('gives nothing for an empty or unreadable report', () => {
		expect(parseGnuTimeKiB('')).toBeUndefined();
		expect(parseGnuTimeKiB('Command terminated by signal 9\n')).toBeUndefined();
	});
});

describe('peakMemory', () => {
	it('takes the largest process from GNU time where it gave one, else from the samples, and the tree from the samples', () => {
		expect(peakMemory(1000, { largestProcess: 900, processTree: 2500 })).toEqual({
			largestProcess: 1000,
			processTree: 2500,
		});
		expect(peakMemory(undefined, { largestProcess: 900, processTree: 2500 })).toEqual({
			largestProcess: 900,
			processTree: 2500,
		});
		expect(peakMemory(1000, {})).toEqual({ largestProcess: 1000 });
		expect(peakMemory(undefined, {})).toEqual({});
	});
});

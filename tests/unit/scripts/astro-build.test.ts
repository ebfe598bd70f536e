/** The benchmarks' timed build (scripts/lib/astro-build.ts): its command line and GNU time's report. */
import { describe, expect, it } from 'vitest';
import {
	astroBuildCommand,
	buildEnv,
	GNU_TIME_FORMAT,
	parseGnuTime,
	peakMemory,
} from '../../../scripts/lib/astro-build.ts';
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

	it('runs scripts/build.ts for `npm run build`, with Node’s options for both processes in NODE_OPTIONS', () => {
		const options = { root: '/tmp/copy', outDir: '/tmp/copy/dist', nodeArgs: ['--cpu-prof'], npmRunBuild: true };
		expect(astroBuildCommand(options)).toEqual([
			process.execPath,
			`${ROOT}/scripts/build.ts`,
			'--root',
			'/tmp/copy',
			'--outDir',
			'/tmp/copy/dist',
		]);
		expect(buildEnv(options).NODE_OPTIONS).toContain('--cpu-prof');
		expect(buildEnv({ nodeArgs: ['--cpu-prof'] }).NODE_OPTIONS).toBe(process.env.NODE_OPTIONS);
		expect(buildEnv(options)).toMatchObject({ ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });
	});
});

describe('parseGnuTime', () => {
	it('reads the last line as KiB, user and system seconds, after any warning time printed', () => {
		expect(GNU_TIME_FORMAT).toBe('%M %U %S');
		expect(parseGnuTime('1405000 20.50 1.25\n')).toEqual({ peakBytes: 1405000 * 1024, cpuSeconds: 21.75 });
		expect(parseGnuTime('Command exited with non-zero status 1\n2048 0.10 0.02\n')).toEqual({
			peakBytes: 2048 * 1024,
			cpuSeconds: expect.closeTo(0.12, 9),
		});
	});

	it('gives the peak alone from a report without CPU times', () => {
		expect(parseGnuTime('2048\n')).toEqual({ peakBytes: 2048 * 1024 });
	});

	it('gives nothing for an empty or unreadable report', () => {
		expect(parseGnuTime('')).toEqual({});
		expect(parseGnuTime('Command terminated by signal 9\n')).toEqual({});
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

import { describe, expect, it } from 'vitest';
import {
	isPortalCode,
	selfTimeByPlace,
	selfTimeTable,
	shortFile,
	topFunctions,
	topInclusive,
	type CpuProfile,
} from '../../../scripts/lib/cpuprofile.ts';

const frame = (functionName: string, url: string, lineNumber = 0) => ({
	functionName,
	url,
	lineNumber,
	columnNumber: 0,
});
// root → build (src) → parse (node_modules/yaml), and root → (idle). Times in microseconds.
const profile: CpuProfile = {
	startTime: 0,
	endTime: 10_000,
	nodes: [
		{ id: 1, callFrame: frame('(root)', ''), children: [2, 4] },
		{ id: 2, callFrame: frame('build', 'file:///p/src/lib/build.ts', 9), children: [3] },
		{ id: 3, callFrame: frame('parse', 'file:///p/node_modules/yaml/dist/parse.js') },
		{ id: 4, callFrame: frame('(idle)', '') },
	],
	// Sample i lasts until sample i+1: build 1 ms, parse 3 ms, idle 6 ms.
	samples: [2, 3, 4, 4],
	timeDeltas: [0, 1000, 3000, 6000],
};

describe('cpuprofile', () => {
	it('shortens files to the project or the package', () => {
		expect(shortFile('file:///work/x/node_modules/yaml/dist/a.js')).toBe('node_modules/yaml/dist/a.js');
		expect(shortFile('file:///work/x/src/queries.ts')).toBe('src/queries.ts');
		expect(shortFile('node:fs')).toBe('node:fs');
		expect(shortFile('')).toBe('(native)');
	});

	it('charges each sample’s time to the function sampled', () => {
		const top = topFunctions(profile);
		expect(top.map((t) => [t.name, t.ms])).toEqual([
			['(idle)', 6],
			['parse (node_modules/yaml/dist/parse.js:1)', 3],
			['build (src/lib/build.ts:10)', 1],
		]);
		expect(top[1]?.share).toBeCloseTo(0.3);
	});

	it('sums self time by place', () => {
		expect(selfTimeByPlace(profile).map((p) => [p.name, p.ms])).toEqual([
			['(idle)', 6],
			['node_modules/yaml', 3],
			['src/ (the portal, unbundled: config and integrations)', 1],
		]);
	});

	it('counts callees in a function’s total time', () => {
		expect(topInclusive(profile, isPortalCode).map((p) => [p.name, p.ms])).toEqual([
			['build (src/lib/build.ts:10)', 4],
		]);
	});

	it('writes a Markdown table', () => {
		expect(selfTimeTable(topFunctions(profile, 2).slice(1), 'function')).toBe(
			'| function | self time | share of the profile |\n| --- | ---: | ---: |\n| `parse (node_modules/yaml/dist/parse.js:1)` | 0.00 s | 30.0% |',
		);
	});
});

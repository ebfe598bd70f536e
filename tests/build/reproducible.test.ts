/**
 * Gates: reproducible builds, and a warm rebuild that writes what a cold
 * build writes (issue 12), in one sequence of three builds.
 *
 * Reproducible: a second build of the same commit, from another folder (a
 * faithful copy of the project with empty build caches, so absolute paths
 * differ) and in another time zone (so local dates and "today" would show),
 * writes byte-identical files to the shared build in .tmp/site-dist: the
 * test compares the sha256 of every file. That build is made once by
 * tests/build/setup.ts before any test and only ever read, so the comparison
 * is safe in any test order.
 *
 * Warm rebuild: an editor builds, changes one page and builds again. The
 * second build, in the same copy, reuses the caches the first left in its
 * node_modules/ (Astro's content store, the chart cache) and must write
 * byte-identical files to a cold build of the changed tree in a fresh copy
 * with empty caches. Also checks the caches were there to be reused, and
 * that the staging folder of the atomic output did not stop them being kept.
 *
 *   npx vitest run --project build tests/build/reproducible.test.ts
 */
import { appendFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldProjectCopy } from '../../scripts/lib/project-copy.ts';
import { diffTrees, hashTree, withoutExcluded, type TreeDiff } from '../../scripts/lib/tree-hash.ts';
import { buildSite, removeCopy, SITE_DIST, type BuildResult } from '../helpers/site.ts';

/**
 * Files left out of the reproducibility comparison, each with the reason.
 * Empty: every file of dist/ must be reproducible. Add an entry only for
 * output that cannot be made deterministic, and say why.
 */
const EXCLUSIONS: { pattern: RegExp; reason: string }[] = [];

const CHANGED_PAGE = 'content/virtual-wards/funding.mdx';
const CHANGE = '\nThis sentence was added to test a rebuild after a one-page change.\n';

let warmCopy = '';
let coldCopy = '';
const builds: Record<'first' | 'warm' | 'cold', BuildResult | undefined> = {
	first: undefined,
	warm: undefined,
	cold: undefined,
};
let reproduced: TreeDiff;
let compared = 0;
let rebuilt: TreeDiff;
let charts: { first: Map<string, number>; warm: Map<string, number> };

/** The chart cache's files and their modification times. */
const chartCache = (dir: string) => {
	const folder = join(dir, 'node_modules/.astro/portal-charts');
	return new Map(existsSync(folder) ? readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]) : []);
};

/** Builds the project at `dir` into its dist/ with the time zone set to `tz`. */
function buildInTimeZone(dir: string, tz: string): BuildResult {
	const saved = process.env.TZ;
	process.env.TZ = tz;
	try {
		return buildSite(dir, join(dir, 'dist'));
	} finally {
		if (saved === undefined) delete process.env.TZ;
		else process.env.TZ = saved;
	}
}

beforeAll(() => {
	warmCopy = coldProjectCopy('reproducible');
	// Kiritimati is UTC+14: a build there is on another calendar day than one in the UK for most of the day.
	builds.first = buildInTimeZone(warmCopy, 'Pacific/Kiritimati');
	const a = withoutExcluded(hashTree(SITE_DIST), EXCLUSIONS);
	const b = withoutExcluded(hashTree(join(warmCopy, 'dist')), EXCLUSIONS);
	compared = a.size;
	reproduced = diffTrees(a, b);

	const first = chartCache(warmCopy);
	appendFileSync(join(warmCopy, CHANGED_PAGE), CHANGE);
	builds.warm = buildSite(warmCopy, join(warmCopy, 'dist'));
	charts = { first, warm: chartCache(warmCopy) };

	coldCopy = coldProjectCopy('cold-rebuild');
	appendFileSync(join(coldCopy, CHANGED_PAGE), CHANGE);
	builds.cold = buildSite(coldCopy, join(coldCopy, 'dist'));
	rebuilt = diffTrees(hashTree(join(warmCopy, 'dist')), hashTree(join(coldCopy, 'dist')));
});

afterAll(() => {
	removeCopy(warmCopy);
	removeCopy(coldCopy);
});

describe('reproducible builds', () => {
	it('builds the same commit a second time, elsewhere and in another time zone', () => {
		expect(builds.first?.status, builds.first?.output).toBe(0);
		expect(compared).toBeGreaterThan(0);
	});

	it('writes byte-identical files', () => {
		if (EXCLUSIONS.length > 0)
			console.log(`not compared:\n${EXCLUSIONS.map((e) => `  ${e.pattern}: ${e.reason}`).join('\n')}`);
		const lines = [
			...reproduced.different.map((f) => `differs: ${f}`),
			...reproduced.onlyInA.map((f) => `only in the first build: ${f}`),
			...reproduced.onlyInB.map((f) => `only in the second build: ${f}`),
		];
		expect(
			lines,
			`${lines.length} of ${compared} files are not reproducible (compare .tmp/site-dist with a fresh build):\n${lines.join('\n')}`,
		).toEqual([]);
	});
});

describe('a rebuild after changing one page', () => {
	it('builds three times without an error', () => {
		for (const [name, build] of Object.entries(builds))
			expect(build?.status, `${name} build:\n${build?.output.slice(-3000)}`).toBe(0);
	});

	it('kept the caches of the first build for the second: the content store and every chart', () => {
		expect(existsSync(join(warmCopy, 'node_modules/.astro/data-store.json'))).toBe(true);
		expect(charts.first.size).toBeGreaterThan(0);
		// The change touches no chart: the warm build drew none and rewrote none.
		expect(charts.warm).toEqual(charts.first);
	});

	it('writes the same files, byte for byte, as a cold build of the same tree', () => {
		expect(rebuilt).toEqual({ onlyInA: [], onlyInB: [], different: [] });
	});
});

/**
 * Gate: a warm rebuild writes what a cold build writes (issue 12). An editor
 * builds, changes one page and builds again: the second build reuses the
 * caches the first left in node_modules/ (Astro's content store, the chart
 * cache) and must write byte-identical files to a cold build of the changed
 * tree in a fresh copy with empty caches. Also checks the caches were there
 * to be reused, and that the staging folder of the atomic output did not
 * stop them being kept.
 *
 *   npx vitest run --project build tests/build/warm-rebuild.test.ts
 */
import { appendFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldProjectCopy } from '../../scripts/lib/project-copy.ts';
import { diffTrees, hashTree, type TreeDiff } from '../../scripts/lib/tree-hash.ts';
import { buildSite, removeCopy, type BuildResult } from '../helpers/site.ts';

const CHANGED_PAGE = 'content/virtual-wards/funding.mdx';
const CHANGE = '\nThis sentence was added to test a rebuild after a one-page change.\n';

let warmCopy = '';
let coldCopy = '';
const builds: Record<'first' | 'warm' | 'cold', BuildResult | undefined> = {
	first: undefined,
	warm: undefined,
	cold: undefined,
};
let diff: TreeDiff;
let charts: { first: Map<string, number>; warm: Map<string, number> };

/** The chart cache's files and their modification times. */
const chartCache = (dir: string) => {
	const folder = join(dir, 'node_modules/.astro/portal-charts');
	return new Map(existsSync(folder) ? readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]) : []);
};

beforeAll(() => {
	warmCopy = coldProjectCopy('warm-rebuild');
	builds.first = buildSite(warmCopy, join(warmCopy, 'dist'));
	const first = chartCache(warmCopy);
	appendFileSync(join(warmCopy, CHANGED_PAGE), CHANGE);
	builds.warm = buildSite(warmCopy, join(warmCopy, 'dist'));
	charts = { first, warm: chartCache(warmCopy) };

	coldCopy = coldProjectCopy('cold-rebuild');
	appendFileSync(join(coldCopy, CHANGED_PAGE), CHANGE);
	builds.cold = buildSite(coldCopy, join(coldCopy, 'dist'));
	diff = diffTrees(hashTree(join(warmCopy, 'dist')), hashTree(join(coldCopy, 'dist')));
});

afterAll(() => {
	removeCopy(warmCopy);
	removeCopy(coldCopy);
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
		expect(diff).toEqual({ onlyInA: [], onlyInB: [], different: [] });
	});
});

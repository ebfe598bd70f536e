/**
 * Gates: reproducible builds, and a warm rebuild that writes what a cold
 * build writes (issue 12), in one sequence of two builds of one copy.
 *
 * Reproducible: a copy of the project with empty build caches, edited as
 * the edited variant is (tests/build/variants.ts: pages added, a page
 * renamed with its links, a priority added in data), is built from its own
 * folder (so absolute paths differ) and in another time zone (so local dates
 * and "today" would show). It must write byte-identical files to the edited
 * variant's build, made in another folder, in the UK: the test compares
 * the sha256 of every file. (Caches reused from a build are the warm
 * rebuild's part, below.)
 *
 * Warm rebuild: the editor then undoes every one of those edits, pages and
 * data, and builds again in the same copy, which reuses the caches the first
 * build left in its node_modules/ (Astro's content store, the chart cache).
 * It must write byte-identical files to the real site's build in
 * .tmp/site-dist (made by tests/build/setup.ts before any test, from the
 * empty caches of a clean clone, and only ever read, so the comparison is
 * safe in any test order). Also checks the caches were there to be reused,
 * and that the staging folder of the atomic output did not stop them being kept.
 *
 *   npx vitest run --project build tests/build/reproducible.test.ts
 */
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldProjectCopy } from '../../scripts/lib/project-copy.ts';
import { diffTrees, hashTree, withoutExcluded, type TreeDiff } from '../../scripts/lib/tree-hash.ts';
import { buildSite, removeCopy, ROOT, SITE_DIST, type BuildResult } from '../helpers/site.ts';
import { applyEdits, EDITED_ENV, editedSite } from './variants.ts';

/**
 * Files left out of the reproducibility comparison, each with the reason.
 * Empty: every file of dist/ must be reproducible. Add an entry only for
 * output that cannot be made deterministic, and say why.
 */
const EXCLUSIONS: { pattern: RegExp; reason: string }[] = [];

let warmCopy = '';
const builds: Record<'first' | 'warm', BuildResult | undefined> = { first: undefined, warm: undefined };
let reproduced: TreeDiff;
let compared = 0;
let rebuilt: TreeDiff;
let charts: { first: Map<string, number>; warm: Map<string, number> };

/** The chart cache's files and their modification times. */
const chartCache = (dir: string) => {
	const folder = join(dir, 'node_modules/.astro/portal-charts');
	return new Map(existsSync(folder) ? readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]) : []);
};

/** Builds the project at `dir` into its dist/ with the time zone set to `tz` and `env` added. */
function buildInTimeZone(dir: string, tz: string, env: Readonly<Record<string, string>>): BuildResult {
	const saved = process.env.TZ;
	process.env.TZ = tz;
	try {
		return buildSite(dir, join(dir, 'dist'), env);
	} finally {
		if (saved === undefined) delete process.env.TZ;
		else process.env.TZ = saved;
	}
}

/** Undoes every edit of applyEdits: the copy's content/ and data/ become the project's again. */
function undoEdits(dir: string): void {
	for (const folder of ['content', 'data']) {
		rmSync(join(dir, folder), { recursive: true });
		cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
	}
}

beforeAll(() => {
	const edited = editedSite();
	warmCopy = coldProjectCopy('reproducible');
	applyEdits(warmCopy);
	// Kiritimati is UTC+14: a build there is on another calendar day than one in the UK for most of the day.
	builds.first = buildInTimeZone(warmCopy, 'Pacific/Kiritimati', EDITED_ENV);
	const a = withoutExcluded(hashTree(edited.dist), EXCLUSIONS);
	const b = withoutExcluded(hashTree(join(warmCopy, 'dist')), EXCLUSIONS);
	compared = a.size;
	reproduced = diffTrees(a, b);

	const first = chartCache(warmCopy);
	undoEdits(warmCopy);
	builds.warm = buildSite(warmCopy, join(warmCopy, 'dist'));
	charts = { first, warm: chartCache(warmCopy) };
	rebuilt = diffTrees(hashTree(join(warmCopy, 'dist')), hashTree(SITE_DIST));
});

afterAll(() => {
	removeCopy(warmCopy);
});

describe('reproducible builds', () => {
	it('builds the same tree a second time, elsewhere, from empty caches and in another time zone', () => {
		expect(editedSite().build.status, editedSite().build.output).toBe(0);
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
			`${lines.length} of ${compared} files are not reproducible (compare the edited variant's dist/ with a fresh build):\n${lines.join('\n')}`,
		).toEqual([]);
	});
});

describe('a rebuild after changing pages and data', () => {
	it('builds twice without an error', () => {
		for (const [name, build] of Object.entries(builds))
			expect(build?.status, `${name} build:\n${build?.output.slice(-3000)}`).toBe(0);
	});

	it('kept the caches of the first build for the second: the content store and every chart', () => {
		expect(existsSync(join(warmCopy, 'node_modules/.astro/data-store.json'))).toBe(true);
		expect(charts.first.size).toBeGreaterThan(0);
		// Undoing the edits touches no chart: the warm build drew none and rewrote none.
		expect(charts.warm).toEqual(charts.first);
	});

	it('writes the same files, byte for byte, as a cold build of the same tree', () => {
		expect(rebuilt).toEqual({ onlyInA: [], onlyInB: [], different: [] });
	});
});

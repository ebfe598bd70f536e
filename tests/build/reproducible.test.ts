/**
 * Gate: reproducible builds. A second build of the same commit, from another
 * folder (a full copy of the project, so absolute paths differ) and in another
 * time zone (so local dates and "today" would show), writes byte-identical
 * files to the shared build in .tmp/site-dist: the test compares the sha256
 * of every file. That build is made once by tests/build/setup.ts before any
 * test and only ever read, so the comparison is safe in any test order.
 *
 *   npx vitest run --project build tests/build/reproducible.test.ts
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTrees, hashTree, withoutExcluded, type TreeDiff } from '../../scripts/lib/tree-hash.ts';
import { fullProjectCopy } from '../../scripts/lib/project-copy.ts';
import { buildSite, removeCopy, SITE_DIST, type BuildResult } from '../helpers/site.ts';

/**
 * Files left out of the comparison, each with the reason. Empty: every file
 * of dist/ must be reproducible. Add an entry only for output that cannot be
 * made deterministic, and say why.
 */
const EXCLUSIONS: { pattern: RegExp; reason: string }[] = [];

let dir = '';
let build: BuildResult;
let diff: TreeDiff;
let compared = 0;

beforeAll(() => {
	dir = fullProjectCopy('reproducible');
	const tz = process.env.TZ;
	// Kiritimati is UTC+14: a build there is on another calendar day than one in the UK for most of the day.
	process.env.TZ = 'Pacific/Kiritimati';
	try {
		build = buildSite(dir, join(dir, 'dist'));
	} finally {
		if (tz === undefined) delete process.env.TZ;
		else process.env.TZ = tz;
	}
	const a = withoutExcluded(hashTree(SITE_DIST), EXCLUSIONS);
	const b = withoutExcluded(hashTree(join(dir, 'dist')), EXCLUSIONS);
	compared = a.size;
	diff = diffTrees(a, b);
});

afterAll(() => removeCopy(dir));

describe('reproducible builds', () => {
	it('builds the same commit a second time, elsewhere and in another time zone', () => {
		expect(build.status, build.output).toBe(0);
		expect(compared).toBeGreaterThan(0);
	});

	it('writes byte-identical files', () => {
		if (EXCLUSIONS.length > 0)
			console.log(`not compared:\n${EXCLUSIONS.map((e) => `  ${e.pattern}: ${e.reason}`).join('\n')}`);
		const lines = [
			...diff.different.map((f) => `differs: ${f}`),
			...diff.onlyInA.map((f) => `only in the first build: ${f}`),
			...diff.onlyInB.map((f) => `only in the second build: ${f}`),
		];
		expect(
			lines,
			`${lines.length} of ${compared} files are not reproducible (compare .tmp/site-dist with a fresh build):\n${lines.join('\n')}`,
		).toEqual([]);
	});
});

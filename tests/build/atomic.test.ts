/**
 * A failed build never changes the published site: dist/ is replaced only
 * when every step, the search index included, has succeeded
 * (src/integrations/finish.ts, src/lib/build/finish.ts). The "previous" site
 * is a copy of the shared build of this run (tests/build/setup.ts), which went
 * through the same steps; three real builds (`npm run build`, scripts/build.ts)
 * then fail on it: in the content check, half-way through rendering, and in
 * the search index, which runs after Astro's process has ended. Other mistakes that stop the
 * build in the same content check are checked with the check itself, which
 * is what the build runs (src/integrations/content-check.ts).
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProjectAt } from '../../src/integrations/content-check.ts';
import { formatProblems } from '../../src/lib/problems/problems.ts';
import { diffTrees, hashTree } from '../../scripts/lib/tree-hash.ts';
import { buildSite, projectCopy, removeCopy, SITE_DIST } from '../helpers/site.ts';

let dir = '';
let dist = '';
let good: Map<string, string>;

beforeAll(() => {
	// src/ is copied so that one test can add a page that fails at render time.
	dir = projectCopy('atomic', ['src']);
	dist = join(dir, 'dist');
	cpSync(SITE_DIST, dist, { recursive: true });
	good = hashTree(dist);
});

afterAll(() => removeCopy(dir));

function expectUnchanged(): void {
	const now = hashTree(dist);
	expect(diffTrees(good, now)).toEqual({ onlyInA: [], onlyInB: [], different: [] });
}

describe('an atomic build', () => {
	it('publishes a complete site, search index included, and leaves no staging folder', () => {
		expect(good.has('index.html')).toBe(true);
		expect([...good.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
		expect(existsSync(`${SITE_DIST}.partial`)).toBe(false);
		expect(existsSync(`${SITE_DIST}.previous`)).toBe(false);
	});

	it('leaves the previous dist/ byte-for-byte unchanged when the content check fails', () => {
		const file = join(dir, 'content/virtual-wards/funding.mdx');
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.replace('lastReviewed: 2026-11-25', 'lastReviewed: 2026-13-45'));
		try {
			const result = buildSite(dir, dist);
			expect(result.status).not.toBe(0);
			expect(result.output).toContain('content/virtual-wards/funding.mdx');
			expectUnchanged();
		} finally {
			writeFileSync(file, text);
		}
	});

	it.each([
		[
			'a <script> in a page body',
			'content/virtual-wards/funding.mdx',
			/\n---\n/,
			'\n---\n\n<script>alert(1)</script>\n',
			'<script>',
		],
		[
			'a trailing comma in a JSON list',
			'data/targets.json',
			/\}\s*\]\s*$/,
			'},\n]\n',
			'a comma after the last item of a list',
		],
		['a byte-order mark', 'data/sources.json', /^/, '\uFEFF', 'byte-order mark'],
		['a negative figure', 'data/datasets/vw-capacity.json', '"value": 338', '"value": -338', 'below 0'],
	])('stops the build in the content check after %s', (_name, path, from, to, expected) => {
		const file = join(dir, path);
		const text = readFileSync(file, 'utf8');
		const broken = text.replace(from, to);
		expect(broken).not.toBe(text);
		writeFileSync(file, broken);
		try {
			const problems = checkProjectAt(dir);
			expect(problems.length).toBeGreaterThan(0);
			expect(formatProblems(problems)).toContain(path);
			expect(formatProblems(problems)).toContain(expected);
		} finally {
			writeFileSync(file, text);
		}
	});

	it('leaves the previous dist/ byte-for-byte unchanged when a page fails half-way through rendering', () => {
		// Sorted after most routes, so many pages have been written to the staging folder when it throws.
		const page = join(dir, 'src/pages/zz-fails.astro');
		writeFileSync(page, '---\nthrow new Error("this page fails at render time");\n---\n');
		try {
			const result = buildSite(dir, dist);
			expect(result.status).not.toBe(0);
			expect(result.output).toContain('this page fails at render time');
			// The failed build had started writing: its half-built output stayed in the staging folder.
			expect(existsSync(`${dist}.partial`)).toBe(true);
			expectUnchanged();
		} finally {
			rmSync(page);
		}
	});

	it("leaves the previous dist/ byte-for-byte unchanged when the search index fails after Astro's process has ended", () => {
		// Pagefind's binary exits at once (Pagefind's Node API reads its path from PAGEFIND_BINARY_PATH):
		// Astro builds every page, then the finishing steps fail in the search index. Pagefind's API
		// then rejects ("Pagefind backend closed") or, depending on when its process ended, never answers.
		const result = buildSite(dir, dist, { PAGEFIND_BINARY_PATH: '/bin/false' });
		expect(result.status, result.output).toBe(1);
		const complete = result.output.indexOf('[build] Complete!');
		expect(result.output).toContain('npm run build finishes the site once this process ends');
		expect(complete).toBeGreaterThan(-1);
		expect(result.output.slice(complete)).toMatch(
			/\[portal:finish\] (Pagefind backend closed|Pagefind's process ended without answering)/,
		);
		expect(result.output.indexOf('[portal:finish] the build failed; dist/ was not changed')).toBeGreaterThan(complete);
		expect(existsSync(join(`${dist}.partial`, 'index.html'))).toBe(true);
		expectUnchanged();
	});
});

/**
 * The finishing steps of a build (src/lib/build/finish.ts) on a small built
 * site in a staging folder, with the real Pagefind: the abbreviations are
 * marked, the index is written, and only then is the staging folder
 * published; a failure leaves the published folder as it was. And the plan
 * Astro's process hands to scripts/build.ts, read back or refused by name.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishSite, readFinishPlan, writeFinishPlan, type FinishPlan } from '../../../src/lib/build/finish.ts';
import { stagingPaths } from '../../../src/lib/build/staging.ts';

const ICB = { abbreviation: 'ICB', term: 'Integrated care board' };

/** A page as the layout writes one: indexed if `search`, its text in <main>. */
const page = (title: string, text: string, search = true) =>
	`<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body>` +
	`<main id="maincontent"${search ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p></main></body></html>`;

let dir: string;
let plan: FinishPlan;

/** Writes the staging folder's pages. */
function stage(pages: Record<string, string>): void {
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(plan.paths.staging, path, '..'), { recursive: true });
		writeFileSync(join(plan.paths.staging, path), html);
	}
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'portal-finish-'));
	plan = { paths: stagingPaths(join(dir, 'dist')), abbreviations: [ICB] };
	// The site published before this build.
	mkdirSync(plan.paths.final);
	writeFileSync(join(plan.paths.final, 'index.html'), 'the last good build');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('finishing a build', () => {
	it('marks the abbreviations, writes the search index, then publishes the staging folder in place of the last build', async () => {
		stage({
			'index.html': page('Home', 'Each ICB plans its virtual wards. The ICB reports monthly.'),
			'about/index.html': page('About', 'Not in search.', false),
		});
		const lines: string[] = [];
		await finishSite(plan, (line) => lines.push(line));

		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe('abbreviations marked on 1 pages');
		expect(lines[1]).toMatch(/^indexed 1 of 2 pages in \d+ ms: \d+ files, \d+ bytes in pagefind\/; vocabulary of/);
		expect(lines[2]).toBe(`published ${plan.paths.final}`);
		const home = readFileSync(join(plan.paths.final, 'index.html'), 'utf8');
		expect(home).toContain('Each <abbr title="Integrated care board">ICB</abbr> plans');
		expect(home).toContain('The ICB reports');
		expect(readdirSync(join(plan.paths.final, 'pagefind', 'fragment'))).toHaveLength(1);
		expect(existsSync(join(plan.paths.final, 'pagefind', 'vocabulary', 'v.json'))).toBe(true);
		expect(existsSync(plan.paths.staging)).toBe(false);
		expect(existsSync(plan.paths.previous)).toBe(false);
	});

	it('leaves the published folder as it was, and the staging folder unpublished, when the index fails', async () => {
		// No page at all: Pagefind indexes none (with pages but no data-pagefind-body anywhere, it would index every body).
		stage({ 'data/figures.json': '{}' });
		const lines: string[] = [];
		await expect(finishSite(plan, (line) => lines.push(line))).rejects.toThrow(
			"no page was indexed: pages opt in with BaseLayout's `search` prop",
		);
		expect(lines).toEqual(['abbreviations marked on 0 pages']);
		expect(readdirSync(plan.paths.final)).toEqual(['index.html']);
		expect(readFileSync(join(plan.paths.final, 'index.html'), 'utf8')).toBe('the last good build');
		expect(existsSync(join(plan.paths.staging, 'data/figures.json'))).toBe(true);
	});

	it("marks a page from the last build's marks when the cache has them, byte for byte as parsing would", async () => {
		const html = page('Home', 'Each ICB plans.');
		const marksCache = { file: join(dir, 'cache', 'marks.json'), code: 'code-1' };
		stage({ 'index.html': html });
		await finishSite({ ...plan, marksCache }, () => undefined);
		const first = readFileSync(join(plan.paths.final, 'index.html'), 'utf8');

		stage({ 'index.html': html });
		const lines: string[] = [];
		await finishSite({ ...plan, marksCache }, (line) => lines.push(line));
		expect(lines[0]).toBe("abbreviations marked on 1 pages (1 from the last build's, 0 parsed)");
		expect(readFileSync(join(plan.paths.final, 'index.html'), 'utf8')).toBe(first);
	});
});

describe('the finishing plan Astro hands over', () => {
	it('is read back as it was written', () => {
		const file = join(dir, 'plan.json');
		const written = { ...plan, marksCache: { file: '/cache/marks.json', code: 'abc' } };
		writeFinishPlan(file, written);
		expect(readFinishPlan(file)).toEqual(written);
	});

	it('is refused, naming the file and what is wrong, when missing, not JSON or not a plan', () => {
		const file = join(dir, 'plan.json');
		expect(() => readFinishPlan(file)).toThrow(`${file}: Astro's build wrote no finishing plan`);
		writeFileSync(file, '{');
		expect(() => readFinishPlan(file)).toThrow(`${file}: the finishing plan is not JSON`);
		writeFileSync(file, JSON.stringify({ ...plan, abbreviations: [{ abbreviation: 'ICB' }] }));
		expect(() => readFinishPlan(file)).toThrow(/plan\.json: the finishing plan is not one: abbreviations\.0\.term: /);
	});
});

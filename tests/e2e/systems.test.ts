/**
 * The system pages in Debian's Chromium: axe finds no WCAG 2.2 A/AA problem
 * on an ICB's page (and on /systems/, a ranking and a region page when
 * tests/e2e/page-types.test.ts does not sample them); every system
 * page prints on at most two A4 pages; no page type scrolls sideways at
 * 320 px; the map's areas are links a keyboard reaches; search finds a
 * system by its name and its short form.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../helpers/page-checks.ts';
import { samplePages, unsampled } from '../helpers/quality.ts';
import { useBrowser } from '../helpers/session.ts';
import { E2E_DIST } from '../helpers/site.ts';
import { loadSystems } from '../helpers/data.ts';

const session = useBrowser(E2E_DIST);
const systems = [...loadSystems().values()];

/** The number of pages of a PDF that Chromium printed (its page objects). */
function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The system and region pages to run axe on: an ICB page, and those the page-type gates do not already check at both widths. */
const AXE_PATHS = ['/systems/qua/', ...unsampled(E2E_DIST, ['/systems/', '/systems/by-rate/', '/regions/y60/'])];

describe('accessibility', () => {
	it.each(AXE_PATHS)('axe finds no WCAG 2.2 A/AA problem on %s', async (path) => {
		const page = await session.newPage();
		await page.goto(`${session.url}${path}`);
		const violations = await runAxe(page);
		expect(violations, formatViolations(violations)).toEqual([]);
	});

	it("reaches the map's areas with the keyboard, each named with its figure", async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/systems/`);
		const first = page.locator('svg.app-map__svg a').first();
		await first.focus();
		const name = await first.evaluate((a) => a.getAttribute('aria-label'));
		expect(name).toMatch(/beds per 100,000|no published figure/);
		await expect(page.evaluate(() => document.activeElement?.closest('svg') !== null)).resolves.toBe(true);
	});
});

describe('printing a system page', () => {
	it('gives at most two A4 pages for every ICB, without header, search or footer', async () => {
		const page = await session.newPage();
		const counts: string[] = [];
		for (const s of systems) {
			await page.goto(`${session.url}/systems/${s.id.toLowerCase()}/`);
			await page.emulateMedia({ media: 'print' });
			const n = pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
			if (n > 2 || n < 1) counts.push(`${s.id}: ${n} pages`);
		}
		expect(counts).toEqual([]);
		await page.goto(`${session.url}/systems/qua/`);
		await page.emulateMedia({ media: 'print' });
		for (const hidden of ['.nhsuk-header', '.nhsuk-footer', '.nhsuk-breadcrumb', '.app-no-print']) {
			await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
		}
		for (const shown of ['h1', '.app-briefing__chart img', '.app-briefing__table', '.app-attribution']) {
			await expect(page.locator(shown).first().isVisible(), shown).resolves.toBe(true);
		}
		await expect(page.locator('.app-attribution').textContent()).resolves.toMatch(/Open Government Licence v3\.0/);
	});
});

describe('narrow screens', () => {
	async function scrollsSideways(page: Page): Promise<number> {
		return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	}

	it('no page type scrolls sideways at 320 px', async () => {
		const page = await session.newPage({ viewport: { width: 320, height: 640 } });
		const wide: string[] = [];
		const paths = [
			...new Set([
				...samplePages(E2E_DIST)
					.filter((s) => s.file.endsWith('.html'))
					.map((s) => s.path),
				'/systems/',
				'/systems/by-rate/',
				'/systems/qua/',
				'/regions/y60/',
			]),
		];
		for (const path of paths) {
			await page.goto(`${session.url}${path}`);
			const overflow = await scrollsSideways(page);
			if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
		}
		expect(wide).toEqual([]);
	});
});

describe('search', () => {
	async function searchFor(page: Page, q: string): Promise<string[]> {
		await page.goto(`${session.url}/search/?q=${encodeURIComponent(q)}`);
		await page.waitForFunction(
			(query) => document.getElementById('search-status')?.textContent?.includes(`‘${query}’`) ?? false,
			q,
		);
		const hrefs = await page
			.locator('.app-search-result__link')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		return hrefs.map((h) => new URL(h).pathname);
	}

	it('finds NHS Black Country ICB first for "Black Country"', async () => {
		const page = await session.newPage();
		const paths = await searchFor(page, 'Black Country');
		expect(paths[0], paths.join('\n')).toBe('/systems/qua/');
	});

	it.each([
		['Cheshire and Merseyside', '/systems/qyg/'],
		['Greater Manchester', '/systems/qop/'],
		['BSW', '/systems/qox/'],
	])('finds "%s" at %s in the top three', async (q, path) => {
		const page = await session.newPage();
		const paths = await searchFor(page, q);
		expect(paths.slice(0, 3), paths.join('\n')).toContain(path);
	});

	it('filters by NHS region and by the system page type', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=integrated+care+board&region=Midlands&type=Integrated+care+board`);
		await page.waitForFunction(
			() => document.getElementById('search-status')?.textContent?.includes('integrated care board') ?? false,
		);
		await page.waitForFunction(() => document.querySelectorAll('.app-search-result').length > 0);
		const types = await page.locator('.app-search-result__type').allTextContents();
		expect(types.length).toBeGreaterThan(0);
		expect(new Set(types)).toEqual(new Set(['Integrated care board']));
	});
});

/**
 * The editions' pages in Chromium: /editions/, an edition page and a target
 * page with a later edition's say pass axe at 320 px and 1280 px (those
 * tests/e2e/page-types.test.ts does not already check at both widths) and
 * never scroll sideways at 320 px (the grid reads
 * as a list per commitment there), and /editions/ prints on A4 landscape with
 * the grid inside the sheet's width.
 *
 *   npx vitest run --project e2e tests/e2e/editions.test.ts
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../helpers/page-checks.ts';
import { unsampled } from '../helpers/quality.ts';
import { useBrowser } from '../helpers/session.ts';
import { E2E_DIST } from '../helpers/site.ts';

const session = useBrowser(E2E_DIST);
const PAGES = ['/editions/', '/editions/2025-26/', '/targets/epr-100-mar-2026/'];
/** The pages of PAGES the page-type gates do not sample (they run axe on their samples at both widths). */
const AXE_PAGES = unsampled(E2E_DIST, PAGES);

async function sideways(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The sizes of a PDF's pages, in points, from their media boxes. */
function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
	const boxes = pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g);
	return [...boxes].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

describe('the editions pages', () => {
	for (const width of [320, 1280]) {
		it(`pass axe at ${String(width)} px`, async () => {
			const page = await session.newPage({ viewport: { width, height: 900 } });
			const failures: string[] = [];
			expect(AXE_PAGES.length).toBeGreaterThan(0);
			for (const path of AXE_PAGES) {
				await page.goto(`${session.url}${path}`, { waitUntil: 'load' });
				const violations = await runAxe(page);
				if (violations.length > 0) failures.push(`${path}:\n${formatViolations(violations)}`);
			}
			expect(failures).toEqual([]);
		});
	}

	it('never scroll sideways at 320 px, and the grid reads as a list per commitment there', async () => {
		const page = await session.newPage({ viewport: { width: 320, height: 640 } });
		for (const path of PAGES) {
			await page.goto(`${session.url}${path}`, { waitUntil: 'load' });
			expect(await sideways(page), path).toBeLessThanOrEqual(0);
		}
		await page.goto(`${session.url}/editions/`, { waitUntil: 'load' });
		// Each cell is a block of its own with its edition named, under its commitment.
		const cell = page.locator('[data-editions-grid] tbody td').first();
		await expect(cell.evaluate((td) => getComputedStyle(td).display)).resolves.not.toBe('table-cell');
		await expect(cell.locator('.nhsuk-table__heading').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-editions-grid] thead').boundingBox()).resolves.toMatchObject({ width: 1 });
	});

	it('shows the grid as a table at 1280 px', async () => {
		const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${session.url}/editions/`, { waitUntil: 'load' });
		const cell = page.locator('[data-editions-grid] tbody td').first();
		await expect(cell.evaluate((td) => getComputedStyle(td).display)).resolves.toBe('table-cell');
		await expect(cell.locator('.nhsuk-table__heading').isVisible()).resolves.toBe(false);
		expect(await sideways(page)).toBeLessThanOrEqual(0);
	});
});

describe('printing /editions/', () => {
	it('prints on A4 landscape sheets, the grid inside their width, with no header or footer', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/editions/`, { waitUntil: 'load' });
		await page.emulateMedia({ media: 'print' });
		// The page's own @page rule sets the sheet: asked for A4 portrait, it prints landscape.
		const sizes = pdfPageSizes(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false }));
		expect(sizes.length).toBeGreaterThan(0);
		for (const size of sizes) {
			expect(Math.round(size.width)).toBe(842);
			expect(Math.round(size.height)).toBe(595);
		}
		// At the printable width of an A4 landscape sheet (297 mm less 10 mm margins, at 96 px per inch)
		// the grid fits without being cut.
		await page.setViewportSize({ width: Math.floor(((297 - 20) / 25.4) * 96), height: 700 });
		const fit = await page.evaluate(() => {
			const table = document.querySelector('[data-editions-grid]');
			return { table: table?.scrollWidth ?? Infinity, page: document.documentElement.clientWidth };
		});
		expect(fit.table).toBeLessThanOrEqual(fit.page);
		for (const hidden of ['.nhsuk-header', '.nhsuk-footer']) {
			await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
		}
		await expect(page.locator('[data-editions-grid]').isVisible()).resolves.toBe(true);
	});
});

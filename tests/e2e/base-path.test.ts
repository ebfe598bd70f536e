/**
 * Search under a base path, in Chromium: the site built with
 * BASE_PATH=/planning-guidance/ (and the build tier's REPOSITORY_URL and REVIEW_AS_OF) and served under it, as an NHS web server
 * would. A typed query loads Pagefind from under the base and returns
 * results whose links (and heading links) stay under the base and open;
 * without JavaScript the header search leads to the A to Z under the base.
 *
 *   npx vitest run --project e2e tests/e2e/base-path.test.ts
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { basePathSite, BASE_PATH_SERVED } from '../build/variants.ts';
import { useBrowser } from '../helpers/session.ts';
import { TEST_BASE_PATH } from '../helpers/site.ts';

const BASE = TEST_BASE_PATH;
const SERVED = BASE_PATH_SERVED;

beforeAll(() => {
	// The build tier's base-path build of this run (tests/build/variants.ts), or a new one when run alone.
	const { build } = basePathSite();
	if (build.status !== 0) throw new Error(`astro build with BASE_PATH failed:\n${build.output}`);
}, 300_000);

const session = useBrowser(SERVED);

describe(`search under ${BASE}`, () => {
	it('returns results whose links stay under the base and open', async () => {
		const page = await session.newPage();
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${String(r.status())} ${r.url()}`);
		});
		await page.goto(`${session.url}${BASE}search/?q=hospital+at+home`, { waitUntil: 'networkidle' });
		await page.waitForSelector('.app-search-result__link');
		const hrefs = await page
			.locator('.app-search-result a')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href.startsWith(BASE), href).toBe(true);
		expect(hrefs).toContain(`${BASE}virtual-wards/virtual-wards-and-hospital-at-home/`);
		await page.locator('.app-search-result__link').first().click();
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
		await expect(page.locator('h1').count()).resolves.toBe(1);
		expect(failed).toEqual([]);
	});

	it('leads the header search to the A to Z under the base without JavaScript', async () => {
		const page = await session.newPage({ javaScriptEnabled: false });
		await page.goto(`${session.url}${BASE}`, { waitUntil: 'load' });
		await page.locator('#search-field').fill('virtual wards');
		await page.locator('#search-field').press('Enter');
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
		const az = await page
			.locator('#search-a-to-z ul.nhsuk-list a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(az.length).toBeGreaterThan(20);
		for (const href of az) expect(href.startsWith(BASE), href).toBe(true);
	});
});

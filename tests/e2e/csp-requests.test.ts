/**
 * Gate: strict Content-Security-Policy and no third-party requests, in the
 * browser. One page of every page type (found from the routes) is loaded in
 * Debian's Chromium with JavaScript on, and a search page is used to search:
 * 0 CSP violations (securitypolicyviolation events and console reports), 0
 * requests to any origin but the site's own, 0 failed requests to the site,
 * 0 console errors. The same watch over the broken fixture site must report
 * its inline script, inline style and third-party image. The static half of
 * this gate is tests/build/csp.test.ts.
 *
 *   npx vitest run --project e2e tests/e2e/csp-requests.test.ts
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/session.ts';
import { exercise, watchPage } from '../helpers/page-checks.ts';
import { BROKEN_SITE, samplePages } from '../helpers/quality.ts';
import { E2E_DIST } from '../helpers/site.ts';

const session = useBrowser(E2E_DIST, BROKEN_SITE);

const samples = samplePages(E2E_DIST);

async function visit(origin: string, path: string) {
	const page = await session.newPage();
	const watch = await watchPage(page, origin);
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	await exercise(page);
	return { page, watch, violations: await watch.cspViolations() };
}

describe('in the browser, every page type', () => {
	it.for(samples)('$route ($path): 0 CSP violations, 0 requests to other origins, 0 errors', async ({ path }) => {
		const { page, watch, violations } = await visit(session.url, path);
		expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 'the page has no CSP <meta>').toBe(
			1,
		);
		expect(violations, 'CSP violations').toEqual([]);
		expect(watch.otherOrigins, 'requests to other origins').toEqual([]);
		expect(watch.failed, 'failed requests to the site').toEqual([]);
		expect(watch.errors, 'console errors').toEqual([]);
	});
});

describe('the watch itself', () => {
	it('reports the broken fixture: inline script and style, a blocked third-party image, a request to another origin', async () => {
		const { violations } = await visit(session.urlOf(1), '/');
		expect(violations.join('\n')).toMatch(/script-src-elem blocked inline/);
		expect(violations.join('\n')).toMatch(/style-src-attr blocked inline/);
		expect(violations.join('\n')).toMatch(/img-src blocked https:\/\/cdn\.example\.com\/tracker\.png/);
		// The fixture's second page has no policy, so its third-party image is requested.
		const other = await visit(session.urlOf(1), '/other/');
		expect(other.watch.otherOrigins).toEqual(['image https://cdn.example.com/pixel.png']);
	});
});

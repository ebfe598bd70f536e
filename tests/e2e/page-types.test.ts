/**
 * Gates: accessibility, and the strict Content-Security-Policy in the browser.
 * One page of every page type (found from the routes in src/pages, so a new
 * route is covered the day it is built) is loaded once in Debian's Chromium,
 * with JavaScript on, and a search page is used to search, so it has results:
 *
 * - accessibility: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA tags finds
 *   0 violations at a phone's width (320 px, where the header folds into its
 *   menu and WCAG 2.2's target size matters most) and at a desktop's (1280 px),
 *   and from the keyboard every interactive element is reached by Tab and shows
 *   a visible focus indicator;
 * - CSP and requests, watched from before the page loads until it has been
 *   seen at both widths: 0 CSP violations (securitypolicyviolation events and
 *   console reports), 0 requests to any origin but the site's own, 0 failed
 *   requests to the site, 0 console errors, and the policy in a <meta>. The
 *   static half of this gate is tests/build/csp.test.ts.
 *
 * Each check is also run over the broken fixture site, which it must fail. A
 * page with a history (the real site's one) and a withdrawn page (the edited
 * variant's, tests/build/variants.ts) are checked by axe too. One load serves
 * every gate: a page load costs Chromium about 0.15 s of CPU.
 *
 *   npx vitest run --project e2e tests/e2e/page-types.test.ts
 */
import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from '../../scripts/lib/browser.ts';
import { editedSite, LIFECYCLE } from '../build/variants.ts';
import { useBrowser } from '../helpers/session.ts';
import { checkKeyboard, exercise, formatViolations, runAxe, watchPage } from '../helpers/page-checks.ts';
import { BROKEN_SITE, samplePages, sitePageTypes } from '../helpers/quality.ts';
import { E2E_DIST } from '../helpers/site.ts';

const session = useBrowser(E2E_DIST, BROKEN_SITE);

const samples = samplePages(E2E_DIST);

/** Opens `path` of the site at `origin` in a page watched from before it loads (watchPage), once the network is idle. */
async function watchedVisit(origin: string, path: string, options?: BrowserContextOptions) {
	const page = await session.newPage(options);
	const watch = await watchPage(page, origin);
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	return { page, watch };
}

describe('page types', () => {
	it('finds the page types from the routes', () => {
		const { types, empty } = sitePageTypes(E2E_DIST);
		console.log(`page types tested (route → page):\n  ${samples.map((s) => `${s.route} → ${s.path}`).join('\n  ')}`);
		if (empty.length > 0) console.log(`routes with no page built, so not tested: ${empty.join(', ')}`);
		expect(types.length).toBeGreaterThan(0);
		expect(samples.map((s) => s.route)).toEqual(types.map((t) => t.route));
	});
});

/** A desktop and a phone: the header, the tables and the tap targets differ between them. */
const WIDTHS = [1280, 320] as const;

// One load of each page type, watched from the start: axe at a phone's width, then the same page resized
// (so a search page keeps its results) for axe and the keyboard at a desktop's, then what the watch saw.
describe('axe-core, WCAG 2.2 A and AA, at 1280 and 320 px; the keyboard; CSP and requests', () => {
	it.for(samples)(
		'$route ($path): 0 axe violations at each width, every interactive element reached by Tab and visibly focused, 0 CSP violations, 0 requests to other origins, 0 errors',
		async ({ path }) => {
			const { page, watch } = await watchedVisit(session.url, path, { viewport: { width: WIDTHS[1], height: 800 } });
			await exercise(page);
			const phone = await runAxe(page);
			expect(phone, `at ${String(WIDTHS[1])} px:\n${formatViolations(phone)}`).toEqual([]);
			await page.setViewportSize({ width: WIDTHS[0], height: 800 });
			const desktop = await runAxe(page);
			expect(desktop, `at ${String(WIDTHS[0])} px:\n${formatViolations(desktop)}`).toEqual([]);
			const report = await checkKeyboard(page);
			expect(report.interactive).toBeGreaterThan(0);
			const problems = {
				'not reached by Tab': report.unreachable,
				'no visible focus indicator': report.invisibleFocus,
			};
			expect(problems, `the Tab order was:\n  ${report.order.join('\n  ')}`).toEqual({
				'not reached by Tab': [],
				'no visible focus indicator': [],
			});
			expect(
				await page.locator('meta[http-equiv="Content-Security-Policy"]').count(),
				'the page has no CSP <meta>',
			).toBe(1);
			expect(await watch.cspViolations(), 'CSP violations').toEqual([]);
			expect(watch.otherOrigins, 'requests to other origins').toEqual([]);
			expect(watch.failed, 'failed requests to the site').toEqual([]);
			expect(watch.errors, 'console errors').toEqual([]);
		},
	);

	it('reports the fixture image without alt text', async () => {
		const page = await session.newPage();
		await page.goto(`${session.urlOf(1)}/`);
		const violations = await runAxe(page);
		expect(violations.map((v) => v.id)).toContain('image-alt');
	});

	it('reports the broken fixture: inline script and style, a blocked third-party image, a request to another origin', async () => {
		const { watch } = await watchedVisit(session.urlOf(1), '/');
		const violations = (await watch.cspViolations()).join('\n');
		expect(violations).toMatch(/script-src-elem blocked inline/);
		expect(violations).toMatch(/style-src-attr blocked inline/);
		expect(violations).toMatch(/img-src blocked https:\/\/cdn\.example\.com\/tracker\.png/);
		// The fixture's second page has no policy, so its third-party image is requested.
		const other = await watchedVisit(session.urlOf(1), '/other/');
		expect(other.watch.otherOrigins).toEqual(['image https://cdn.example.com/pixel.png']);
	});

	it('reports the fixture link Tab skips and the link whose focus is invisible', async () => {
		const page = await session.newPage();
		await page.goto(`${session.urlOf(1)}/`);
		const report = await checkKeyboard(page);
		expect(report.unreachable).toEqual(['<a tabindex="-1"> "a link the keyboard cannot reach"']);
		expect(report.invisibleFocus).toEqual(['<a.no-focus-style> "a link whose focus is invisible"']);
	});
});

describe('a page with a history and a withdrawn page: axe-core, WCAG 2.2 A and AA', () => {
	let edited: StaticServer | undefined;
	beforeAll(async () => {
		edited = await serveDist(editedSite().dist);
	});
	afterAll(async () => {
		await edited?.close();
	});

	it.for([
		{ name: 'history', at: () => `${session.url}/virtual-wards/later-objectives/`, selector: '.app-page-history' },
		{ name: 'withdrawn', at: () => `${edited?.url ?? ''}/${LIFECYCLE.withdrawn.id}/`, selector: '.app-withdrawn' },
	])('$name: 0 violations at each width', async ({ at, selector }) => {
		const page = await session.newPage({ viewport: { width: WIDTHS[1], height: 800 } });
		await page.goto(at());
		expect(await page.locator(selector).count()).toBe(1);
		for (const width of [...WIDTHS].reverse()) {
			await page.setViewportSize({ width, height: 800 });
			const violations = await runAxe(page);
			expect(violations, `at ${String(width)} px:\n${formatViolations(violations)}`).toEqual([]);
		}
	});
});

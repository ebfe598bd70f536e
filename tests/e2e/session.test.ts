/**
 * The browser session the browser tier runs on (tests/helpers/session.ts):
 * a page a test is done with is given to the file's next test that asks for
 * the same context options, and nothing of the first test is left on it: no
 * listener, route, media emulation, stored item or cookie, at about:blank,
 * with the viewport the second test asked for. Options that a page cannot
 * change (JavaScript off) get a page of their own. The tests run in order:
 * each reads what the one before left.
 *
 *   npx vitest run --project e2e tests/e2e/session.test.ts
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/session.ts';
import { E2E_DIST } from '../helpers/site.ts';

const session = useBrowser(E2E_DIST);

/** What the first test did to its page, for the tests after it to look for. */
const first: { page?: Page; other?: Page; heard: string[] } = { heard: [] };

describe('a page given back', () => {
	it('is used by a test that leaves a listener, a route, print media, storage and a cookie on it', async () => {
		const page = await session.newPage({ viewport: { width: 320, height: 640 } });
		first.page = page;
		page.on('request', (r) => first.heard.push(r.url()));
		await page.route('**/about/', (route) => route.fulfill({ status: 200, body: 'routed' }));
		await page.emulateMedia({ media: 'print' });
		await page.goto(`${session.url}/`);
		await page.evaluate(() => {
			localStorage.setItem('left', 'local');
			sessionStorage.setItem('left', 'session');
			document.cookie = 'left=cookie; path=/';
		});
		expect(first.heard.length).toBeGreaterThan(0);
		await page.goto(`${session.url}/about/`);
		await expect(page.locator('body').textContent()).resolves.toBe('routed');
	});

	it('is the next test’s page, emptied, at the viewport it asks for', async () => {
		const page = await session.newPage({ viewport: { width: 1000, height: 700 } });
		expect(page).toBe(first.page);
		expect(page.url()).toBe('about:blank');
		expect(page.viewportSize()).toEqual({ width: 1000, height: 700 });
		first.heard.length = 0;
		await page.goto(`${session.url}/`);
		expect(first.heard, 'the first test’s listener heard the second test’s requests').toEqual([]);
		const state = await page.evaluate(() => ({
			local: localStorage.getItem('left'),
			session: sessionStorage.getItem('left'),
			cookie: document.cookie,
			print: matchMedia('print').matches,
		}));
		expect(state).toEqual({ local: null, session: null, cookie: '', print: false });
		await page.goto(`${session.url}/about/`);
		await expect(page.locator('h1').textContent()).resolves.not.toBe('routed');
		expect(await page.locator('h1').count()).toBe(1);
	});

	it('is not given to a test that asks for JavaScript off, nor twice at once', async () => {
		const off = await session.newPage({ javaScriptEnabled: false });
		const again = await session.newPage();
		expect(off).not.toBe(first.page);
		expect(again).toBe(first.page);
		first.other = await session.newPage();
		expect(first.other).not.toBe(first.page);
		await off.goto(`${session.url}/`);
		await expect(off.evaluate(() => 1 + 1)).resolves.toBe(2);
		expect(await off.locator('h1').count()).toBe(1);
	});

	it('without its viewport asked for, is one of the pages given back, at the default viewport', async () => {
		const page = await session.newPage();
		expect([first.page, first.other]).toContain(page);
		expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
	});
});

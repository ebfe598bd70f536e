/**
 * One browser session per test file: serves each built folder on 127.0.0.1,
 * starts Debian's Chromium once, closes every page a test opened when the
 * test ends, and stops everything after the file.
 *
 *   const session = useBrowser(E2E_DIST);           // session.url
 *   const session = useBrowser(E2E_DIST, BROKEN_SITE); // session.urlOf(1)
 *   const page = await session.newPage({ javaScriptEnabled: false });
 *
 * Concurrent tests (`it.concurrent.for`) pass their context's onTestFinished,
 * so each test closes only its own page; otherwise one test's end would close
 * the pages of the others still running:
 *
 *   it.concurrent.for(samples)('…', async (sample, { expect, onTestFinished }) => {
 *     const page = await session.newPage({}, onTestFinished);
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, serveDist, type StaticServer, type TestBrowser } from '../../scripts/lib/browser.ts';

export interface BrowserSession {
	/** The address of the first folder served. */
	readonly url: string;
	/** The address of the folder given in position `i` (0 is the first). */
	urlOf: (i: number) => string;
	/**
	 * A page in a fresh browser context, closed when the current test ends: by
	 * `finished` (a concurrent test's onTestFinished) when given, else after each test.
	 */
	newPage: (options?: BrowserContextOptions, finished?: OnTestFinished) => Promise<Page>;
	/** The browser itself, for a page that must outlive one test (the caller closes it). */
	readonly browser: TestBrowser;
}

/** A test context's onTestFinished: registers what to run when that test ends. */
export type OnTestFinished = (fn: () => Promise<void>) => void;

export function useBrowser(...dirs: string[]): BrowserSession {
	let servers: StaticServer[] = [];
	let browser: TestBrowser | undefined;
	let open: Page[] = [];

	beforeAll(async () => {
		servers = await Promise.all(dirs.map((d) => serveDist(d)));
		browser = await launchBrowser();
	});
	afterEach(async () => {
		await Promise.all(open.map((p) => p.context().close()));
		open = [];
	});
	afterAll(async () => {
		await browser?.close();
		await Promise.all(servers.map((s) => s.close()));
	});

	return {
		get url() {
			const first = servers[0];
			if (!first) throw new Error('the session has not started: call useBrowser() at the top of the test file');
			return first.url;
		},
		urlOf: (i) => {
			const server = servers[i];
			if (!server) throw new Error(`no folder ${i} is served: useBrowser() was given ${dirs.length}`);
			return server.url;
		},
		get browser() {
			if (!browser) throw new Error('the session has not started: call useBrowser() at the top of the test file');
			return browser;
		},
		newPage: async (options, finished) => {
			if (!browser) throw new Error('the session has not started: call useBrowser() at the top of the test file');
			const page = await browser.newPage(options);
			if (finished) finished(() => page.context().close());
			else open.push(page);
			return page;
		},
	};
}

/**
 * One browser session per test file: serves each built folder on 127.0.0.1,
 * starts Debian's Chromium once, takes back every page a test opened when the
 * test ends, and stops everything after the file.
 *
 * A page a test is done with is kept for the file's next test that asks for
 * the same context options (a viewport aside): emptied (its listeners, routes,
 * media emulation, storage and cookies) and sent to about:blank, it is given
 * out again with the viewport asked for. A new page costs Chromium about
 * 0.4 s of CPU (the browser's tab and a renderer process), a navigation about
 * 0.15 s; the suite opens some 200. An init script cannot be taken off a page:
 * a helper that adds one adds it once per page (watchPage in page-checks.ts).
 *
 *   const session = useBrowser(E2E_DIST);           // session.url
 *   const session = useBrowser(E2E_DIST, BROKEN_SITE); // session.urlOf(1)
 *   const page = await session.newPage({ javaScriptEnabled: false });
 *
 * A file's tests run one after another, not side by side (it.concurrent): the
 * same pages open at once in one Chromium cost it more CPU than in turn (the
 * accessibility gate: 67 core-seconds with five at a time, 47 one by one), and
 * vitest already runs two files at once, one per core.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, serveDist, type StaticServer, type TestBrowser } from '../../scripts/lib/browser.ts';

/** Playwright's viewport when a context is given none. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 } as const;

/** The pool a page goes back to: its context's options, the viewport aside (a page's viewport can be changed). */
const poolKey = ({ viewport: _viewport, ...rest }: BrowserContextOptions = {}) => JSON.stringify(rest);

/**
 * Empties a page a test is done with, for the next test: false if it cannot be
 * (closed, crashed, stuck), and then its context is closed.
 */
async function emptied(page: Page): Promise<boolean> {
	if (page.isClosed()) return false;
	try {
		await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
		await page.evaluate(() => {
			try {
				localStorage.clear();
				sessionStorage.clear();
			} catch {
				// about:blank and data: pages have no storage
			}
		});
		await page.goto('about:blank');
		await page.context().clearCookies();
		return true;
	} catch {
		await page
			.context()
			.close()
			.catch(() => undefined);
		return false;
	}
}

export interface BrowserSession {
	/** The address of the first folder served. */
	readonly url: string;
	/** The address of the folder given in position `i` (0 is the first). */
	urlOf: (i: number) => string;
	/**
	 * A page with these context options, taken back when the current test ends.
	 * It is an earlier test's page, emptied, when one is free.
	 */
	newPage: (options?: BrowserContextOptions) => Promise<Page>;
	/** The browser itself, for a page that must outlive one test (the caller closes it). */
	readonly browser: TestBrowser;
}

export function useBrowser(...dirs: string[]): BrowserSession {
	let servers: StaticServer[] = [];
	let browser: TestBrowser | undefined;
	let open: (() => Promise<void>)[] = [];
	const pools = new Map<string, Page[]>();
	/** The free pages for `options`. */
	const poolOf = (options: BrowserContextOptions | undefined): Page[] => {
		const key = poolKey(options);
		const pool = pools.get(key) ?? [];
		pools.set(key, pool);
		return pool;
	};

	/** A free page of the pool for `options`, at the viewport asked for, or a new one. */
	const take = async (chromium: TestBrowser, options: BrowserContextOptions | undefined) => {
		const free = poolOf(options).pop();
		if (!free) return chromium.newPage(options);
		await free.setViewportSize(options?.viewport ?? DEFAULT_VIEWPORT);
		return free;
	};
	/** Takes back a page: into its pool if it can be emptied, else closed. */
	const giveBack = async (page: Page, options: BrowserContextOptions | undefined) => {
		if (await emptied(page)) poolOf(options).push(page);
	};

	beforeAll(async () => {
		servers = await Promise.all(dirs.map((d) => serveDist(d)));
		browser = await launchBrowser();
	});
	afterEach(async () => {
		await Promise.all(open.map((back) => back()));
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
		newPage: async (options) => {
			if (!browser) throw new Error('the session has not started: call useBrowser() at the top of the test file');
			const page = await take(browser, options);
			open.push(() => giveBack(page, options));
			return page;
		},
	};
}

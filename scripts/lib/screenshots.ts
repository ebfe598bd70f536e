/**
 * Screenshots of built pages in Debian's Chromium, and a pixel-by-pixel
 * comparison of two sets of them: the proof that a change to the CSS (or
 * anything else) left every page looking exactly as it did.
 *
 * One page of every page type (the largest HTML file each route in src/pages
 * wrote, as the quality gates pick them, and the smallest), plus the search page with a query,
 * so the classes the search script sets are drawn too.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launchBrowser, serveDist } from './browser.ts';
import { listFiles, ROOT } from './project-copy.ts';
import { pageTypes, routesOf, urlPathOf } from './routes.ts';

/** The widths screenshots are taken at: the smallest phone the NHS.UK frontend supports, and a desktop. */
export const SCREENSHOT_WIDTHS = [320, 1280] as const;
/** The width of a page printed on A4 (210 mm at 96 dpi), for the screenshot with print styles. */
export const PRINT_WIDTH = 794;

/** One way of looking at every page: a screen width, or the print styles. */
export interface ScreenshotView {
	label: string;
	width: number;
	print: boolean;
}

/** Screens at 320 and 1280 px, and print (the print styles, at the width of A4). */
export const SCREENSHOT_VIEWS: readonly ScreenshotView[] = [
	...SCREENSHOT_WIDTHS.map((width) => ({ label: `${width} px`, width, print: false })),
	{ label: 'print', width: PRINT_WIDTH, print: true },
];

export interface ScreenshotPage {
	/** What the page stands for: its route file, or the route and its query. */
	name: string;
	/** The URL path (with query) to open. */
	path: string;
	/** A CSS selector to wait for before taking the screenshot (the search results). */
	waitFor?: string;
}

/** One page of each page type of a built site, and the search page with a query. */
export function screenshotPages(dist: string, root = ROOT): ScreenshotPage[] {
	const routes = routesOf(listFiles(join(root, 'src/pages')));
	const html = listFiles(dist).filter((f) => f.endsWith('.html'));
	const pages: ScreenshotPage[] = pageTypes(routes, html).flatMap(({ route, files }) => {
		const bySize = [...files].sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size);
		const largest = bySize[0] ?? '';
		const smallest = bySize[bySize.length - 1] ?? largest;
		// The smallest page of a route too: a route's pages can differ in kind (an index and an item).
		return largest === smallest
			? [{ name: route, path: urlPathOf(largest) }]
			: [
					{ name: route, path: urlPathOf(largest) },
					{ name: `${route} (smallest)`, path: urlPathOf(smallest) },
				];
	});
	pages.push({
		name: 'search/index.astro?q=hospital at home',
		path: '/search/?q=hospital+at+home',
		waitFor: '.app-search-result',
	});
	return pages;
}

/** A file name for a page's screenshot in a view. */
export const screenshotName = (page: ScreenshotPage, view: ScreenshotView) =>
	`${page.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${view.print ? 'print' : view.width}.png`;

/** Takes a full-page PNG of every page in every view, served from `dist`; returns the PNG bytes by file name. */
export async function takeScreenshots(
	dist: string,
	pages: readonly ScreenshotPage[],
	views: readonly ScreenshotView[] = SCREENSHOT_VIEWS,
): Promise<Map<string, Buffer>> {
	const out = new Map<string, Buffer>();
	const server = await serveDist(dist);
	const browser = await launchBrowser();
	try {
		for (const view of views) {
			const context = await browser.browser.newContext({
				viewport: { width: view.width, height: 900 },
				deviceScaleFactor: 1,
				reducedMotion: 'reduce',
			});
			const tab = await context.newPage();
			if (view.print) await tab.emulateMedia({ media: 'print' });
			for (const page of pages) {
				await tab.goto(`${server.url}${page.path}`, { waitUntil: 'networkidle' });
				if (page.waitFor) await tab.waitForSelector(page.waitFor, { timeout: 15_000 });
				await tab.evaluate(() => document.fonts.ready);
				out.set(
					screenshotName(page, view),
					await tab.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }),
				);
			}
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return out;
}

export interface PixelDifference {
	/** Pixels that differ (all of the larger image's when the sizes differ). */
	pixels: number;
	/** Width × height of each image, when they differ in size. */
	sizes?: string;
}

/** Compares two PNGs pixel by pixel with no tolerance (pixelmatch threshold 0, anti-aliasing counted). */
export function comparePngs(a: Buffer, b: Buffer): PixelDifference {
	const one = PNG.sync.read(a);
	const two = PNG.sync.read(b);
	if (one.width !== two.width || one.height !== two.height) {
		return {
			pixels: Math.max(one.width * one.height, two.width * two.height),
			sizes: `${one.width}×${one.height} vs ${two.width}×${two.height}`,
		};
	}
	return { pixels: pixelmatch(one.data, two.data, null, one.width, one.height, { threshold: 0, includeAA: true }) };
}

/** Reads a PNG file (for comparing saved screenshots). */
export const readPng = (file: string): Buffer => readFileSync(file);

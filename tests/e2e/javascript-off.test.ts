/**
 * Gate: JavaScript off. One page of every page type (found from the routes)
 * is read in Debian's Chromium with JavaScript disabled and with it enabled:
 * with it off the page has its heading, every image and chart is drawn,
 * every table has its rows (once each native <details> disclosure is opened
 * by a click, which needs no JavaScript), and no line of the main content that readers see
 * with JavaScript is missing without it. A page whose main content is a
 * search box (the search page) needs JavaScript for its results by nature:
 * it must still say something with JavaScript off.
 *
 *   npx vitest run --project e2e tests/e2e/javascript-off.test.ts
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/session.ts';
import { samplePages } from '../helpers/quality.ts';
import { E2E_DIST } from '../helpers/site.ts';

const session = useBrowser(E2E_DIST);

const samples = samplePages(E2E_DIST);

/** What a reader gets from the main content of a page. */
async function read(path: string, javaScriptEnabled: boolean) {
	const page = await session.newPage({ javaScriptEnabled });
	// Without JavaScript nothing loads after the load event; with it, wait for enhancements to finish.
	await page.goto(`${session.url}${path}`, { waitUntil: javaScriptEnabled ? 'networkidle' : 'load' });
	// Open every disclosure the way a reader would, by its summary: <details>
	// is native HTML and opens without JavaScript; what it holds must be there.
	for (const summary of await page.locator('main details > summary').all()) await summary.click();
	return page.evaluate(() => {
		const main = document.querySelector('main');
		const visible = (el: Element) =>
			(el as HTMLElement).checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
		return {
			h1: main?.querySelector('h1')?.textContent?.trim() ?? '',
			lines: (main?.innerText ?? '')
				.split('\n')
				.map((l) => l.replace(/\s+/g, ' ').trim())
				.filter(Boolean),
			searchBox: !!main?.querySelector('input[type="search"], input[type="text"], input:not([type])'),
			// Images must have loaded; images, charts (inline SVG) and embeds that are shown must have a size.
			undrawn: [...(main?.querySelectorAll('img, svg:not(svg svg), canvas, object') ?? [])]
				.filter((el) => {
					const img = el as HTMLImageElement;
					if (el.tagName === 'IMG' && !(img.complete && img.naturalWidth > 0)) return true;
					const r = el.getBoundingClientRect();
					return visible(el) && (r.width === 0 || r.height === 0);
				})
				.map((el) => el.outerHTML.slice(0, 120)),
			tables: [...(main?.querySelectorAll('table') ?? [])].map((t) => ({
				caption: t.caption?.textContent?.trim() ?? t.getAttribute('aria-label') ?? '',
				rows: t.querySelectorAll('tbody tr').length,
				visible: visible(t),
			})),
		};
	});
}

describe('with JavaScript off', () => {
	it.for(samples)('$route ($path) is complete', async ({ path }) => {
		const off = await read(path, false);
		const on = await read(path, true);
		expect(off.h1, 'no <h1> in <main>').not.toBe('');
		expect(off.undrawn, 'images or charts not drawn').toEqual([]);
		for (const table of off.tables) {
			expect(table.visible, `table "${table.caption}" is hidden`).toBe(true);
			expect(table.rows, `table "${table.caption}" has no rows`).toBeGreaterThan(0);
		}
		expect(
			off.tables.map((t) => t.rows),
			'tables have fewer rows than with JavaScript',
		).toEqual(on.tables.map((t) => t.rows));
		if (off.searchBox) {
			expect(off.lines.length, 'a search page must say something with JavaScript off').toBeGreaterThan(1);
			return;
		}
		const missing = on.lines.filter((line) => !off.lines.includes(line));
		expect(missing, 'shown with JavaScript, missing without it').toEqual([]);
	});
});

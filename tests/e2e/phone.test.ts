/**
 * A header that fits a phone: one page of every page type at 320 x 568 and
 * 375 x 667 in Chromium. The header (with its navigation) takes at most a
 * fifth of the first screen, the page's h1 is in the first screen, and
 * nothing scrolls sideways. The phone menu (a native <details>) opens by
 * keyboard with JavaScript off and leads to every section and the search.
 * Every visible target in the header is at least 24 by 24 CSS pixels
 * (WCAG 2.2, 2.5.8 target size, AA), at both widths.
 *
 *   npx vitest run --project e2e tests/e2e/phone.test.ts
 */
import { describe, expect, it } from 'vitest';
import { samplePages } from '../helpers/quality.ts';
import { useBrowser } from '../helpers/session.ts';
import { E2E_DIST } from '../helpers/site.ts';

const session = useBrowser(E2E_DIST);
const samples = samplePages(E2E_DIST);
const SCREENS = [
	{ width: 320, height: 568 },
	{ width: 375, height: 667 },
];

describe('on a phone', () => {
	for (const viewport of SCREENS) {
		it(`fits the header in a fifth of a ${String(viewport.width)} x ${String(viewport.height)} screen, shows the h1 and never scrolls sideways, on every page type`, async () => {
			const page = await session.newPage({ viewport, javaScriptEnabled: false });
			const failures: string[] = [];
			for (const sample of samples) {
				await page.goto(`${session.url}${sample.path}`, { waitUntil: 'load' });
				const m = await page.evaluate(() => {
					const header = document.querySelector('header.nhsuk-header')?.getBoundingClientRect();
					const h1 = document.querySelector('h1')?.getBoundingClientRect();
					return {
						header: header ? header.bottom : Number.POSITIVE_INFINITY,
						h1Top: h1 ? h1.top : Number.POSITIVE_INFINITY,
						h1Height: h1 ? h1.height : 0,
						scrollWidth: document.documentElement.scrollWidth,
						clientWidth: document.documentElement.clientWidth,
					};
				});
				if (m.header > viewport.height * 0.2)
					failures.push(
						`${sample.path}: the header ends at ${String(m.header)}px, more than a fifth of ${String(viewport.height)}px`,
					);
				if (!(m.h1Height > 0 && m.h1Top + Math.min(m.h1Height, 40) <= viewport.height))
					failures.push(`${sample.path}: the h1 starts at ${String(m.h1Top)}px, not in the first screen`);
				if (m.scrollWidth > m.clientWidth)
					failures.push(
						`${sample.path}: the page is ${String(m.scrollWidth)}px wide in a ${String(m.clientWidth)}px screen`,
					);
			}
			expect(failures).toEqual([]);
		});
	}

	for (const viewport of SCREENS) {
		it(`gives every target in the header at least 24 x 24 px at ${String(viewport.width)} px wide (WCAG 2.2, 2.5.8)`, async () => {
			const page = await session.newPage({ viewport, javaScriptEnabled: false });
			await page.goto(`${session.url}/`, { waitUntil: 'load' });
			const targets = await page.evaluate(() =>
				[...document.querySelectorAll('header a, header button, header summary, header input')]
					.map((e) => ({ e, r: e.getBoundingClientRect() }))
					.filter(({ r }) => r.width > 0 && r.height > 0)
					.map(({ e, r }) => ({
						what: `<${e.tagName.toLowerCase()}> "${(e.textContent ?? '').trim().slice(0, 30)}"`,
						width: Math.round(r.width),
						height: Math.round(r.height),
					})),
			);
			expect(targets.length).toBeGreaterThanOrEqual(2);
			expect(targets.filter((t) => t.width < 24 || t.height < 24)).toEqual([]);
		});
	}

	it('opens the menu by keyboard without JavaScript, with the search box and every section in it', async () => {
		const page = await session.newPage({ viewport: { width: 320, height: 568 }, javaScriptEnabled: false });
		await page.goto(`${session.url}/targets/`, { waitUntil: 'load' });
		const toggle = page.locator('summary.app-header-menu__toggle');
		await expect(toggle.isVisible()).resolves.toBe(true);
		// The wide header's search box and navigation are not shown on a phone.
		await expect(page.locator('.app-header__navigation').isVisible()).resolves.toBe(false);
		await expect(page.locator('.app-header-menu__link').first().isVisible()).resolves.toBe(false);
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#menu-search-field').isVisible()).resolves.toBe(true);
		const links = await page.locator('.app-header-menu__link').evaluateAll((els) =>
			els.map((a) => ({
				href: a.getAttribute('href'),
				current: a.getAttribute('aria-current'),
				shown: (a as HTMLElement).offsetHeight > 0,
			})),
		);
		expect(links.every((l) => l.shown)).toBe(true);
		expect(links.find((l) => l.href === '/targets/')?.current).toBe('page');
		// Tab goes from the toggle to the search box, then on through the menu.
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('menu-search-field');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await expect(page.locator('#menu-search-field').isVisible()).resolves.toBe(false);
	});

	it('shows the wide header, not the menu, on a desktop screen', async () => {
		const page = await session.newPage({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
		await page.goto(`${session.url}/`, { waitUntil: 'load' });
		await expect(page.locator('summary.app-header-menu__toggle').isVisible()).resolves.toBe(false);
		await expect(page.locator('.app-header__navigation').isVisible()).resolves.toBe(true);
		await expect(page.locator('#search-field').isVisible()).resolves.toBe(true);
	});
});

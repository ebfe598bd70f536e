/**
 * Reading the portal in a real browser: with JavaScript off every page type is
 * complete, and the skip link and navigation work from the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/session.ts';
import { E2E_DIST } from '../helpers/site.ts';

const session = useBrowser(E2E_DIST);

describe('with JavaScript off', () => {
	it('shows the home page with every priority and its headline target', async () => {
		const page = await session.newPage({ javaScriptEnabled: false });
		await page.goto(`${session.url}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('2022/23 planning guidance: digital priorities');
		const cards = page.locator('main .nhsuk-card');
		expect(await cards.count()).toBe(4);
		await expect(page.locator('main').innerText()).resolves.toContain(
			'40 to 50 virtual ward beds per 100,000 population',
		);
	});

	it('reaches a guidance page through the priority page and shows its sources', async () => {
		const page = await session.newPage({ javaScriptEnabled: false });
		await page.goto(`${session.url}/`);
		await page.getByRole('link', { name: 'Virtual wards' }).first().click();
		await page.getByRole('link', { name: 'The national ambition for virtual wards' }).first().click();
		expect(new URL(page.url()).pathname).toBe('/virtual-wards/national-ambition/');
		await expect(page.locator('main h1').textContent()).resolves.toBe('The national ambition for virtual wards');
		expect(await page.locator('main .app-sources li').count()).toBeGreaterThan(0);
		await expect(page.locator('.app-review-date').innerText()).resolves.toMatch(/Page last reviewed: \d+ \w+ \d{4}/);
	});

	it('answers an unknown address with the 404 page', async () => {
		const page = await session.newPage({ javaScriptEnabled: false });
		const response = await page.goto(`${session.url}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
	});
});

describe('keyboard', () => {
	it('moves focus to the skip link first, and the skip link to the main content', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/digitisation/`);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
			'Skip to main content',
		);
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#maincontent');
	});
});

/**
 * Charts in a real browser with JavaScript off: the chart image loads and
 * draws, its SVG parses as XML, the data table opens from the keyboard, and
 * the downloads are served.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/session.ts';
import { E2E_DIST } from '../helpers/site.ts';

const session = useBrowser(E2E_DIST);

describe('a target page with JavaScript off', () => {
	it('shows the chart image, whose SVG is well-formed XML, and opens the data table from the keyboard', async () => {
		const page = await session.newPage({ javaScriptEnabled: false });
		await page.goto(`${session.url}/targets/vw-40-50-per-100k/`);
		const img = page.locator('figure.app-chart img');
		await img.scrollIntoViewIfNeeded();
		await expect
			.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth), {
				timeout: 20_000,
				interval: 200,
			})
			.toBe(720);
		await expect(img.getAttribute('alt')).resolves.toContain('11,805 beds, 23.0 per 100,000 adults');

		const response = await page.request.get(`${session.url}/charts/vw-40-50-per-100k.svg`);
		expect(response.headers()['content-type']).toBe('image/svg+xml');
		const svg = await response.text();
		const parsed = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.nodeName,
				title: doc.querySelector('title')?.textContent ?? '',
			};
		}, svg);
		expect(parsed).toMatchObject({ error: null, root: 'svg' });
		expect(parsed.title).toContain('40 to 50 virtual ward beds per 100,000 population');

		const table = page.locator('figure.app-chart table');
		await expect(table.isVisible()).resolves.toBe(false);
		await page.locator('figure.app-chart summary').focus();
		await page.keyboard.press('Enter');
		await expect(table.isVisible()).resolves.toBe(true);
		await expect(table.locator('tr[data-period="2023-12"] td').first().textContent()).resolves.toBe('23.0');
	});

	it('serves the CSV download', async () => {
		const page = await session.newPage({ javaScriptEnabled: false });
		const response = await page.request.get(`${session.url}/data/vw-capacity.csv`);
		expect(response.status()).toBe(200);
		expect((await response.text()).split('\r\n')[0]).toBe(
			'dataset,period,area_code,area_name,value,unit,series,per,secondary,source,source_url,note,reported_over',
		);
	});
});

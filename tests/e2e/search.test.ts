/**
 * Search in Debian's Chromium against the built site: typed queries find the
 * right page in the top three (acronyms and their expansions alike), filters
 * narrow the results, the address carries the search (deep links, Back), a
 * query with no match says what to do, axe finds no WCAG 2.2 A/AA problem,
 * it works under the site's strict Content-Security-Policy, only the search
 * page loads search code, and without JavaScript the header search leads to
 * an A to Z of every page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/session.ts';
import { readFragments } from '../helpers/search-index.ts';
import { E2E_DIST } from '../helpers/site.ts';
import { formatViolations, runAxe } from '../helpers/page-checks.ts';
import { headerCsp } from '../../src/lib/build/security-headers.ts';

const session = useBrowser(E2E_DIST);

/** Waits until the status line reports a search for `q`, and returns it. */
async function statusFor(page: Page, q: string): Promise<string> {
	await page.waitForFunction(
		(query) => document.getElementById('search-status')?.textContent?.includes(`‘${query}’`) ?? false,
		q,
	);
	return (await page.locator('#search-status').textContent()) ?? '';
}

/** The paths of the results shown, best first. */
async function resultPaths(page: Page): Promise<string[]> {
	const hrefs = await page
		.locator('.app-search-result__link')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	return hrefs.map((h) => new URL(h).pathname);
}

/** Every result, pressing "Show more results" until there are no more. */
async function allResultPaths(page: Page): Promise<string[]> {
	const more = page.locator('#search-more');
	while (await more.isVisible()) {
		const before = await page.locator('.app-search-result').count();
		await more.click();
		await page.waitForFunction((n) => document.querySelectorAll('.app-search-result').length > n, before);
	}
	return resultPaths(page);
}

/** Every result of a query typed into the box, pressing "Show more results" until there are no more. */
async function allResultPathsFor(page: Page, q: string): Promise<string[]> {
	await searchFor(page, q);
	return allResultPaths(page);
}

/** Types a query into the search page's box and submits it with Enter. */
async function searchFor(page: Page, q: string): Promise<string[]> {
	await page.locator('#search-query').fill(q);
	await page.locator('#search-query').press('Enter');
	await statusFor(page, q);
	return resultPaths(page);
}

describe('typed queries', () => {
	const expectations: [string, string][] = [
		['hospital at home', '/virtual-wards/virtual-wards-and-hospital-at-home/'],
		['What Good Looks Like', '/digitisation/what-good-looks-like/'],
		['cyber security', '/investment-plans/cyber-security/'],
		['interoperability standards', '/digitisation/interoperability-and-shared-care-records/'],
		['March 2025', '/digitisation/core-level-of-digitisation/'],
		['June 2022', '/investment-plans/digital-investment-plans/'],
		['cyber', '/investment-plans/cyber-security/'],
		['digitis', '/digitisation/core-level-of-digitisation/'],
		['EPR', '/digitisation/electronic-patient-records/'],
		['electronic patient record', '/digitisation/electronic-patient-records/'],
		['WGLL', '/digitisation/what-good-looks-like/'],
		['virtual ward', '/virtual-wards/virtual-wards-and-hospital-at-home/'],
		// The SDF money of 2022/23 is a target of its own, whose page (with what the 2025/26 edition did to SDF) comes first.
		['SDF', '/targets/vw-funding-2022-24/'],
	];

	// One page for every query, as a reader would search one after another.
	let page: Page;
	beforeAll(async () => {
		page = await session.browser.newPage();
		await page.goto(`${session.url}/search/`);
	});
	afterAll(async () => {
		await page?.context().close();
	});

	it.each(expectations)('"%s" has %s in the top three', async (q, path) => {
		const paths = await searchFor(page, q);
		expect(paths.slice(0, 3), paths.join('\n')).toContain(path);
	});

	it('finds the same page first for an acronym and its expansion, and says it searched both', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/`);
		const acronym = await searchFor(page, 'EPR');
		expect(await page.locator('#search-status').textContent()).toContain(
			'Also searched for ‘electronic patient record’',
		);
		const expansion = await searchFor(page, 'electronic patient record');
		expect(acronym[0]).toBe(expansion[0]);
		expect(new Set(acronym)).toEqual(new Set(expansion));
	});

	it('shows each result with its type, a highlighted excerpt and links to the matching headings', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=hospital+at+home`);
		await statusFor(page, 'hospital at home');
		const first = page.locator('.app-search-result').first();
		await expect(first.locator('.app-search-result__type').textContent()).resolves.toBe('Guidance');
		expect(await first.locator('.app-search-result__excerpt mark').count()).toBeGreaterThan(0);
		const section = first.locator('.app-search-result__sections a').first();
		await expect(section.getAttribute('href')).resolves.toBe(
			'/virtual-wards/virtual-wards-and-hospital-at-home/#hospital-at-home',
		);
		await section.click();
		await page.waitForURL(/#hospital-at-home$/);
		await expect(page.locator('h2#hospital-at-home').isVisible()).resolves.toBe(true);
	});
});

describe('the address', () => {
	it('shows results on load for a ?q= deep link, with the query in the box and the title', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=virtual+wards`);
		const status = await statusFor(page, 'virtual wards');
		expect(status).toMatch(/^\d+ results for ‘virtual wards’\./);
		await expect(page.locator('#search-query').inputValue()).resolves.toBe('virtual wards');
		expect((await resultPaths(page)).length).toBeGreaterThan(3);
		await expect(page.title()).resolves.toBe('virtual wards - Search - Planning guidance portal');
		await expect(page.locator('#search-no-js').isHidden()).resolves.toBe(true);
		await expect(page.locator('#search-a-to-z').isHidden()).resolves.toBe(true);
	});

	it('puts each search in the history, so Back returns to the previous one', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=cyber`);
		await statusFor(page, 'cyber');
		await searchFor(page, 'net zero');
		expect(new URL(page.url()).search).toBe('?q=net+zero');
		await page.goBack();
		await statusFor(page, 'cyber');
		expect(new URL(page.url()).search).toBe('?q=cyber');
		await expect(page.locator('#search-query').inputValue()).resolves.toBe('cyber');
		expect((await resultPaths(page))[0]).toBe('/investment-plans/cyber-security/');
	});

	it('searches as you type and keeps the address up to date', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/`);
		await page.locator('#search-query').pressSequentially('interoperability', { delay: 20 });
		await statusFor(page, 'interoperability');
		expect(new URL(page.url()).searchParams.get('q')).toBe('interoperability');
	});
});

describe('filters', () => {
	it('narrow the results, show counts, live in the address and work from the keyboard', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=digital`);
		const before = await statusFor(page, 'digital');
		const firstPage = await resultPaths(page);
		const total = Number(/^(\d+) results/.exec(before)?.[1]);
		expect(firstPage).toHaveLength(Math.min(total, 10));
		const all = await allResultPaths(page);
		expect(all).toHaveLength(total);
		// "Show more results" moved focus to the first new result.
		await expect(
			page.evaluate(() => document.activeElement?.classList.contains('app-search-result__link')),
		).resolves.toBe(true);

		const box = page.getByRole('checkbox', { name: /^Virtual wards \(\d+\)$/ });
		const label = (await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent()) ?? '';
		const expected = Number(/\((\d+)\)/.exec(label)?.[1]);
		expect(expected).toBeGreaterThan(0);
		expect(expected).toBeLessThan(total);

		await box.focus();
		await page.keyboard.press('Space');
		await page.waitForFunction(
			() =>
				document.getElementById('search-status')?.textContent?.includes('filtered by Priority: Virtual wards') ?? false,
		);
		const narrowed = await resultPaths(page);
		expect(narrowed.length).toBe(expected);
		// Every result is filed under that priority in the index (guidance, targets and datasets alike).
		const priorities = new Map(readFragments(E2E_DIST).map((f) => [f.url, f.filters['priority'] ?? []]));
		expect(narrowed.filter((p) => !priorities.get(p)?.includes('Virtual wards'))).toEqual([]);
		expect(narrowed.every((p) => all.includes(p))).toBe(true);
		expect(new URL(page.url()).searchParams.getAll('priority')).toEqual(['Virtual wards']);

		// A deep link with the filter gives the same results, with the box ticked.
		const again = await session.newPage();
		await again.goto(page.url());
		await statusFor(again, 'digital');
		expect(await resultPaths(again)).toEqual(narrowed);
		await expect(again.getByRole('checkbox', { name: /^Virtual wards/ }).isChecked()).resolves.toBe(true);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await page.waitForFunction(
			() => !(document.getElementById('search-status')?.textContent?.includes('filtered') ?? true),
		);
		expect(await resultPaths(page)).toEqual(firstPage);
	});

	it('fetch only the type of page before the results are shown, and the other filters after, for their counts', async () => {
		const page = await session.newPage();
		// For each filter chunk the page fetches, what the status line said when it asked.
		const asked: string[] = [];
		await page.route('**/pagefind/filter/*', async (route) => {
			asked.push(await page.evaluate(() => document.getElementById('search-status')?.textContent ?? ''));
			await route.continue();
		});
		await page.goto(`${session.url}/search/?q=digital`);
		await statusFor(page, 'digital');
		await page.getByRole('checkbox', { name: /^Virtual wards \(\d+\)$/ }).waitFor();
		// The type filter (ranking needs it) before the results; the other four once the results are shown.
		expect(asked[0]).toBe('');
		expect(asked.slice(1)).toHaveLength(4);
		expect(asked.slice(1).every((status) => status.includes('‘digital’'))).toBe(true);
	});

	it('ignores a filter value in the address that the page does not offer', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=cyber&priority=No+such+priority`);
		const status = await statusFor(page, 'cyber');
		expect(status).not.toContain('filtered');
		expect((await resultPaths(page))[0]).toBe('/investment-plans/cyber-security/');
	});

	it('offers only the types of page the site has', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=digital`);
		await statusFor(page, 'digital');
		const types = new Set(readFragments(E2E_DIST).flatMap((f) => f.filters['type'] ?? []));
		const visible = await page
			.locator('[data-filter-group="type"] [data-filter-option]:visible input')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		expect(new Set(visible)).toEqual(types);
	});
});

describe('queries that do not match every word', () => {
	it('finds the glossary entry that answers "when did ICBs replace CCGs" among the pages that match some of the words', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=${encodeURIComponent('when did ICBs replace CCGs')}`);
		const status = await statusFor(page, 'when did ICBs replace CCGs');
		// No page says "CCGs", so none matches every word; the status says what is shown instead.
		expect(status).toMatch(/^No results for ‘when did ICBs replace CCGs’\. .*\d+ pages match some of your words\.$/);
		const partial = page.locator('#search-partial');
		await expect(
			partial.getByRole('heading', { name: 'Pages that match some of your words' }).isVisible(),
		).resolves.toBe(true);
		const glossary = partial.locator('.app-search-result').filter({ has: page.locator('a[href="/glossary/"]') });
		await expect(glossary.locator('.app-search-result__type').textContent()).resolves.toBe('Glossary');
		// The entry's own section is linked first: the ICB entry, which says when they replaced clinical commissioning groups.
		await expect(glossary.locator('.app-search-result__sections a').first().getAttribute('href')).resolves.toBe(
			'/glossary/#icb',
		);
		// Its results are headings under the section's heading.
		await expect(glossary.locator('h3 a').getAttribute('href')).resolves.toBe('/glossary/');
		const violations = await runAxe(page);
		expect(violations, formatViolations(violations)).toEqual([]);
	});

	it('lists the pages with the other words when one word is on no page', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/`);
		await searchFor(page, 'virtual wards zzxqvw');
		await expect(page.locator('#search-status').textContent()).resolves.toMatch(
			/^No results for ‘virtual wards zzxqvw’\..* \d+ pages match some of your words\.$/,
		);
		await expect(page.locator('#search-results-list').isHidden()).resolves.toBe(true);
		await expect(page.locator('#search-partial h2').textContent()).resolves.toBe('Pages that match some of your words');
		const partial = await page
			.locator('#search-partial-list .app-search-result__link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(partial.slice(0, 3)).toContain('/virtual-wards/virtual-wards-and-hospital-at-home/');
	});

	it("shows the results for a misspelt word's correction, with a link to search as typed, which offers the correction", async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/`);
		await page.locator('#search-query').fill('hsopital at home');
		await page.locator('#search-query').press('Enter');
		const status = await statusFor(page, 'hospital at home');
		expect(status).toMatch(/^No results for ‘hsopital at home’\. \d+ results for ‘hospital at home’\./);
		const spelling = page.locator('#search-spelling');
		await expect(spelling.innerText()).resolves.toBe(
			'Showing results for hospital at home. Search instead for hsopital at home',
		);
		expect((await resultPaths(page)).slice(0, 3)).toContain('/virtual-wards/virtual-wards-and-hospital-at-home/');
		const violations = await runAxe(page);
		expect(violations, formatViolations(violations)).toEqual([]);

		await spelling.getByRole('link', { name: 'Search instead for hsopital at home' }).click();
		await page.waitForURL(/typed=1/);
		await expect(statusFor(page, 'hsopital at home')).resolves.toMatch(/Did you mean ‘hospital at home’\?$/);
		const suggestion = page.locator('#search-spelling').getByRole('link', { name: 'hospital at home' });
		await expect(page.locator('#search-spelling').innerText()).resolves.toBe('Did you mean hospital at home?');
		await suggestion.click();
		await page.waitForURL(`${session.url}/search/?q=hospital+at+home`);
		await expect(statusFor(page, 'hospital at home')).resolves.toMatch(/^\d+ results for ‘hospital at home’/);
		await expect(page.locator('#search-spelling').isHidden()).resolves.toBe(true);
	});

	it('searches a quoted phrase exactly: only pages with its words in that order, stop words and all', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/`);
		const loose = await allResultPathsFor(page, 'digitisation core level');
		const exact = await allResultPathsFor(page, '"core level of digitisation"');
		expect(exact.length).toBeGreaterThan(0);
		expect(exact.length).toBeLessThan(loose.length);
		const content = new Map(readFragments(E2E_DIST).map((f) => [f.url, f.content.replace(/\s+/g, ' ').toLowerCase()]));
		expect(exact.filter((p) => !content.get(p)?.includes('core level of digitisation'))).toEqual([]);
		await expect(allResultPathsFor(page, '"level core"')).resolves.toEqual([]);
	});
});

describe('no match', () => {
	it('says so and offers spelling, abbreviations, the glossary and the A to Z', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=zzxqvw`);
		await expect(statusFor(page, 'zzxqvw')).resolves.toBe('No results for ‘zzxqvw’.');
		const help = page.locator('#search-none');
		await expect(help.isVisible()).resolves.toBe(true);
		await expect(help.innerText()).resolves.toMatch(/checking the spelling/);
		await expect(help.getByRole('link', { name: 'glossary' }).getAttribute('href')).resolves.toBe('/glossary/');
		await expect(page.locator('#search-a-to-z').isVisible()).resolves.toBe(true);
		await expect(page.locator('#search-results').isHidden()).resolves.toBe(true);
	});

	it('says how many results there are without the filters when the filters exclude everything', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=net+zero&priority=Virtual+wards`);
		const status = await statusFor(page, 'net zero');
		expect(status).toMatch(/^No results for ‘net zero’, filtered by Priority: Virtual wards\./);
		await expect(page.locator('#search-none-filters').innerText()).resolves.toMatch(
			/removing filters: there are \d+ results without them\./,
		);
	});
});

describe('accessibility', () => {
	it('has no WCAG 2.2 A or AA violation with results and filters shown', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/?q=virtual+wards&audience=Acute+providers`);
		await statusFor(page, 'virtual wards');
		const violations = await runAxe(page);
		expect(violations, formatViolations(violations)).toEqual([]);
	});

	it('does not move when its script starts, at a phone’s width or a desktop’s (no layout shift), and says search needs JavaScript only without it', async () => {
		const shifts: Record<number, number> = {};
		for (const width of [412, 1280]) {
			const page = await session.newPage({ viewport: { width, height: 823 } });
			await page.goto(`${session.url}/search/`, { waitUntil: 'networkidle' });
			await expect(page.locator('#search-filters').isHidden()).resolves.toBe(true);
			// Every layout shift since the page started loading (the buffered entries), summed as CLS sums them.
			shifts[width] = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let sum = 0;
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries()) sum += (entry as unknown as { value: number }).value;
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(sum), 200);
					}),
			);
			await expect(page.locator('#search-no-js').isVisible()).resolves.toBe(false);
		}
		expect(shifts).toEqual({ 412: 0, 1280: 0 });
		const off = await session.newPage({ javaScriptEnabled: false });
		await off.goto(`${session.url}/search/`);
		await expect(off.locator('#search-no-js').isVisible()).resolves.toBe(true);
	});

	it('announces the result count in a polite live region', async () => {
		const page = await session.newPage();
		await page.goto(`${session.url}/search/`);
		const status = page.locator('#search-status');
		await expect(status.getAttribute('role')).resolves.toBe('status');
		await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
		await searchFor(page, 'cyber');
		await expect(status.textContent()).resolves.toMatch(/^\d+ results? for ‘cyber’/);
	});
});

describe('loading and security', () => {
	// The site's own policy, as the hosting headers send it (src/lib/build/security-headers.ts).
	const CSP = headerCsp();

	it('searches under the strict Content-Security-Policy, with no request to another origin', async () => {
		const page = await session.newPage();
		const violations: string[] = [];
		const origins = new Set<string>();
		page.on('console', (m) => {
			if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		page.on('request', (r) => origins.add(new URL(r.url()).origin));
		await page.route('**/*', async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
		});
		await page.goto(`${session.url}/search/?q=cyber+security`);
		await statusFor(page, 'cyber security');
		expect((await resultPaths(page))[0]).toBe('/investment-plans/cyber-security/');
		expect(violations).toEqual([]);
		expect([...origins]).toEqual([session.url]);
	});

	it('loads no search code on other pages, even when the header search box is used', async () => {
		const page = await session.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (r.resourceType() === 'script' || path.startsWith('/pagefind/')) scripts.push(path);
		});
		await page.goto(`${session.url}/digitisation/what-good-looks-like/`);
		await page.locator('#search-field').fill('cyber');
		expect(scripts).toEqual([]);
		await page.locator('#search-field').press('Enter');
		await page.waitForURL(`${session.url}/search/?q=cyber`);
		await statusFor(page, 'cyber');
		expect(scripts.some((s) => s === '/pagefind/pagefind.js')).toBe(true);
	});
});

describe('with JavaScript off', () => {
	it('the header search leads to /search/, which says why and lists every indexed page from A to Z', async () => {
		const page = await session.newPage({ javaScriptEnabled: false });
		await page.goto(`${session.url}/virtual-wards/funding/`);
		await page.locator('#search-field').fill('hospital at home');
		await page.locator('#search-field').press('Enter');
		await page.waitForURL(`${session.url}/search/?q=hospital+at+home`);
		await expect(page.locator('#search-no-js').innerText()).resolves.toMatch(/Search results need JavaScript/);
		await expect(page.locator('#search-filters').isHidden()).resolves.toBe(true);
		const links = await page
			.locator('#search-a-to-z ul.nhsuk-list a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const indexed = readFragments(E2E_DIST).map((f) => f.url);
		expect([...links].sort()).toEqual([...indexed].sort());
		await page.getByRole('link', { name: 'Virtual wards and hospital at home' }).click();
		await expect(page.locator('h1').textContent()).resolves.toBe('Virtual wards and hospital at home');
	});
});

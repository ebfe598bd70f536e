/**
 * Sub-path hosting, edit links and review warnings, in one build of the real
 * site (shared with the browser test of the base path, tests/build/variants.ts; a plain `astro build`) with BASE_PATH=/planning-guidance/, REPOSITORY_URL set and
 * REVIEW_AS_OF far ahead (so every page is past its review). The build is
 * written into a folder named like the base, as a host would serve it, and:
 * every internal link, asset, chart, download and fragment resolves inside
 * the base (the link checker of the quality gates, scripts/lib/links.ts);
 * canonical and Open Graph addresses, the feed, sitemap, robots.txt,
 * calendar and the search page carry the base; MDX links get it; every
 * "Edit this page" points at a file that exists in content/; every guidance
 * page shows NHS.UK's "This page is due for review".
 *
 *   npx vitest run --project build tests/build/base-path.test.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../scripts/lib/links.ts';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { ROOT, TEST_BASE_PATH } from '../helpers/site.ts';
import { realSite } from '../helpers/real-site.ts';
import { BASE_PATH_SERVED, basePathSite, REPOSITORY } from './variants.ts';

const BASE = TEST_BASE_PATH;
const ORIGIN = 'https://planning-guidance.example.nhs.uk';
/** What a host serves: the site's files under /planning-guidance/. */
const SERVED = BASE_PATH_SERVED;
const DIST = join(SERVED, BASE.slice(1, -1));
const site = realSite();

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const html = (path: string): HTMLElement =>
	parse(read(path === '/' ? 'index.html' : `${path.replace(/^\//, '')}index.html`));
const guidancePaths = [...site.guidance.entries()].flatMap(([priority, pages]) =>
	pages.map((p) => `/${priority}/${p.id}/`),
);

beforeAll(() => {
	// Built once per run and shared with tests/e2e/base-path.test.ts (tests/build/variants.ts).
	const { build, dist } = basePathSite();
	if (build.status !== 0) throw new Error(`astro build with BASE_PATH failed:\n${build.output}`);
	expect(dist).toBe(DIST);
}, 300_000);

describe(`a build under ${BASE}`, () => {
	it("is finished inside Astro's process, as a plain `astro build` finishes it (src/integrations/finish.ts)", () => {
		const { output } = basePathSite().build;
		expect(output).not.toContain('npm run build finishes the site');
		// The marks, the index and the publishing, each logged before Astro's own last line.
		const steps = ['[portal:finish] abbreviations marked on', '[portal:finish] indexed', '[portal:finish] published'];
		const at = steps.map((step) => output.indexOf(step));
		expect(at.every((i) => i > -1)).toBe(true);
		expect([...at].sort((x, y) => x - y)).toEqual(at);
		expect(output.indexOf('[build] Complete!')).toBeGreaterThan(at[2] as number);
	});

	it('resolves every internal link, asset, chart, download and fragment inside the base', () => {
		// Keys are paths from the host's root, so only addresses under the base can resolve.
		const files = new Map(listFiles(SERVED).map((f) => [f, '']));
		for (const f of files.keys()) if (/\.(html|css)$/.test(f)) files.set(f, readFileSync(join(SERVED, f), 'utf8'));
		const report = checkLinks(files, { siteOrigin: ORIGIN });
		expect(report.checked).toBeGreaterThan(1000);
		expect(
			report.problems,
			`${report.problems.length} broken references:\n${formatLinkProblems(report.problems)}`,
		).toEqual([]);
	});

	it('gives canonical and Open Graph addresses, the feed and the icon under the base', () => {
		const doc = html('/virtual-wards/funding/');
		expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			`${ORIGIN}${BASE}virtual-wards/funding/`,
		);
		expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
			`${ORIGIN}${BASE}virtual-wards/funding/`,
		);
		expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
		expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
			`${BASE}feed.xml`,
		);
		expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe(`${BASE}favicon.svg`);
	});

	it('puts the base before the links editors write in MDX', () => {
		const body = html('/virtual-wards/funding/').querySelector('.app-prose');
		const internal = (body?.querySelectorAll('a') ?? [])
			.map((a) => a.getAttribute('href') ?? '')
			.filter((h) => h.startsWith('/'));
		expect(internal.length).toBeGreaterThan(0);
		for (const href of internal) expect(href.startsWith(BASE), href).toBe(true);
	});

	it('lists feed entries, sitemap entries, the robots.txt sitemap and calendar events under the base', () => {
		const feedLinks = [...read('feed.xml').matchAll(/<item>.*?<link>([^<]*)<\/link>/g)].map((m) => m[1] ?? '');
		expect(feedLinks.length).toBeGreaterThan(0);
		for (const link of feedLinks) expect(link.startsWith(`${ORIGIN}${BASE}`), link).toBe(true);
		const sitemapFile = listFiles(DIST).find((f) => /^sitemap-\d+\.xml$/.test(f)) ?? '';
		const locs = [...read(sitemapFile).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
		expect(locs.length).toBeGreaterThan(20);
		for (const loc of locs) expect(loc.startsWith(`${ORIGIN}${BASE}`), loc).toBe(true);
		expect(locs).not.toContain(`${ORIGIN}${BASE}search/`);
		expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
		const calendar = new ICAL.Component(ICAL.parse(read('deadlines.ics')));
		const urls = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('url') ?? ''));
		expect(urls.length).toBe(site.targets.length);
		for (const url of urls) expect(url.startsWith(`${ORIGIN}${BASE}targets/`), url).toBe(true);
	});

	it('points the search page at the Pagefind bundle and result addresses under the base, and its no-JavaScript A to Z too', () => {
		const form = html('/search/').querySelector('#search-form');
		expect(form?.getAttribute('data-pagefind')).toBe(`${BASE}pagefind/`);
		expect(form?.getAttribute('data-base')).toBe(BASE);
		expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
		const az = html('/search/')
			.querySelectorAll('#search-a-to-z ul.nhsuk-list a')
			.map((a) => a.getAttribute('href') ?? '');
		expect(az.length).toBeGreaterThan(20);
		for (const href of az) expect(href.startsWith(BASE), href).toBe(true);
		expect(html('/').querySelector('form#search')?.getAttribute('action')).toBe(`${BASE}search/`);
	});
});

describe('with REPOSITORY_URL set', () => {
	it('links every guidance page to its own file in the repository, which exists in content/', () => {
		expect(guidancePaths.length).toBeGreaterThan(10);
		for (const path of guidancePaths) {
			const link = html(path).querySelector('.app-edit-page a');
			const href = link?.getAttribute('href') ?? '';
			expect(href.startsWith(`${REPOSITORY}/edit/main/content/`), `${path}: ${href}`).toBe(true);
			const file = href.slice(`${REPOSITORY}/edit/main/`.length);
			expect(existsSync(join(ROOT, file)), `${path} → ${file}`).toBe(true);
			expect(file).toBe(`content${path.slice(0, -1)}.mdx`);
		}
	});

	it('makes the footer\'s "Suggest a change" a link to the repository', () => {
		expect(html('/').querySelector('.app-suggest-change a')?.getAttribute('href')).toBe(
			`${REPOSITORY}/blob/main/CONTRIBUTING.md`,
		);
	});
});

describe('with REVIEW_AS_OF after every next review', () => {
	it('shows NHS.UK\'s "This page is due for review" on every guidance page, with the date it was due', () => {
		for (const path of guidancePaths) {
			const callout = html(path).querySelector('.app-review-due');
			expect(callout?.classList.contains('nhsuk-warning-callout'), path).toBe(true);
			expect(callout?.querySelector('h2')?.text).toBe('Important: This page is due for review');
			expect(callout?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});
});

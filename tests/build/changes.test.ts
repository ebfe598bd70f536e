/**
 * Change notes, publishing on a date and withdrawn pages, in the built site.
 * The edited variant (tests/build/variants.ts, LIFECYCLE) adds a page with two
 * change notes, a page whose publishFrom is far after the build's publishing
 * date and a withdrawn page replaced by the first; the real site's one page
 * with a change note (virtual-wards/later-objectives) is read from the shared
 * build of the real site.
 *
 *   npx vitest run --project build tests/build/changes.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { distTexts, page, text } from '../helpers/dist.ts';
import { SITE_DIST, type BuildResult } from '../helpers/site.ts';
import { editedSite, LIFECYCLE } from './variants.ts';

const ORIGIN = 'https://planning-guidance.example.nhs.uk';
const href = (id: string) => `/${id}/`;

let dist = '';
let build: BuildResult;
/** Each dist/ file's text, and for gzip files (Pagefind's index) its decompressed text too, lower-cased. */
let texts: Map<string, string>;

beforeAll(() => {
	({ dist, build } = editedSite());
	texts = distTexts(dist);
});

const filesWith = (word: string) => [...texts].filter(([, t]) => t.includes(word)).map(([file]) => file);

/** The feed's items: title, link, guid and description. */
function feedItems(root: string): { title: string; link: string; guid: string; description: string }[] {
	const xml = readFileSync(join(root, 'feed.xml'), 'utf8');
	return [...xml.matchAll(/<item>(.*?)<\/item>/gs)].map(([, item = '']) => {
		const tag = (name: string) => new RegExp(`<${name}[^>]*>(.*?)</${name}>`, 's').exec(item)?.[1] ?? '';
		return { title: tag('title'), link: tag('link'), guid: tag('guid'), description: tag('description') };
	});
}

describe('a page with change notes', () => {
	it('builds the edited copy', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('says when it was last updated near the top, linking to its history', () => {
		const html = page(dist, href(LIFECYCLE.changed.id));
		const dates = html.querySelector('.app-page-dates');
		expect(text(dates)).toBe('Last updated 24 November 2026 (see all updates)');
		expect(dates?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-24');
		expect(dates?.querySelector('a')?.getAttribute('href')).toBe('#page-history');
		// Near the top: before the body.
		const main = html.querySelector('main')?.toString() ?? '';
		expect(main.indexOf('app-page-dates')).toBeLessThan(main.indexOf('app-prose'));
	});

	it('lists its history at the foot, newest first, under a heading the link finds', () => {
		const history = page(dist, href(LIFECYCLE.changed.id)).querySelector('.app-page-history');
		expect(history?.querySelector('h2')?.getAttribute('id')).toBe('page-history');
		expect(text(history?.querySelector('h2'))).toBe('Page history');
		expect(history?.querySelectorAll('li').map((li) => text(li))).toEqual(
			[...LIFECYCLE.notes]
				.reverse()
				.map((n) => `${n.date === '2026-11-24' ? '24 November 2026' : '1 October 2026'} ${n.note}`),
		);
	});

	it('puts each change note in /updates/ and in the feed, linking to the page, each feed item with its own id', () => {
		const items = page(dist, '/updates/').querySelectorAll('.app-timeline__item');
		const changed = items.filter((li) => li.querySelector('a')?.getAttribute('href') === href(LIFECYCLE.changed.id));
		// Reviewed on 25 November 2026, after both changes.
		expect(changed.map((li) => text(li.querySelector('.app-timeline__detail')))).toEqual([
			'Virtual wards: the page was reviewed by the Test team. Next review due 25 May 2027.',
			...LIFECYCLE.notes.map((n) => `Virtual wards: ${n.note}`).reverse(),
		]);
		const dates = items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		const feed = feedItems(dist);
		const notes = feed.filter(
			(i) => i.title.endsWith('(page changed)') && i.link === `${ORIGIN}${href(LIFECYCLE.changed.id)}`,
		);
		expect(notes.map((i) => i.description)).toEqual(LIFECYCLE.notes.map((n) => `Virtual wards: ${n.note}`).reverse());
		expect(notes.map((i) => i.guid)).toEqual([
			`${ORIGIN}${href(LIFECYCLE.changed.id)}#change-2026-11-24-2`,
			`${ORIGIN}${href(LIFECYCLE.changed.id)}#change-2026-10-01-1`,
		]);
		expect(new Set(feed.map((i) => i.guid)).size).toBe(feed.length);
	});

	it('shows no history and no "Last updated" on a page without change notes', () => {
		const html = page(dist, '/virtual-wards/funding/');
		expect(html.querySelector('.app-page-dates')).toBeNull();
		expect(html.querySelector('.app-page-history')).toBeNull();
		expect(text(html.querySelector('main'))).not.toContain('Last updated');
	});
});

describe("a page with publishFrom after the build's publishing date", () => {
	it('is in no file of dist/ (pages, search index, sitemap, feed, lists) and has no route', () => {
		expect(texts.size).toBeGreaterThan(0);
		expect(filesWith(LIFECYCLE.scheduled.word)).toEqual([]);
		expect(listFiles(dist).filter((f) => f.includes('scheduled-fixture'))).toEqual([]);
		expect([...texts.values()].some((t) => t.includes('scheduled-fixture'))).toBe(false);
	});
});

describe("a page whose publishFrom is the build's publishing date", () => {
	it('is built, listed, in search and in the sitemap from that day', () => {
		const { due } = LIFECYCLE;
		// The same build leaves out `scheduled`, dated a day later (above).
		expect(due.publishFrom < LIFECYCLE.scheduled.publishFrom).toBe(true);
		const found = filesWith(due.word);
		expect(found).toContain(`${due.id}/index.html`);
		expect(found).toContain('virtual-wards/index.html');
		expect(found.some((f) => f.startsWith('pagefind/'))).toBe(true);
		expect(filesWith(`${ORIGIN}${href(due.id)}`.toLowerCase()).some((f) => f.startsWith('sitemap'))).toBe(true);
		expect(text(page(dist, href(due.id)).querySelector('h1'))).toBe(`The ${due.word} page`);
	});
});

describe('a withdrawn page', () => {
	const at = () => page(dist, href(LIFECYCLE.withdrawn.id));

	it("stays at its address with NHS.UK's warning callout at the top: when, why, and a link to its replacement", () => {
		const callout = at().querySelector('main .nhsuk-warning-callout.app-withdrawn');
		expect(text(callout?.querySelector('.nhsuk-warning-callout__label'))).toBe(
			'Important: This page was withdrawn on 20 November 2026',
		);
		expect(text(callout)).toContain('The page with a history now covers what this page said.');
		const link = callout?.querySelector('a');
		expect([link?.getAttribute('href'), text(link)]).toEqual([href(LIFECYCLE.changed.id), LIFECYCLE.changed.title]);
		// At the top: right after the heading, before the lede.
		const main = at().querySelector('main')?.toString() ?? '';
		expect(main.indexOf('app-withdrawn')).toBeLessThan(main.indexOf('nhsuk-lede-text'));
		expect(main.indexOf('<h1')).toBeLessThan(main.indexOf('app-withdrawn'));
	});

	it("is left out of search, the A to Z and its priority's list, and kept in the sitemap", () => {
		expect(at().querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
		const found = filesWith(LIFECYCLE.withdrawn.word);
		expect(found.filter((f) => f.startsWith('pagefind/'))).toEqual([]);
		expect(found).not.toContain('search/index.html');
		expect(found).not.toContain('virtual-wards/index.html');
		expect(found).toContain(`${LIFECYCLE.withdrawn.id}/index.html`);
		// As GOV.UK keeps a withdrawn page public: search engines still find it, with its warning.
		expect(
			filesWith(`${ORIGIN}${href(LIFECYCLE.withdrawn.id)}`.toLowerCase()).some((f) => f.startsWith('sitemap')),
		).toBe(true);
	});

	it('is an update of its own in /updates/ and the feed', () => {
		const withdrawn = feedItems(dist).filter((i) => i.title.endsWith('(page withdrawn)'));
		expect(withdrawn.map((i) => [i.link, i.description])).toEqual([
			[
				`${ORIGIN}${href(LIFECYCLE.withdrawn.id)}`,
				'Virtual wards: the page was withdrawn. The page with a history now covers what this page said.',
			],
		]);
		expect(filesWith(LIFECYCLE.withdrawn.word)).toContain('updates/index.html');
	});
});

describe("the real site's change note", () => {
	const id = 'virtual-wards/later-objectives';
	const note =
		"Added a chart of England's virtual ward occupancy against the 80% objective; the figures on the page now come from NHS England's monthly statistics.";

	it('shows on the page, with its date, in /updates/ and in the feed', () => {
		const html = page(SITE_DIST, href(id));
		expect(text(html.querySelector('.app-page-dates'))).toBe('Last updated 25 November 2026 (see all updates)');
		expect(text(html.querySelector('.app-page-history li'))).toBe(`25 November 2026 ${note}`);
		const updates = page(SITE_DIST, '/updates/')
			.querySelectorAll('.app-timeline__item')
			.filter((li) => text(li).includes(note));
		expect(updates.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([href(id)]);
		const feed = feedItems(SITE_DIST).filter((i) => i.description.includes('the 80% objective; the figures'));
		expect(feed.map((i) => i.link)).toEqual([`${ORIGIN}${href(id)}`]);
	});
});

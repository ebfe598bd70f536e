/** What staff expect around the guidance: timeline, calendar, updates and feed, sitemap and robots.txt. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { updates } from '../../src/lib/pages/updates.ts';
import { page, text } from '../helpers/dist.ts';
import { realSite } from '../helpers/real-site.ts';
import { SITE_DIST } from '../helpers/site.ts';
import { xmlProblems } from '../helpers/xml.ts';

const site = realSite();
const ORIGIN = 'https://planning-guidance.example.nhs.uk';
const read = (file: string) => readFileSync(join(SITE_DIST, file), 'utf8');

describe('/timeline/', () => {
	const doc = page(SITE_DIST, '/timeline/');

	it('lists every target deadline in date order, each with its status', () => {
		const deadlines = doc.querySelectorAll('.app-timeline__item--deadline');
		expect(deadlines).toHaveLength(site.targets.length);
		const dates = doc.querySelectorAll('.app-timeline__item time').map((t) => t.getAttribute('datetime') ?? '');
		expect(dates.map((d) => d.slice(0, 7))).toEqual([...dates].map((d) => d.slice(0, 7)).sort());
		for (const item of deadlines) expect(item.querySelector('.nhsuk-tag'), text(item)).not.toBeNull();
	});

	it('strikes through a superseded deadline and links to the one that replaced it', () => {
		const struck = doc.querySelector('del a[href="/targets/epr-100-mar-2025/"]');
		expect(struck).not.toBeNull();
		const item = struck?.closest('li');
		expect(item?.querySelector('a[href="/targets/epr-100-mar-2026/"]')).not.toBeNull();
	});

	it('lists each milestone of the editions on its day with its sources, among them the day ICBs took over', () => {
		const milestones = site.editions.flatMap((e) => e.milestones);
		const items = doc.querySelectorAll('.app-timeline__item--milestone');
		expect(items.map((i) => i.querySelector('time')?.getAttribute('datetime'))).toEqual(milestones.map((m) => m.date));
		milestones.forEach((m, k) => {
			const item = items[k];
			expect(text(item?.querySelector('.app-timeline__title'))).toBe(m.title);
			const links = item?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
			expect(links).toEqual(m.sources.map((ref) => site.sources.get(ref.id)?.url));
		});
		const icbs = items.find((i) => text(i).includes('Integrated care boards'));
		expect(icbs?.querySelector('time')?.getAttribute('datetime')).toBe('2022-07-01');
		expect(text(icbs)).toContain('1 April 2022');
	});

	it('links to the calendar', () => {
		expect(doc.querySelector('a[href="/deadlines.ics"]')).not.toBeNull();
	});
});

describe('/deadlines.ics', () => {
	it('parses as iCalendar with one event per target deadline', () => {
		const calendar = new ICAL.Component(ICAL.parse(read('deadlines.ics')));
		const uids = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
		expect(uids.sort()).toEqual(site.targets.map((t) => `${t.id}@planning-guidance.example.nhs.uk`).sort());
	});
});

describe('/updates/ and /feed.xml', () => {
	it('lists every update newest first', () => {
		const dates = page(SITE_DIST, '/updates/')
			.querySelectorAll('.app-timeline__item time')
			.map((t) => t.getAttribute('datetime') ?? '');
		expect(dates).toHaveLength(updates(site).length);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('is a well-formed RSS feed with the same entries, each an absolute link', () => {
		const xml = read('feed.xml');
		expect(xmlProblems(xml)).toEqual([]);
		// <link> is a void element to HTML parsers, so read the items' links with a pattern.
		const links = [...xml.matchAll(/<item>.*?<link>([^<]*)<\/link>/g)].map((m) => m[1]);
		expect(links).toEqual(updates(site).map((u) => `${ORIGIN}${u.href}`));
	});
});

describe('sitemap and robots.txt', () => {
	it('lists exactly the public pages: every built page but the error and search pages', () => {
		const index = read('sitemap-index.xml');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').replace(`${ORIGIN}/`, ''));
		const listed = sitemaps.flatMap((file) => [...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
		const pages = listFiles(SITE_DIST)
			.filter((f) => f.endsWith('index.html') && f !== 'search/index.html')
			.map((f) => `${ORIGIN}/${f.replace(/index\.html$/, '')}`);
		expect(listed.sort()).toEqual(pages.sort());
	});

	it('names the sitemap in robots.txt', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
	});
});

/** The updates page and feed (src/lib/pages/updates.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { updates, updatesFeed, updatesPage } from '../../../src/lib/pages/updates.ts';
import { fixtureSite, fixtureSiteWith } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('updates page and feed', () => {
	it('prints every update and links the feed', () => {
		const page = updatesPage(site);
		expect(page.updates).toEqual(updates(site));
		expect(page.updates).toMatchInlineSnapshot(`
			[
			  {
			    "date": "2026-11-25",
			    "dateText": "25 November 2026",
			    "description": "The figures were checked against Test Health News's publications; the latest is for November 2023.",
			    "href": "/data/record-coverage/",
			    "kind": "figures checked",
			    "title": "Trusts with an electronic patient record",
			  },
			  {
			    "date": "2026-11-25",
			    "dateText": "25 November 2026",
			    "description": "The figures were checked against NHS England's publications; the latest is for June 2024.",
			    "href": "/data/vw-beds-per-100k/",
			    "kind": "figures checked",
			    "title": "Virtual ward beds per 100,000 population",
			  },
			  {
			    "date": "2026-11-25",
			    "dateText": "25 November 2026",
			    "description": "The figures were checked against NHS England's publications; the latest is for March 2025.",
			    "href": "/data/vw-capacity/",
			    "kind": "figures checked",
			    "title": "Virtual ward capacity",
			  },
			  {
			    "date": "2026-11-25",
			    "dateText": "25 November 2026",
			    "description": "The figures were checked against NHS England's publications; the latest is for June 2024.",
			    "href": "/data/vw-occupancy/",
			    "kind": "figures checked",
			    "title": "Virtual ward occupancy",
			  },
			  {
			    "date": "2026-06-01",
			    "dateText": "1 June 2026",
			    "description": "Virtual wards: the page was reviewed by the Virtual wards programme team. Next review due 1 June 2027.",
			    "href": "/virtual-wards/overview/",
			    "kind": "page reviewed",
			    "title": "Virtual wards at a glance",
			  },
			  {
			    "date": "2026-03-01",
			    "dateText": "1 March 2026",
			    "description": "A core level of digitisation: the page was reviewed by the Frontline digitisation team. Next review due 1 March 2027.",
			    "href": "/digitisation/records/",
			    "kind": "page reviewed",
			    "title": "Electronic patient records",
			  },
			  {
			    "date": "2026-03-01",
			    "dateText": "1 March 2026",
			    "description": "A core level of digitisation: the page was reviewed by the Frontline digitisation team. Next review due 1 March 2027.",
			    "href": "/digitisation/maturity/",
			    "kind": "page reviewed",
			    "title": "Levelling up digital maturity",
			  },
			  {
			    "date": "2026-01-10",
			    "dateText": "10 January 2026",
			    "description": "Virtual wards: the page was reviewed by the Virtual wards analytics team. Next review due 1 October 2026.",
			    "href": "/virtual-wards/ambition/",
			    "kind": "page reviewed",
			    "title": "The national ambition for virtual wards",
			  },
			]
		`);
		expect(page.feed.href).toBe('/feed.xml');
		expect(page.layout.canonicalPath).toBe('/updates/');
		expect(page.layout.crumbs).toEqual([{ text: 'Home', href: '/' }]);
	});

	it('gives the feed one item per update, titled with what happened', () => {
		const feed = updatesFeed(site);
		const all = updates(site);
		expect(all.length).toBeGreaterThan(0);
		expect(feed.items.length).toBe(all.length);
		expect(feed.items[0]).toEqual({
			title: `${all[0]?.title} (${all[0]?.kind})`,
			link: all[0]?.href,
			date: all[0]?.date,
			description: all[0]?.description,
		});
	});
});

describe('updates of change notes, publications and withdrawals', () => {
	const edited = fixtureSiteWith((f) => {
		const put = (path: string, lines: string) => {
			const file = f.content.find((x) => x.path === path);
			if (!file) throw new Error(`no ${path}`);
			file.text = file.text.replace(/^owner:/m, `${lines}\nowner:`);
		};
		put(
			'content/virtual-wards/overview.mdx',
			'publishFrom: 2026-05-01\nchanges:\n  - { date: 2026-07-01, note: Added what systems were asked to do. }\n  - { date: 2026-11-20, note: Linked the ambition page. }',
		);
		put(
			'content/digitisation/records.mdx',
			'withdrawn: { date: 2026-11-01, reason: The maturity page covers records. }',
		);
	});
	const pageUpdates = updates(edited).filter((u) => u.kind !== 'figures checked');

	it('lists each change note, publication and withdrawal, newest first, linking to its page', () => {
		expect(pageUpdates.map((u) => [u.date, u.kind, u.href, u.description])).toEqual([
			['2026-11-20', 'page changed', '/virtual-wards/overview/', 'Virtual wards: Linked the ambition page.'],
			[
				'2026-11-01',
				'page withdrawn',
				'/digitisation/records/',
				'A core level of digitisation: the page was withdrawn. The maturity page covers records.',
			],
			['2026-07-01', 'page changed', '/virtual-wards/overview/', 'Virtual wards: Added what systems were asked to do.'],
			[
				'2026-06-01',
				'page reviewed',
				'/virtual-wards/overview/',
				'Virtual wards: the page was reviewed by the Virtual wards programme team. Next review due 1 June 2027.',
			],
			['2026-05-01', 'page published', '/virtual-wards/overview/', 'Virtual wards: the page was published.'],
			[
				'2026-03-01',
				'page reviewed',
				'/digitisation/maturity/',
				'A core level of digitisation: the page was reviewed by the Frontline digitisation team. Next review due 1 March 2027.',
			],
			[
				'2026-01-10',
				'page reviewed',
				'/virtual-wards/ambition/',
				'Virtual wards: the page was reviewed by the Virtual wards analytics team. Next review due 1 October 2026.',
			],
		]);
	});

	it('gives the feed one item per update, each of a page with its own id, stable as notes are added', () => {
		const feed = updatesFeed(edited);
		const ids = feed.items.map((i) => i.id ?? i.link);
		expect(new Set(ids).size).toBe(ids.length);
		expect(feed.items.filter((i) => i.id !== undefined).map((i) => i.id)).toEqual([
			'/virtual-wards/overview/#change-2026-11-20-2',
			'/digitisation/records/#withdrawn-2026-11-01',
			'/virtual-wards/overview/#change-2026-07-01-1',
			'/virtual-wards/overview/#published-2026-05-01',
		]);
	});
});

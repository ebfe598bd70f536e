/** The updates page and feed (src/lib/pages/updates.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { updates, updatesFeed, updatesPage } from '../../../src/lib/pages/updates.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

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

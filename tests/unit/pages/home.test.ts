/** The home page model (src/lib/pages/home.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { homePage } from '../../../src/lib/pages/home.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();
const page = homePage(site);

describe('home page', () => {
	it('has one card per priority, linked to its overview, with its page count', () => {
		expect(page.cards.map((c) => [c.href, c.pageCount])).toMatchInlineSnapshot(`
			[
			  [
			    "/virtual-wards/",
			    "2 guidance pages",
			  ],
			  [
			    "/digitisation/",
			    "2 guidance pages",
			  ],
			  [
			    "/investment-plans/",
			    "0 guidance pages",
			  ],
			  [
			    "/workforce-skills/",
			    "0 guidance pages",
			  ],
			]
		`);
		expect(page.layout.fullTitle).toBe('Planning guidance portal - 2022/23 digital priorities');
		expect(page.layout.canonicalPath).toBe('/');
	});

	it('shows each headline target with its deadline and status, and says so where there is none', () => {
		expect(page.cards[0]?.headline).toMatchInlineSnapshot(`
			{
			  "caveat": {
			    "sources": [
			      {
			        "href": "https://example.org/news-wards",
			        "text": "Virtual wards ambition set, news report says, Test Health News",
			      },
			    ],
			    "text": "As reported in a news source, not read in the guidance itself:",
			  },
			  "deadline": {
			    "datetime": "2023-12",
			    "text": "December 2023",
			  },
			  "status": {
			    "asOf": "as of the figures for December 2023",
			    "colour": "red",
			    "status": "missed",
			    "text": "Missed",
			  },
			  "text": "40 to 50 virtual ward beds per 100,000 people",
			}
		`);
		const skills = page.cards.find((c) => c.href === '/workforce-skills/');
		expect(skills?.headline).toBeUndefined();
		expect(skills?.noHeadline).toMatchInlineSnapshot(
			`"No dated target for this priority was found in the guidance or the reports of it."`,
		);
	});
});

describe('home page caveats', () => {
	it('caveats exactly the headline targets whose wording was read only in news, linking their secondary sources', () => {
		const cards = homePage(site).cards;
		expect(cards).toHaveLength(4);
		const withHeadline = cards.filter((c) => c.headline);
		expect(withHeadline).toHaveLength(2);
		expect(withHeadline.filter((c) => c.headline?.caveat)).toHaveLength(1);
		for (const card of cards) {
			const priority = site.priorities.find((p) => p.title === card.heading);
			const target = priority?.headlineTarget ? site.targetsById.get(priority.headlineTarget) : undefined;
			expect(card.headline?.caveat !== undefined, card.heading).toBe(target?.wording?.confidence === 'read-secondary');
		}
	});
});

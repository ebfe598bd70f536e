/** The search page model (src/lib/pages/search.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { searchablePages, searchPage } from '../../../src/lib/pages/search.ts';
import { PAGE_TYPES, SEARCH_FILTERS } from '../../../src/lib/search/config.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('search page', () => {
	const page = searchPage(site);

	it('lists every searchable page once in the A to Z: priorities, published guidance, targets, datasets, systems, regions, the glossary', () => {
		const guidance = [...site.guidance.values()].reduce((n, pages) => n + pages.length, 0);
		const pages = searchablePages(site);
		expect(pages.length).toBe(
			site.priorities.length +
				guidance +
				site.targets.length +
				// the editions' list (the fixture has no editions of its own)
				1 +
				site.editions.length +
				site.datasets.size +
				site.systems.size +
				// the regions compared, and each region
				1 +
				new Set([...site.systems.values()].map((s) => s.regionCode)).size +
				// the glossary
				1,
		);
		expect(pages.length).toBe(4 + 4 + 6 + 1 + 4 + 3 + 1 + 2 + 1);
		expect(new Set(pages.map((p) => p.href)).size).toBe(pages.length);
		expect(page.letters.map((l) => [l.letter, l.pages.map((p) => p.href)])).toMatchInlineSnapshot(`
			[
			  [
			    "0-9",
			    [
			      "/targets/vw-rate-goal/",
			      "/targets/vw-occupancy-goal/",
			    ],
			  ],
			  [
			    "A",
			    [
			      "/digitisation/",
			    ],
			  ],
			  [
			    "D",
			    [
			      "/investment-plans/",
			      "/targets/plans-2022/",
			    ],
			  ],
			  [
			    "E",
			    [
			      "/digitisation/records/",
			      "/targets/records-2025/",
			      "/targets/records-2026/",
			    ],
			  ],
			  [
			    "G",
			    [
			      "/glossary/",
			    ],
			  ],
			  [
			    "L",
			    [
			      "/digitisation/maturity/",
			      "/regions/y56/",
			    ],
			  ],
			  [
			    "N",
			    [
			      "/systems/qcc/",
			      "/systems/qaa/",
			      "/regions/",
			      "/systems/qbb/",
			      "/regions/y63/",
			    ],
			  ],
			  [
			    "O",
			    [
			      "/targets/vw-beds-goal/",
			    ],
			  ],
			  [
			    "T",
			    [
			      "/virtual-wards/ambition/",
			      "/data/record-coverage/",
			    ],
			  ],
			  [
			    "V",
			    [
			      "/data/vw-beds-per-100k/",
			      "/data/vw-capacity/",
			      "/data/vw-occupancy/",
			      "/virtual-wards/",
			      "/virtual-wards/overview/",
			    ],
			  ],
			  [
			    "W",
			    [
			      "/editions/",
			      "/workforce-skills/",
			    ],
			  ],
			]
		`);
		expect(page.letters.flatMap((l) => l.pages).length).toBe(pages.length);
	});

	it('offers the filters in order, each checkbox with its own id', () => {
		expect(page.filters.map((f) => f.name)).toEqual([...SEARCH_FILTERS]);
		expect(page.filters[0]?.options.length).toBe(PAGE_TYPES.length);
		expect(page.filters[1]?.options).toEqual(
			site.priorities.map((p, i) => ({ id: `filter-priority-${i + 1}`, value: p.title })),
		);
	});

	it("gives the browser script the bundle address and the glossary's synonyms", () => {
		expect(page.form).toMatchObject({ action: '/search/', pagefind: '/pagefind/' });
		expect(JSON.parse(page.form.synonyms)).toMatchInlineSnapshot(`
			[
			  [
			    [
			      "electronic",
			      "patient",
			      "record",
			    ],
			    [
			      "epr",
			    ],
			  ],
			  [
			    [
			      "integrated",
			      "care",
			      "board",
			    ],
			    [
			      "icb",
			    ],
			  ],
			  [
			    [
			      "virtual",
			      "ward",
			    ],
			    [
			      "hospital",
			      "at",
			      "home",
			    ],
			  ],
			]
		`);
		expect(page.layout.search).toBeUndefined();
	});
});

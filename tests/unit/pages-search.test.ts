/** The search page model (src/lib/pages/search.ts), on the real content and data. */
import { describe, expect, it } from 'vitest';
import { searchablePages, searchPage } from '../../src/lib/pages/search.ts';
import { PAGE_TYPES, SEARCH_FILTERS } from '../../src/lib/search/config.ts';
import { realSite } from '../helpers/real-site.ts';

const site = realSite();

describe('search page', () => {
	const page = searchPage(site);

	it('lists every searchable page once in the A to Z: priorities, published guidance, targets, editions (and their grid), datasets, systems, regions', () => {
		const guidance = [...site.guidance.values()].reduce((n, pages) => n + pages.length, 0);
		const pages = searchablePages(site);
		expect(pages.length).toBe(
			site.priorities.length +
				guidance +
				site.targets.length +
				1 +
				site.editions.length +
				site.datasets.size +
				site.systems.size +
				new Set([...site.systems.values()].map((s) => s.regionCode)).size,
		);
		expect(new Set(pages.map((p) => p.href)).size).toBe(pages.length);
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
		expect(Array.isArray(JSON.parse(page.form.synonyms))).toBe(true);
		expect(page.layout.search).toBeUndefined();
	});
});

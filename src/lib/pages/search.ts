/**
 * The search page (/search/): the form (with the Pagefind bundle's address
 * and the glossary's synonym groups for the browser script), the filters,
 * and every searchable page from A to Z, which is what readers without
 * JavaScript get.
 */
import { AUDIENCE_LABELS, AUDIENCES, NHS_REGIONS } from '../../schemas/fragments.ts';
import { glossaryHref, homeHref, pagefindBundleHref, searchPageHref } from '../routes.ts';
import { crumbsOf, searchablePages as routeSearchablePages } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { aToZ, type AzLetter, type AzPage } from '../search/a-to-z.ts';
import { PAGE_TYPE_LABELS, PAGE_TYPES, SEARCH_FILTER_LABELS, type SearchFilterName } from '../search/config.ts';
import { glossaryPhrases, synonymGroups } from '../search/synonyms.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { routedSite } from './routed-site.ts';
import type { Site } from './site.ts';

/** One group of filter checkboxes. */
export interface FilterGroup {
	/** The filter's name: the checkboxes' `name`. */
	name: SearchFilterName;
	/** The group's legend. */
	legend: string;
	/** The values, each with its checkbox's id. */
	options: { id: string; value: string }[];
}

/** Everything /search/ prints. */
export interface SearchPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/**
	 * The form: where it submits, where Pagefind's bundle is, the base of result
	 * addresses (the site's base path), and, as JSON for data attributes, the
	 * synonym groups and the glossary's names of several words (kept whole by the stop-word filter).
	 */
	form: { action: string; pagefind: string; base: string; synonyms: string; phrases: string };
	/** The filter groups, in the order SEARCH_FILTERS gives. */
	filters: FilterGroup[];
	/** The glossary, which the page points to. */
	glossary: string;
	/** Every searchable page, from A to Z. */
	letters: AzLetter[];
}

/**
 * Every page that search indexes, for the A to Z: the pages of each route
 * that declares `search` (src/lib/routes/list.ts).
 */
export function searchablePages(site: Site): AzPage[] {
	return routeSearchablePages(routedSite(site));
}

/** The search page. */
export function searchPage(site: Site): SearchPage {
	const groups: { name: SearchFilterName; values: string[] }[] = [
		{ name: 'type', values: PAGE_TYPES.map((t) => PAGE_TYPE_LABELS[t]) },
		{ name: 'priority', values: site.priorities.map((p) => p.title) },
		{ name: 'edition', values: site.editions.map((e) => e.label) },
		{ name: 'audience', values: AUDIENCES.map((a) => AUDIENCE_LABELS[a]) },
		{ name: 'region', values: [...NHS_REGIONS] },
	];
	return {
		layout: layoutModel(site, {
			title: 'Search',
			description:
				'Search every guidance page and priority of the 2022/23 planning guidance digital priorities, with filters by priority, audience and type of page.',
			path: searchPageHref(),
			crumbs: crumbsOf(ROUTES.search, {}, site),
		}),
		form: {
			action: searchPageHref(),
			pagefind: pagefindBundleHref(),
			base: homeHref(),
			synonyms: JSON.stringify(synonymGroups(site.glossary)),
			phrases: JSON.stringify(glossaryPhrases(site.glossary)),
		},
		filters: groups.map(({ name, values }) => ({
			name,
			legend: SEARCH_FILTER_LABELS[name],
			options: values.map((value, i) => ({ id: `filter-${name}-${i + 1}`, value })),
		})),
		glossary: glossaryHref(),
		letters: aToZ(searchablePages(site)),
	};
}

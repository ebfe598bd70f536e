/**
 * Search settings shared by the build (indexing, the search page's markup)
 * and the browser (the search page script). No imports, so the browser
 * bundle stays small.
 */

/** The kinds of indexed page, in the order the type filter lists them. */
export const PAGE_TYPES = [
	'guidance',
	'priority',
	'glossary',
	'target',
	'edition',
	'dataset',
	'system',
	'region',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The label of each page type: the value of the `type` filter and the tag on a result. */
export const PAGE_TYPE_LABELS: Record<PageType, string> = {
	guidance: 'Guidance',
	priority: 'Priority overview',
	glossary: 'Glossary',
	target: 'Target',
	edition: 'Guidance edition',
	dataset: 'Dataset',
	system: 'Integrated care board',
	region: 'NHS region',
};

/** The filters the search page offers, in order, and their headings. */
export const SEARCH_FILTERS = ['type', 'priority', 'edition', 'audience', 'region'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];
export const SEARCH_FILTER_LABELS: Record<SearchFilterName, string> = {
	type: 'Type of page',
	priority: 'Priority',
	edition: 'Edition of the guidance',
	audience: 'Audience',
	region: 'NHS region',
};

/**
 * Pagefind ranking (https://pagefind.app/docs/ranking/). A query word in the
 * page title counts 5 times (Pagefind's default), in the summary 3 times;
 * headings already weigh more than body text (h1 7, h2 6, ... body 1).
 */
export const SEARCH_RANKING = {
	metaWeights: { title: 5, summary: 3 },
} as const;

/**
 * How much a match on each type of page counts, after Pagefind's own score.
 * Staff searching a topic ("EPR", "March 2025") want the guidance that
 * explains it first; the target and dataset pages about the same thing carry
 * the topic's words in their titles and tables and would otherwise crowd the
 * guidance out. They still rank highly on queries that are about them
 * (and the type filter shows only them). The glossary, where a question
 * about a term ("when did ICBs replace CCGs") is answered, comes just below guidance.
 */
export const TYPE_WEIGHTS: Record<PageType, number> = {
	guidance: 1,
	priority: 0.8,
	glossary: 0.8,
	target: 0.6,
	edition: 0.8,
	dataset: 0.5,
	system: 0.5,
	region: 0.4,
};

/** Results shown at once; "Show more results" adds as many again. */
export const RESULTS_PER_PAGE = 10;

/** Words in an excerpt (Pagefind's default is 30). */
export const EXCERPT_LENGTH = 30;

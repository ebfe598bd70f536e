/**
 * The part of Pagefind's browser API (pagefind.js, https://pagefind.app/docs/api/)
 * that the search page uses. Pagefind ships no types for it; these follow
 * its documentation for version 1.6.
 */

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}

export interface PagefindResultData {
	url: string;
	/** Text with the matched words in <mark>, HTML entities encoded. */
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
}

export interface PagefindOptions {
	/** Put before every result's address: the site's base path ("/planning-guidance/"); Pagefind's default is "/". */
	baseUrl?: string;
	ranking?: { metaWeights?: Record<string, number> };
	excerptLength?: number;
}

export interface Pagefind {
	options: (options: PagefindOptions) => Promise<void>;
	init: () => Promise<void>;
	/** A null term with filters lists every page with those filter values. */
	search: (
		term: string | null,
		options?: { filters?: Record<string, string | string[]> },
	) => Promise<PagefindSearch | null>;
	preload: (term: string) => Promise<void>;
}

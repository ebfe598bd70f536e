/**
 * What BaseLayout prints around every page: the titles, the description,
 * the breadcrumbs, the header (home link, search box, navigation), the
 * footer's links, the canonical address (none for error pages, which are
 * served at any address) and, for a searchable page, the hidden fields that
 * give Pagefind its filters and metadata. Each page model calls
 * {@link layoutModel} and passes the result to BaseLayout as `layout`.
 */
import { metaCsp } from '../build/security-headers.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import type { Crumb } from '../model/guidance.ts';
import { indexFields, type IndexField, type SearchIndexing } from '../search/indexing.ts';
import { aboutHref, glossaryHref, homeHref, searchPageHref, sourcesHref } from '../routes.ts';
import { headerNavigation, type NavItem } from './navigation.ts';
import type { Site } from './site.ts';
import type { Link } from './views.ts';

/** The site's name, as the header and every <title> give it. */
export const SITE_NAME = 'Planning guidance portal';

/** What a page tells the layout about itself. */
export interface LayoutInput {
	/** The page title; " - Planning guidance portal" is added. */
	title: string;
	/** The meta description: one or two sentences. */
	description: string;
	/** The page's address (from src/lib/routes.ts): the canonical address and the current item of the navigation. */
	path: string;
	/** Breadcrumbs from Home down to the parent page; none on the home page. */
	crumbs?: Crumb[] | undefined;
	/** The priority this page belongs to, marked as current in the header. */
	priority?: PriorityId | undefined;
	/** Makes the page searchable with this type, filters and metadata (see src/lib/search/indexing.ts). */
	search?: SearchIndexing | undefined;
	/** An error page (404): served at any address, so it has no canonical one. */
	errorPage?: boolean | undefined;
}

/** Everything BaseLayout, Header and Footer print. */
export interface LayoutModel {
	/** The <title>: "<title> - Planning guidance portal", or the site's own title on the home page. */
	fullTitle: string;
	/** The meta description. */
	description: string;
	/** The Content-Security-Policy of the <meta> tag (src/lib/build/security-headers.ts). */
	csp: string;
	/** The breadcrumbs, from Home down to the parent page. */
	crumbs: Crumb[];
	/** The path of the canonical address (the layout adds the site's origin), or undefined on an error page. */
	canonicalPath: string | undefined;
	/** The header: the home link, the search form's address and the navigation. */
	header: { home: string; searchAction: string; nav: NavItem[] };
	/** The footer's support links. */
	footer: { links: Link[] };
	/** The hidden filter and metadata fields of a searchable page; undefined leaves the page out of search. */
	search: IndexField[] | undefined;
}

/** The layout of a page. Pure. */
export function layoutModel(site: Site, page: LayoutInput): LayoutModel {
	return {
		fullTitle: page.path === homeHref() ? `${SITE_NAME} - 2022/23 digital priorities` : `${page.title} - ${SITE_NAME}`,
		description: page.description,
		csp: metaCsp(),
		crumbs: page.crumbs ?? [],
		canonicalPath: page.errorPage ? undefined : page.path,
		header: { home: homeHref(), searchAction: searchPageHref(), nav: headerNavigation(site.priorities, page.path, page.priority) },
		footer: {
			links: [
				{ text: 'All sources', href: sourcesHref() },
				{ text: 'Glossary', href: glossaryHref() },
				{ text: 'About this portal', href: aboutHref() },
			],
		},
		search: page.search && indexFields(page.search),
	};
}

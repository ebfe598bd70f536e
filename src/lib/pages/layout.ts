/**
 * What BaseLayout prints around every page: the titles, the description,
 * the breadcrumbs, the header (home link, search box, navigation), the
 * footer's links, the canonical address (none for error pages, which are
 * served at any address) and, for a searchable page, the hidden fields that
 * give Pagefind its filters and metadata. Each page model calls
 * {@link layoutModel} and passes the result to BaseLayout as `layout`.
 */
import { PUBLISHER, showsNhsLogo, suggestChangeHref, type Publisher } from '../../config/publisher.ts';
import { SITE_URL } from '../../config/site.ts';
import { metaCsp } from '../build/security-headers.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import type { Crumb } from '../model/guidance.ts';
import { indexFields, type IndexField, type SearchIndexing } from '../search/indexing.ts';
import {
	aboutHref,
	faviconHref,
	feedHref,
	glossaryHref,
	homeHref,
	searchPageHref,
	sourcesHref,
	timelineHref,
	updatesHref,
} from '../routes.ts';
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
	/** The Open Graph type: "article" for a guidance page, "website" (the default) for the rest. */
	kind?: 'website' | 'article' | undefined;
}

/** What a link pasted into Teams or an email shows: Open Graph's title, description, address and type. */
export interface OpenGraph {
	/** The page's own title (without the site's name, which is `siteName`). */
	title: string;
	/** The meta description. */
	description: string;
	/** The canonical address, absolute and under the base path; undefined on an error page. */
	url: string | undefined;
	/** "website" or "article". */
	type: 'website' | 'article';
	/** The site's name. */
	siteName: string;
	/** The language and region, en_GB. */
	locale: string;
}

/** The footer's "Suggest a change": a link to the repository when its address is set, otherwise how to do it without one. */
export type SuggestChange = { kind: 'link'; link: Link; after: string } | { kind: 'text'; text: string };

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
	/** The path of the canonical address (with the base path), or undefined on an error page. */
	canonicalPath: string | undefined;
	/** The canonical address, absolute (the site's origin and `canonicalPath`), or undefined on an error page. */
	canonicalUrl: string | undefined;
	/** The Open Graph fields of the <head>. */
	openGraph: OpenGraph;
	/** The site's icon. */
	icon: string;
	/** The feed every page's <head> announces (<link rel="alternate">). */
	feed: { href: string; title: string };
	/**
	 * The header: the home link (with the NHS logo only when the publisher may
	 * use it, src/config/publisher.ts), the service name, the search form's
	 * address and the navigation, which a phone shows in a "Menu" (a <details>).
	 */
	header: { home: string; logo: boolean; serviceName: string; homeLabel: string; searchAction: string; nav: NavItem[] };
	/** The footer: support links, who publishes the site, and how to suggest a change. */
	footer: { links: Link[]; publisher: string; note: string; suggestChange: SuggestChange };
	/** The hidden filter and metadata fields of a searchable page; undefined leaves the page out of search. */
	search: IndexField[] | undefined;
}

/** The footer's "Suggest a change", for `publisher`. */
export function suggestChange(publisher: Publisher = PUBLISHER): SuggestChange {
	const href = suggestChangeHref('CONTRIBUTING.md', publisher);
	if (href !== undefined) {
		return {
			kind: 'link',
			link: { text: 'Suggest a change', href },
			after: ": every page is a file in the site's repository, changed through a pull request.",
		};
	}
	return {
		kind: 'text',
		text: "Suggest a change: every page is a file in the site's repository (content/ for guidance, data/ for figures), changed through a pull request; the repository's CONTRIBUTING.md says how.",
	};
}

/** The layout of a page, for the site published by `publisher` at `siteUrl`. Pure. */
export function layoutModel(
	site: Site,
	page: LayoutInput,
	publisher: Publisher = PUBLISHER,
	siteUrl: URL = SITE_URL,
): LayoutModel {
	const isHome = page.path === homeHref();
	const canonicalPath = page.errorPage ? undefined : page.path;
	const canonicalUrl = canonicalPath === undefined ? undefined : new URL(canonicalPath, siteUrl).href;
	const logo = showsNhsLogo(publisher);
	return {
		fullTitle: isHome ? `${SITE_NAME} - 2022/23 digital priorities` : `${page.title} - ${SITE_NAME}`,
		description: page.description,
		csp: metaCsp(),
		crumbs: page.crumbs ?? [],
		canonicalPath,
		canonicalUrl,
		openGraph: {
			title: isHome ? `${SITE_NAME}: 2022/23 digital priorities` : page.title,
			description: page.description,
			url: canonicalUrl,
			type: page.kind ?? 'website',
			siteName: SITE_NAME,
			locale: 'en_GB',
		},
		icon: faviconHref(),
		feed: { href: feedHref(), title: `What changed on the ${SITE_NAME} (RSS)` },
		header: {
			home: homeHref(),
			logo,
			serviceName: SITE_NAME,
			homeLabel: logo ? `NHS ${SITE_NAME} homepage` : `${SITE_NAME} homepage`,
			searchAction: searchPageHref(),
			nav: headerNavigation(site.priorities, page.path, page.priority),
		},
		footer: {
			links: [
				{ text: 'Timeline of deadlines', href: timelineHref() },
				{ text: 'What changed', href: updatesHref() },
				{ text: 'All sources', href: sourcesHref() },
				{ text: 'Glossary', href: glossaryHref() },
				{ text: 'About this portal', href: aboutHref() },
				{ text: 'RSS feed', href: feedHref() },
			],
			publisher: publisher.description,
			note: 'Guidance text is our own summary; follow the cited sources for the official wording.',
			suggestChange: suggestChange(publisher),
		},
		search: page.search && indexFields(page.search),
	};
}

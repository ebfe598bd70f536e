/**
 * The shape of a route (Starlight's `routing/types.ts` habit): what a route
 * of src/pages declares, and the little it needs to know of a project to
 * list its pages. Pure types; the list is src/lib/routes/list.ts.
 */
import type { PriorityId } from '../../schemas/priority.ts';
import type { PageType } from '../search/config.ts';

/** A breadcrumb: a parent page's name and address. */
export interface Crumb {
	text: string;
	href: string;
}

/**
 * What the routes need to know of a project: ids, and the titles the A to Z
 * lists. The content check passes its checked project; a built Site is
 * turned into one by src/lib/pages/routed-site.ts.
 */
export interface RoutedProject {
	/** The priorities, in reading order (data/priorities.json). */
	priorities: readonly { id: PriorityId; title: string }[];
	/**
	 * Every guidance page with its priority, file name and title; `draft` when
	 * it is not built (a draft, or a page whose publishFrom date has not come);
	 * `withdrawn` when it is built at its address but left out of search and the A to Z.
	 */
	pages: readonly {
		priority: PriorityId;
		slug: string;
		title: string;
		draft: boolean;
		withdrawn?: boolean | undefined;
		/** The digest of its file, front matter and body (a built Site's; the content check's project has none): its pages' cacheKey. */
		digest?: string | undefined;
	}[];
	/** Every target: its id, headline, and the dataset that measures it, if any (those get a chart). */
	targets: readonly { id: string; headline: string; dataset?: string | undefined }[];
	/** Every dataset. */
	datasets: readonly { id: string; title: string }[];
	/** Every ICB (ODS code), its name and NHS region: each gets a page, downloads and a chart, each region a page. Without it no system pages are listed. */
	systems?: readonly { id: string; name: string; region: string; regionCode: string }[] | undefined;
	/** Every edition of the planning guidance (data/editions.json): each gets a page. Without it only /editions/ is listed. */
	editions?: readonly { id: string; title: string }[] | undefined;
}

/** What a breadcrumb needs beyond its route's key: the priorities (for a guidance page's parent). A Site is one. */
export type CrumbContext = Pick<RoutedProject, 'priorities'>;

/** The key of a route that builds one page (home, /about/): nothing to tell its pages apart. */
export type Single = Readonly<Record<string, never>>;

/** The page above a page: a route and the key of its page there. Made with `parentOf` (src/lib/routes/list.ts). */
export interface Parent {
	readonly route: Route<unknown>;
	readonly key: unknown;
}

/** How search indexes a route's pages: the type filter, the filters its pages carry, and each page's title in the A to Z. */
export interface RouteSearch<K> {
	/** The page type (src/lib/search/config.ts): the `type` filter's value, by its label. */
	type: PageType;
	/** The other filters its pages give values for (their values come from the page model's `search`). */
	filters: readonly string[];
	/** The page's title in the A to Z on /search/. */
	title: (key: K) => string;
	/** Whether search indexes the page of `key` (and the A to Z lists it); every page when not given. A withdrawn guidance page is not. */
	indexes?: ((key: K) => boolean) | undefined;
}

/**
 * A route of src/pages: which file builds it, which pages it builds (one
 * key each), their addresses and getStaticPaths params, the page above
 * each in the breadcrumbs, and how search indexes them.
 */
export interface Route<K> {
	/** The file of src/pages that builds it, for example "targets/[id].astro". */
	file: string;
	/** The pages (or files) it builds for `project`, one key each, in the order getStaticPaths gives them. */
	keys: (project: RoutedProject) => readonly K[];
	/** The address of the page of `key`, under the base path (src/lib/routes.ts). */
	href: (key: K) => string;
	/** getStaticPaths' params for `key` ({} for a route without parameters). */
	params: (key: K) => Record<string, string>;
	/** False for the pages nothing links to (404, robots.txt): left out of {@link RoutedProject}'s addresses. */
	linkable: boolean;
	/** The page above it in the breadcrumbs; none for the home page and for files. */
	parent?: ((key: K, context: CrumbContext) => Parent) | undefined;
	/** Its breadcrumb's text, when it is the parent of another page. */
	crumb?: ((key: K) => string) | undefined;
	/** How search indexes its pages; undefined leaves them out of search and the A to Z. */
	search?: RouteSearch<K> | undefined;
	/**
	 * What the page of `key` prints beyond what every page may print (its
	 * own file, for a guidance page), as a string that changes whenever that
	 * does: added to the site's digest in the page's cacheKey for Astro's
	 * incremental build (src/lib/pages/cache-key.ts). Leave it out for a route
	 * whose pages print only the site-wide inputs (collections' data, pages'
	 * front matter, the publisher, the environment, the code). A route whose
	 * pages print anything else (a page body, a file outside data/ and src/)
	 * must declare it here, or a rebuild keeps its old page.
	 */
	cacheKey?: ((key: K) => string | undefined) | undefined;
}

/**
 * What is derived from the list of routes (src/lib/routes/list.ts), in the
 * habit of Starlight's `generateRouteData()`: every address a build writes
 * (the MDX link check's list), the pages search indexes (the A to Z on
 * /search/), and each page's breadcrumbs. Pure.
 */
import { withoutBase } from '../routes.ts';
import type { AzPage } from '../search/a-to-z.ts';
import { PAGE_TYPE_LABELS } from '../search/config.ts';
import { ROUTES } from './list.ts';
import type { Crumb, CrumbContext, Route, RoutedProject } from './types.ts';

/** Every route, as a list. */
export const ROUTE_LIST: readonly Route<unknown>[] = Object.values(ROUTES) as readonly Route<unknown>[];

/**
 * Every address the build writes for `project` that a page may link to, as a
 * site-relative path without the base path (pages end with "/"), as editors
 * write links and as the files sit in dist/: the pages and files of every
 * linkable route.
 */
export function siteAddresses(project: RoutedProject, routes: readonly Route<unknown>[] = ROUTE_LIST): Set<string> {
	const out = new Set<string>();
	for (const route of routes) {
		if (!route.linkable) continue;
		for (const key of route.keys(project)) out.add(withoutBase(route.href(key)));
	}
	return out;
}

/** Every page that search indexes, for the A to Z: each page of each route that declares `search`, with its title and type label. */
export function searchablePages(project: RoutedProject, routes: readonly Route<unknown>[] = ROUTE_LIST): AzPage[] {
	return routes.flatMap((route) => {
		const search = route.search;
		if (!search) return [];
		const type = PAGE_TYPE_LABELS[search.type];
		return route
			.keys(project)
			.filter((key) => search.indexes?.(key) ?? true)
			.map((key) => ({ title: search.title(key), href: route.href(key), type }));
	});
}

/** The breadcrumbs above the page of `key` of `route`: from Home down to its parent, each parent's crumb and address. */
export function crumbsOf<K>(route: Route<K>, key: K, context: CrumbContext): Crumb[] {
	const parent = route.parent?.(key, context);
	if (!parent) return [];
	const text = parent.route.crumb?.(parent.key);
	if (text === undefined) throw new Error(`the route of ${parent.route.file} is a parent but has no crumb text`);
	return [...crumbsOf(parent.route, parent.key, context), { text, href: parent.route.href(parent.key) }];
}

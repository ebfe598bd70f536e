/** The page for an address the site does not have (404): what to check, and the ways in. */
import { homeHref, notFoundHref, priorityHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import type { Link } from './views.ts';

/** Everything the 404 page prints. */
export interface NotFoundPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** What to check in the address. */
	advice: string[];
	/** The priorities, to browse from. */
	priorities: Link[];
	/** The home page's address. */
	home: string;
}

/** The 404 page: served at any address, so it has no canonical one. */
export function notFoundPage(site: Site): NotFoundPage {
	return {
		layout: layoutModel(site, {
			title: 'Page not found',
			description: 'The page you asked for could not be found.',
			path: notFoundHref(),
			errorPage: true,
		}),
		heading: 'Page not found',
		advice: [
			'If you typed the web address, check it is correct.',
			'If you pasted the web address, check you copied the entire address.',
		],
		priorities: site.priorities.map((p) => ({ text: p.title, href: priorityHref(p.id) })),
		home: homeHref(),
	};
}

/**
 * Every address of the site, built in one place: one builder per kind of
 * page or file (the routes of src/pages). The list of routes that uses them,
 * and the list of every address a build writes (siteAddresses, which the MDX
 * check uses to tell a working internal link from a dead one), are in
 * src/lib/routes/. Pure: no collection reads.
 *
 * Addresses include the base path the site is built for (BASE_PATH, see
 * src/config/site.ts); siteAddresses gives them without it, as editors
 * write links and as the files sit in dist/.
 */
import { BASE_PATH, withBase } from '../config/site.ts';
import type { PriorityId } from '../schemas/priority.ts';

// Every builder returns its address under the site's base path (src/config/site.ts: "/" unless
// the site is built with BASE_PATH, for example /planning-guidance/), through withBase, here only.

/** The home page. */
export function homeHref(): string {
	return withBase('/');
}

/** A priority's overview page, for example /virtual-wards/. */
export function priorityHref(priority: PriorityId): string {
	return withBase(`/${priority}/`);
}

/** A guidance page: its priority's folder and its file name, for example /virtual-wards/funding/. */
export function guidanceHref(priority: PriorityId, slug: string): string {
	return withBase(`/${priority}/${slug}/`);
}

/** The list of every target. */
export function targetsHref(): string {
	return withBase('/targets/');
}

/** A target's page. */
export function targetHref(id: string): string {
	return withBase(`/targets/${id}/`);
}

/** The list of every dataset. */
export function dataHref(): string {
	return withBase('/data/');
}

/** A dataset's page. */
export function datasetHref(id: string): string {
	return withBase(`/data/${id}/`);
}

/** A dataset as CSV. */
export function datasetCsvHref(id: string): string {
	return withBase(`/data/${id}.csv`);
}

/** A dataset as JSON. */
export function datasetJsonHref(id: string): string {
	return withBase(`/data/${id}.json`);
}

/** The chart image of a target or a dataset (ids are unique across both). */
export function chartHref(id: string): string {
	return withBase(`/charts/${id}.svg`);
}

/** Every source the site cites. */
export function sourcesHref(): string {
	return withBase('/sources/');
}

/** The glossary. */
export function glossaryHref(): string {
	return withBase('/glossary/');
}

/** The search page (without a query). */
export function searchPageHref(): string {
	return withBase('/search/');
}

/** The search page with a query: /search/?q=EPR. */
export function searchForHref(query: string): string {
	return `${searchPageHref()}?${new URLSearchParams({ q: query }).toString()}`;
}

/** The page a host serves for an address the site does not have (built as a file, not a folder). */
export function notFoundHref(): string {
	return withBase('/404.html');
}

/** About this portal. */
export function aboutHref(): string {
	return withBase('/about/');
}

/** The orders the list of systems is offered in, besides by region (/systems/): each a page of its own. */
export const SYSTEM_ORDERS = ['name', 'rate', 'occupancy'] as const;
export type SystemOrder = (typeof SYSTEM_ORDERS)[number];

/** Every integrated care system, by NHS region, with the map. */
export function systemsHref(): string {
	return withBase('/systems/');
}

/** The list of systems in another order, for example /systems/by-rate/ (pre-built: no JavaScript needed). */
export function systemsOrderHref(order: SystemOrder): string {
	return withBase(`/systems/by-${order}/`);
}

/** An ICB's page, by its ODS code in lower case, for example /systems/qua/. */
export function systemHref(code: string): string {
	return withBase(`/systems/${code.toLowerCase()}/`);
}

/** An ICB's figures as CSV. */
export function systemCsvHref(code: string): string {
	return withBase(`/systems/${code.toLowerCase()}.csv`);
}

/** An ICB's figures as JSON. */
export function systemJsonHref(code: string): string {
	return withBase(`/systems/${code.toLowerCase()}.json`);
}

/** An ICB's chart: its beds per 100,000 against England's and the ambition. */
export function systemChartHref(code: string): string {
	return withBase(`/charts/systems/${code.toLowerCase()}.svg`);
}

/** The NHS regions compared, each summed from its ICBs. */
export function regionsHref(): string {
	return withBase('/regions/');
}

/** An NHS region's page, by its region code in lower case, for example /regions/y60/. */
export function regionHref(code: string): string {
	return withBase(`/regions/${code.toLowerCase()}/`);
}

/** Every deadline and milestone in date order. */
export function timelineHref(): string {
	return withBase('/timeline/');
}

/** The deadlines as an iCalendar file, to add to a calendar. */
export function deadlinesCalendarHref(): string {
	return withBase('/deadlines.ics');
}

/** The commitment × edition grid: what each later edition of the guidance did with each 2022/23 commitment. */
export function editionsHref(): string {
	return withBase('/editions/');
}

/** An edition's page, by its id, for example /editions/2025-26/. */
export function editionHref(id: string): string {
	return withBase(`/editions/${id}/`);
}

/** What changed and when. */
export function updatesHref(): string {
	return withBase('/updates/');
}

/** The updates as an RSS feed. */
export function feedHref(): string {
	return withBase('/feed.xml');
}

/** Pagefind's bundle folder (pagefind.js and the index, written by src/lib/search/index-site.ts). */
export function pagefindBundleHref(): string {
	return withBase('/pagefind/');
}

/** The site's icon (public/favicon.svg). */
export function faviconHref(): string {
	return withBase('/favicon.svg');
}

/** What crawlers may read (src/pages/robots.txt.ts). */
export function robotsTxtHref(): string {
	return withBase('/robots.txt');
}

/** The sitemap index that @astrojs/sitemap writes at the site's root. */
export function sitemapHref(): string {
	return withBase('/sitemap-index.xml');
}

/** An address of this site without its base path: "/planning-guidance/data/" → "/data/". */
export function withoutBase(href: string, base: string = BASE_PATH): string {
	if (base === '/' || !href.startsWith(base)) return href;
	return href.slice(base.length - 1);
}

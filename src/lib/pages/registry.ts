/**
 * Each route of src/lib/routes/list.ts with its page model: what the page
 * (or file) of a key is built from, and the route's getStaticPaths (its
 * keys over the build's Site, with the props its template reads). Routes
 * take their getStaticPaths from here, `PAGES.x.paths(await getSite())`,
 * and call their page model for what they print.
 */
import { SITE_URL } from '../../config/site.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import { robotsTxt } from '../build/robots.ts';
import type { GuidanceEntry } from '../model/guidance.ts';
import { sitemapHref } from '../routes.ts';
import { ROUTES, type RouteId } from '../routes/list.ts';
import type { Route } from '../routes/types.ts';
import { aboutPage } from './about.ts';
import { pageCacheKey, siteDigest } from './cache-key.ts';
import { dataPage } from './data.ts';
import { datasetPage } from './dataset.ts';
import {
	chartImage,
	datasetCsvFile,
	datasetJsonFile,
	systemChartImage,
	systemCsvFile,
	systemJsonFile,
} from './downloads.ts';
import { glossaryPage } from './glossary.ts';
import { guidancePage } from './guidance.ts';
import { homePage } from './home.ts';
import { notFoundPage } from './not-found.ts';
import { priorityPage } from './priority.ts';
import { regionPage } from './region.ts';
import { regionsPage } from './regions.ts';
import { routedSite } from './routed-site.ts';
import { searchPage } from './search.ts';
import type { Site } from './site.ts';
import { sourcesPage } from './sources.ts';
import { systemPage } from './system.ts';
import { systemsPage } from './systems.ts';
import { targetPage } from './target.ts';
import { targetsPage } from './targets.ts';
import { deadlinesCalendar } from './deadlines-calendar.ts';
import { timelinePage } from './timeline.ts';
import { editionPage } from './edition.ts';
import { editionsPage } from './editions.ts';
import { updatesFeed, updatesPage } from './updates.ts';

/** One path of getStaticPaths, with its key for Astro's incremental build (src/lib/pages/cache-key.ts). */
export interface StaticPath<P> {
	params: Record<string, string>;
	props: P;
	cacheKey: string;
}

/** A route with its page model: the props of a key's page, what the page is built from them, and the route's paths. */
export interface PageRoute<K, P, M> {
	/** The route (src/lib/routes/list.ts). */
	route: Route<K>;
	/** The page model (or file builder) of the page whose props are `props`. */
	page: (site: Site, props: P) => M;
	/** getStaticPaths: one path per key of the route over `site`. */
	paths: (site: Site) => StaticPath<P>[];
}

/** `route` bound to its page model, its pages' props from their keys. */
function bind<K, P, M>(route: Route<K>, props: (key: K) => P, page: (site: Site, props: P) => M): PageRoute<K, P, M> {
	return {
		route,
		page,
		paths: (site) => {
			const siteKey = siteDigest(site);
			return route.keys(routedSite(site)).map((key) => ({
				params: route.params(key),
				props: props(key),
				cacheKey: pageCacheKey(siteKey, route.cacheKey?.(key)),
			}));
		},
	};
}

/** A route with one page: no props. */
function one<K, M>(route: Route<K>, page: (site: Site) => M): PageRoute<K, Record<string, never>, M> {
	return bind(route, () => ({}), page);
}

const byId = <I extends string>(k: { id: I }) => ({ id: k.id });
const byCode = (k: { id: string }) => ({ code: k.id.toLowerCase() });

/** A guidance page's props: its priority, and its entry (which the route renders). */
export type GuidanceProps<E extends GuidanceEntry> = {
	priority: PriorityId;
	entry: E;
};

/** Guidance pages: their props carry the Site's own entries (Astro's, so that the route can render the MDX). */
const guidance = {
	route: ROUTES.guidance,
	page: (site: Site, props: GuidanceProps<GuidanceEntry>) => guidancePage(site, props.priority, props.entry),
	paths<E extends GuidanceEntry>(site: Site<E>): StaticPath<GuidanceProps<E>>[] {
		const entries = new Map(
			[...site.guidance].map(([p, list]) => [
				p,
				new Map([...list, ...(site.withdrawn.get(p) ?? [])].map((e) => [e.id, e])),
			]),
		);
		const siteKey = siteDigest(site);
		return ROUTES.guidance.keys(routedSite(site)).map((key) => {
			const entry = entries.get(key.priority)?.get(key.slug);
			if (!entry) throw new Error(`no guidance page ${key.priority}/${key.slug}`);
			return {
				params: ROUTES.guidance.params(key),
				props: { priority: key.priority, entry },
				cacheKey: pageCacheKey(siteKey, ROUTES.guidance.cacheKey(key)),
			};
		});
	},
};

/** Every route with its page model, by the route's id. */
export const PAGES = {
	home: one(ROUTES.home, homePage),
	priority: bind(ROUTES.priority, byId, (site, { id }) => priorityPage(site, id)),
	guidance,
	targets: one(ROUTES.targets, targetsPage),
	target: bind(ROUTES.target, byId, (site, { id }) => targetPage(site, id)),
	editions: one(ROUTES.editions, editionsPage),
	edition: bind(ROUTES.edition, byId, (site, { id }) => editionPage(site, id)),
	data: one(ROUTES.data, dataPage),
	dataset: bind(ROUTES.dataset, byId, (site, { id }) => datasetPage(site, id)),
	datasetCsv: bind(ROUTES.datasetCsv, byId, (site, { id }) => datasetCsvFile(site, id)),
	datasetJson: bind(ROUTES.datasetJson, byId, (site, { id }) => datasetJsonFile(site, id)),
	chart: bind(ROUTES.chart, byId, (site, { id }) => chartImage(site, id)),
	systems: one(ROUTES.systems, (site) => systemsPage(site, 'region')),
	systemsOrder: bind(
		ROUTES.systemsOrder,
		(k) => k,
		(site, { order }) => systemsPage(site, order),
	),
	system: bind(ROUTES.system, byCode, (site, { code }) => systemPage(site, code)),
	systemCsv: bind(ROUTES.systemCsv, byCode, (site, { code }) => systemCsvFile(site, code)),
	systemJson: bind(ROUTES.systemJson, byCode, (site, { code }) => systemJsonFile(site, code)),
	systemChart: bind(ROUTES.systemChart, byCode, (site, { code }) => systemChartImage(site, code)),
	regions: one(ROUTES.regions, regionsPage),
	region: bind(
		ROUTES.region,
		(k) => ({ code: k.code.toLowerCase() }),
		(site, { code }) => regionPage(site, code),
	),
	sources: one(ROUTES.sources, sourcesPage),
	glossary: one(ROUTES.glossary, glossaryPage),
	search: one(ROUTES.search, searchPage),
	about: one(ROUTES.about, (site) => aboutPage(site)),
	timeline: one(ROUTES.timeline, timelinePage),
	deadlinesCalendar: one(ROUTES.deadlinesCalendar, (site) => deadlinesCalendar(site, SITE_URL)),
	updates: one(ROUTES.updates, updatesPage),
	feed: one(ROUTES.feed, updatesFeed),
	notFound: one(ROUTES.notFound, notFoundPage),
	robots: one(ROUTES.robots, () => robotsTxt(new URL(sitemapHref(), SITE_URL))),
} satisfies Record<RouteId, { route: unknown }>;

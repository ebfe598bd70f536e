/**
 * Every route of src/pages, in one list: for each, the file that builds it,
 * its pages (keys, from a {@link RoutedProject}), their addresses and
 * params, the page above each (its breadcrumbs) and how search indexes it.
 * The MDX link check's addresses, the A to Z on /search/, every page's
 * breadcrumbs and (with the page models of src/lib/pages/registry.ts) the
 * routes' getStaticPaths are derived from it (src/lib/routes/data.ts).
 * Pure: addresses come from the builders of src/lib/routes.ts.
 */
import type { PriorityId } from '../../schemas/priority.ts';
import {
	aboutHref,
	chartHref,
	dataHref,
	datasetCsvHref,
	datasetHref,
	datasetJsonHref,
	deadlinesCalendarHref,
	editionHref,
	editionsHref,
	feedHref,
	glossaryHref,
	guidanceHref,
	homeHref,
	notFoundHref,
	priorityHref,
	regionHref,
	regionsHref,
	robotsTxtHref,
	searchPageHref,
	sourcesHref,
	systemChartHref,
	systemCsvHref,
	systemHref,
	systemJsonHref,
	systemsHref,
	systemsOrderHref,
	SYSTEM_ORDERS,
	targetHref,
	targetsHref,
	timelineHref,
	updatesHref,
	type SystemOrder,
} from '../routes.ts';
import type { Parent, Route, RoutedProject, Single } from './types.ts';

/** The key type of a route, for example `RouteKey<typeof ROUTES.target>`. */
export type RouteKey<R> = R extends Route<infer K> ? K : never;
/** A guidance page's key. */
export type GuidanceKey = RoutedProject['pages'][number];
/** A priority's key. */
export type PriorityKey = RoutedProject['priorities'][number];
/** A target's key. */
export type TargetKey = RoutedProject['targets'][number];
/** A dataset's key. */
export type DatasetKey = RoutedProject['datasets'][number];
/** An ICB's key. */
export type SystemKey = NonNullable<RoutedProject['systems']>[number];
/** An edition's key. */
export type EditionKey = NonNullable<RoutedProject['editions']>[number];
/** An NHS region's key: its code and name. */
export interface RegionKey {
	code: string;
	name: string;
}

const NONE: Single = {};

/** The parent `route`'s page of `key`. */
export function parentOf<K>(route: Route<K>, key: K): Parent {
	return { route: route as unknown as Route<unknown>, key };
}

/** A route with one page (no params), under `parent` (Home when not given; none for Home itself). */
function single(file: string, href: () => string, more: Partial<Route<Single>> = {}): Route<Single> {
	return { file, keys: () => [NONE], href, params: () => ({}), linkable: true, ...more };
}

const home = single('index.astro', homeHref, { crumb: () => 'Home' });
const underHome = () => parentOf(home, NONE);

/** Each target and dataset whose chart the site draws: targets measured by a dataset it has, then every dataset. */
function chartIds(project: RoutedProject): { id: string }[] {
	const datasets = new Set(project.datasets.map((d) => d.id));
	const measured = project.targets.filter((t) => t.dataset !== undefined && datasets.has(t.dataset));
	return [...measured, ...project.datasets].map((c) => ({ id: c.id }));
}

/** The NHS regions of the ICBs, in alphabetical order of name, as the site lists them. */
function regionsOf(project: RoutedProject): RegionKey[] {
	const regions = new Map((project.systems ?? []).map((s) => [s.regionCode, s.region]));
	return [...regions].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

const hasSystems = (project: RoutedProject) => (project.systems ?? []).length > 0;
const systemParams = (s: SystemKey) => ({ code: s.id.toLowerCase() });

const priority: Route<PriorityKey> = {
	file: '[priority]/index.astro',
	keys: (p) => p.priorities,
	href: (k) => priorityHref(k.id),
	params: (k) => ({ priority: k.id }),
	linkable: true,
	parent: underHome,
	crumb: (k) => k.title,
	search: { type: 'priority', filters: ['priority', 'audience'], title: (k) => k.title },
};

/** The title of /editions/, its crumb on the edition pages and its entry in the A to Z. */
export const EDITIONS_TITLE = 'What later guidance did with each 2022/23 commitment';

const editions = single('editions/index.astro', editionsHref, {
	parent: underHome,
	crumb: () => EDITIONS_TITLE,
	search: { type: 'edition', filters: ['edition'], title: () => EDITIONS_TITLE },
});

const targets = single('targets/index.astro', targetsHref, { parent: underHome, crumb: () => 'Targets' });
const data = single('data/index.astro', dataHref, { parent: underHome, crumb: () => 'Data' });
const systems = single('systems/index.astro', systemsHref, {
	keys: (p) => (hasSystems(p) ? [NONE] : []),
	parent: underHome,
	crumb: () => 'Integrated care boards',
});
/** The title of /regions/, its crumb and its entry in the A to Z. */
export const REGIONS_TITLE = 'NHS regions compared';

const regions = single('regions/index.astro', regionsHref, {
	keys: (p) => (hasSystems(p) ? [NONE] : []),
	parent: () => parentOf(systems, NONE),
	crumb: () => REGIONS_TITLE,
	search: { type: 'region', filters: ['region'], title: () => REGIONS_TITLE },
});
const region: Route<RegionKey> = {
	file: 'regions/[code].astro',
	keys: regionsOf,
	href: (k) => regionHref(k.code),
	params: (k) => ({ code: k.code.toLowerCase() }),
	linkable: true,
	parent: () => parentOf(systems, NONE),
	crumb: (k) => k.name,
	search: { type: 'region', filters: ['region'], title: (k) => `${k.name} NHS region` },
};

/** A route of a dataset's files or pages. */
function perDataset(
	file: string,
	href: (id: string) => string,
	more: Partial<Route<DatasetKey>> = {},
): Route<DatasetKey> {
	return {
		file,
		keys: (p) => p.datasets,
		href: (k) => href(k.id),
		params: (k) => ({ id: k.id }),
		linkable: true,
		...more,
	};
}

/** A route of an ICB's files. */
function perSystem(file: string, href: (code: string) => string): Route<SystemKey> {
	return { file, keys: (p) => p.systems ?? [], href: (k) => href(k.id), params: systemParams, linkable: true };
}

/**
 * Every route of src/pages, by id. A new page type is one entry here, its
 * page model bound in src/lib/pages/registry.ts, and its template.
 */
export const ROUTES = {
	home,
	priority,
	guidance: {
		file: '[priority]/[slug].astro',
		keys: (p) => p.pages.filter((page) => !page.draft),
		href: (k) => guidanceHref(k.priority, k.slug),
		params: (k) => ({ priority: k.priority, slug: k.slug }),
		linkable: true,
		parent: (k, context) => parentOf(priority, priorityOf(context.priorities, k.priority)),
		// The page prints its own body, which no other page does.
		cacheKey: (k) => k.digest,
		search: {
			type: 'guidance',
			filters: ['priority', 'audience'],
			title: (k) => k.title,
			indexes: (k) => k.withdrawn !== true,
		},
	} satisfies Route<GuidanceKey>,
	targets,
	target: {
		file: 'targets/[id].astro',
		keys: (p) => p.targets,
		href: (k) => targetHref(k.id),
		params: (k) => ({ id: k.id }),
		linkable: true,
		parent: () => parentOf(targets, NONE),
		search: { type: 'target', filters: ['priority', 'edition'], title: (k) => k.headline },
	} satisfies Route<TargetKey>,
	editions,
	edition: {
		file: 'editions/[id].astro',
		keys: (p) => p.editions ?? [],
		href: (k) => editionHref(k.id),
		params: (k) => ({ id: k.id }),
		linkable: true,
		parent: () => parentOf(editions, NONE),
		search: { type: 'edition', filters: ['edition'], title: (k) => k.title },
	} satisfies Route<EditionKey>,
	data,
	dataset: perDataset('data/[id].astro', datasetHref, {
		parent: () => parentOf(data, NONE),
		search: { type: 'dataset', filters: ['priority'], title: (k) => k.title },
	}),
	datasetCsv: perDataset('data/[id].csv.ts', datasetCsvHref),
	datasetJson: perDataset('data/[id].json.ts', datasetJsonHref),
	chart: {
		file: 'charts/[id].svg.ts',
		keys: chartIds,
		href: (k) => chartHref(k.id),
		params: (k) => ({ id: k.id }),
		linkable: true,
	} satisfies Route<{ id: string }>,
	systems,
	systemsOrder: {
		file: 'systems/by-[order].astro',
		keys: (p) => (hasSystems(p) ? SYSTEM_ORDERS.map((order) => ({ order })) : []),
		href: (k) => systemsOrderHref(k.order),
		params: (k) => ({ order: k.order }),
		linkable: true,
		parent: () => parentOf(systems, NONE),
	} satisfies Route<{ order: SystemOrder }>,
	system: {
		file: 'systems/[code].astro',
		keys: (p) => p.systems ?? [],
		href: (k) => systemHref(k.id),
		params: systemParams,
		linkable: true,
		parent: (k) => parentOf(region, { code: k.regionCode, name: k.region }),
		search: { type: 'system', filters: ['region'], title: (k) => k.name },
	} satisfies Route<SystemKey>,
	systemCsv: perSystem('systems/[code].csv.ts', systemCsvHref),
	systemJson: perSystem('systems/[code].json.ts', systemJsonHref),
	systemChart: perSystem('charts/systems/[code].svg.ts', systemChartHref),
	regions,
	region,
	sources: single('sources/index.astro', sourcesHref, { parent: underHome }),
	glossary: single('glossary/index.astro', glossaryHref, {
		parent: underHome,
		search: { type: 'glossary', filters: [], title: () => 'Glossary' },
	}),
	search: single('search/index.astro', searchPageHref, { parent: underHome }),
	about: single('about/index.astro', aboutHref, { parent: underHome }),
	timeline: single('timeline/index.astro', timelineHref, { parent: underHome }),
	deadlinesCalendar: single('deadlines.ics.ts', deadlinesCalendarHref),
	updates: single('updates/index.astro', updatesHref, { parent: underHome }),
	feed: single('feed.xml.ts', feedHref),
	notFound: single('404.astro', notFoundHref, { linkable: false }),
	robots: single('robots.txt.ts', robotsTxtHref, { linkable: false }),
} as const;

/** A route's id. */
export type RouteId = keyof typeof ROUTES;

/** The priority `id` of `priorities`; throws when there is none (the content check reports a page in an unknown folder). */
function priorityOf(priorities: readonly PriorityKey[], id: PriorityId): PriorityKey {
	const found = priorities.find((p) => p.id === id);
	if (!found) throw new Error(`no priority "${id}" (the content check should have caught this)`);
	return found;
}

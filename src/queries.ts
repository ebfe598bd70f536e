/**
 * The only module that reads collections. {@link getSite} reads every
 * collection once per build and derives what pages share once
 * (src/lib/pages/site.ts); page models (src/lib/pages/) turn it into what
 * each route prints. The `…Paths` helpers give the routes' getStaticPaths.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import boundaries from '../data/boundaries/icb-2023.topo.json';
import type { BoundaryFile } from './lib/geo/boundaries.ts';
import { buildSite, type Site } from './lib/pages/site.ts';
import { PRIORITY_IDS, type PriorityId } from './schemas/priority.ts';

/** A guidance page as Astro holds it (so that a page can render its MDX). */
export type GuidanceCollectionEntry = CollectionEntry<PriorityId>;

async function readSite(): Promise<Site<GuidanceCollectionEntry>> {
	const guidance = new Map<PriorityId, GuidanceCollectionEntry[]>();
	for (const id of PRIORITY_IDS) guidance.set(id, await getCollection(id));
	return buildSite({
		priorities: (await getCollection('priorities')).map((e) => e.data),
		guidance,
		targets: (await getCollection('targets')).map((e) => e.data),
		datasets: (await getCollection('datasets')).map((e) => e.data),
		sources: (await getCollection('sources')).map((e) => e.data),
		systems: (await getCollection('systems')).map((e) => e.data),
		glossary: (await getCollection('glossary')).map((e) => e.data),
		editions: (await getCollection('editions')).map((e) => e.data),
		commitments: (await getCollection('commitments')).map((e) => e.data),
		boundaries: boundaries as unknown as BoundaryFile,
	});
}

let site: Promise<Site<GuidanceCollectionEntry>> | undefined;

/**
 * The whole site's data, read and derived once per build and shared by every
 * page. Under `astro dev` it is read again for each page, so an edit shows at once.
 */
export function getSite(): Promise<Site<GuidanceCollectionEntry>> {
	if (import.meta.env.DEV) return readSite();
	site ??= readSite();
	return site;
}

/** The paths of /<priority>/: one per priority, its id as a prop. */
export async function priorityPaths() {
	return (await getSite()).priorities.map((p) => ({ params: { priority: p.id }, props: { id: p.id } }));
}

/** The paths of /<priority>/<slug>/: one per published guidance page, with its priority and its entry (to render the MDX) as props. */
export async function guidancePaths() {
	const { guidance } = await getSite();
	return [...guidance].flatMap(([priority, entries]) =>
		entries.map((entry) => ({ params: { priority, slug: entry.id }, props: { priority, entry } })),
	);
}

/** The paths of /targets/<id>/: one per target, its id as a prop. */
export async function targetPaths() {
	return (await getSite()).targets.map((t) => ({ params: { id: t.id }, props: { id: t.id } }));
}

/** The paths of the per-dataset routes (/data/<id>/, .csv, .json): one per dataset, its id as a prop. */
export async function datasetPaths() {
	return [...(await getSite()).datasets.keys()].map((id) => ({ params: { id }, props: { id } }));
}

/** The paths of /charts/<id>.svg: one per chart the site draws, its id as a prop. */
export async function chartPaths() {
	return [...(await getSite()).charts.keys()].map((id) => ({ params: { id }, props: { id } }));
}

/** The paths of /editions/<id>/: one per edition of the guidance, its id as a prop. */
export async function editionPaths() {
	return (await getSite()).editions.map((e) => ({ params: { id: e.id }, props: { id: e.id } }));
}

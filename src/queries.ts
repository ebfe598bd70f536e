/**
 * The only module that reads collections. {@link getSite} reads every
 * collection once per build and derives what pages share once
 * (src/lib/pages/site.ts); page models (src/lib/pages/) turn it into what
 * each route prints. The `…Paths` helpers give the routes' getStaticPaths.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import boundaries from '../data/boundaries/icb-2023.topo.json';
import { COLLECTIONS } from './collections.ts';
import { readSiteCollections } from './lib/collections/registry.ts';
import type { BoundaryFile } from './lib/geo/boundaries.ts';
import { buildSite, type Site } from './lib/pages/site.ts';

/** A guidance page as Astro holds it (so that a page can render its MDX), its id the page's slug within its priority. */
export type GuidanceCollectionEntry = CollectionEntry<'guidance'>;

/** The data files as parsed JSON, by path from the project root (for the lists read in their file's order: the priorities). */
const dataFiles = import.meta.glob<unknown>('/data/*.json', { eager: true, import: 'default' });

/** Every collection of the registry (src/collections.ts), read once. */
async function readSite(): Promise<Site<GuidanceCollectionEntry>> {
	const collections = await readSiteCollections(
		COLLECTIONS,
		(name) => getCollection(name),
		(path) => dataFiles[`/${path}`],
	);
	return buildSite({
		...collections,
		guidance: collections.guidance as ReadonlyMap<string, readonly GuidanceCollectionEntry[]>,
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

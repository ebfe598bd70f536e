/**
 * The only module that reads collections. Every page gets its data here:
 * {@link getSite} reads every collection once per build and derives what
 * pages share once (src/lib/pages/site.ts); page models (src/lib/pages/)
 * turn it into what each route prints.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSite, type Site } from './lib/pages/site.ts';
import type { BoundaryFile } from './lib/geo/boundaries.ts';
import boundaries from '../data/boundaries/icb-2023.topo.json';
import { regionCodes, regionPage } from './lib/pages/region.ts';
import { systemCodes, systemPage } from './lib/pages/system.ts';
import { regionHref, systemHref } from './lib/routes.ts';
import type { AzPage } from './lib/search/a-to-z.ts';
import { datasetHref, targetHref } from './lib/model/datasets.ts';
import { guidanceHref, priorityHref, publishedPages } from './lib/model/guidance.ts';
import { PAGE_TYPE_LABELS } from './lib/search/config.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';
import { chartSpecs, targetProgress, type ChartSpec, type TargetProgress } from './lib/model/progress.ts';
import type { Dataset } from './schemas/dataset.ts';
import type { System } from './schemas/system.ts';
import { PRIORITY_IDS, type Priority, type PriorityId } from './schemas/priority.ts';
import type { Source } from './schemas/source.ts';
import type { Target } from './schemas/target.ts';

/** The priorities, in the reading order of PRIORITY_IDS. */
export async function getPriorities(): Promise<Priority[]> {
	const entries = await getCollection('priorities');
	return PRIORITY_IDS.map((id) => {
		const entry = entries.find((e) => e.id === id);
		if (!entry) throw new Error(`data/priorities.json has no entry for "${id}"`);
		return entry.data;
	});
}

/** Published guidance pages of one priority, in order. */
export async function getGuidance(priority: PriorityId) {
	return publishedPages(await getCollection(priority));
}

export async function getSourcesById(): Promise<Map<string, Source>> {
	return new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
}

export async function getTargetsById(): Promise<Map<string, Target>> {
	return new Map((await getCollection('targets')).map((e) => [e.id, e.data]));
}

export async function getAllSources(): Promise<Source[]> {
	return (await getCollection('sources')).map((e) => e.data);
}

/** The glossary, in alphabetical order of what readers look up: the abbreviation where there is one, else the term. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	const key = (g: GlossaryEntry) => g.abbreviation ?? g.term;
	return (await getCollection('glossary'))
		.map((e) => e.data)
		.sort((a, b) => key(a).localeCompare(key(b), 'en-GB', { sensitivity: 'base' }));
}

/**
 * Every page that search indexes, for the A to Z on /search/: the priority
 * overviews, the published guidance pages, targets and datasets. Add each new indexed page type
 * here as well as passing `search` to its layout.
 */
export async function getSearchablePages(): Promise<AzPage[]> {
	const pages: AzPage[] = [];
	for (const priority of await getPriorities()) {
		pages.push({ title: priority.title, href: priorityHref(priority.id), type: PAGE_TYPE_LABELS.priority });
		for (const entry of await getGuidance(priority.id)) {
			pages.push({ title: entry.data.title, href: guidanceHref(priority.id, entry.id), type: PAGE_TYPE_LABELS.guidance });
		}
	}
	for (const target of await getTargets()) {
		pages.push({ title: target.headline, href: targetHref(target.id), type: PAGE_TYPE_LABELS.target });
	}
	for (const dataset of (await getDatasetsById()).values()) {
		pages.push({ title: dataset.title, href: datasetHref(dataset.id), type: PAGE_TYPE_LABELS.dataset });
	}
	const site = await getSite();
	for (const code of systemCodes(site)) {
		const page = systemPage(site, code);
		pages.push({ title: page.heading, href: systemHref(code), type: PAGE_TYPE_LABELS.system });
	}
	for (const code of regionCodes(site)) {
		pages.push({ title: regionPage(site, code).title, href: regionHref(code), type: PAGE_TYPE_LABELS.region });
	}
	return pages;
}

/** Targets by priority (in reading order), then deadline, then headline. */
export async function getTargets(): Promise<Target[]> {
	return (await getCollection('targets'))
		.map((e) => e.data)
		.sort(
			(a, b) =>
				PRIORITY_IDS.indexOf(a.priority) - PRIORITY_IDS.indexOf(b.priority) ||
				(a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
				a.headline.localeCompare(b.headline, 'en-GB'),
		);
}

/** Datasets by id. */
export async function getDatasetsById(): Promise<Map<string, Dataset>> {
	const entries = (await getCollection('datasets')).map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : 1));
	return new Map(entries.map((d) => [d.id, d]));
}

/** The static paths of the per-dataset routes (/data/<id>/, .csv, .json): one per dataset, with it as a prop. */
export async function datasetPaths() {
	return [...(await getDatasetsById()).values()].map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}

/** ICBs by ODS code. */
export async function getSystemsById(): Promise<Map<string, System>> {
	return new Map((await getCollection('systems')).map((e) => [e.data.id, e.data]));
}

/** Every target with its computed status, by id, in the order of {@link getTargets}. */
export async function getProgressById(): Promise<Map<string, TargetProgress>> {
	const datasets = await getDatasetsById();
	return new Map((await getTargets()).map((t) => [t.id, targetProgress(t, datasets)]));
}

/** Every chart the site draws, by id (a target id or a dataset id). */
export async function getChartsById(): Promise<Map<string, ChartSpec>> {
	return new Map(chartSpecs(await getTargets(), await getDatasetsById()).map((c) => [c.id, c]));
}

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

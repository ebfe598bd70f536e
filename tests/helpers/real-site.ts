/**
 * The real project's Site, built without Astro: content/ and data/ read and
 * parsed by the content check (readProjectFiles + checkProject), then derived
 * by buildSite, as src/queries.ts does from the collections: every collection
 * of the registry (src/collections.ts), the guidance pages as entries. For
 * page-model unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../src/collections.ts';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import { siteCollections, type LoadedEntry } from '../../src/lib/collections/registry.ts';
import type { BoundaryFile } from '../../src/lib/geo/boundaries.ts';
import type { BuildDates } from '../../src/lib/model/review.ts';
import { checkProject, type CheckedProject, type ProjectFiles } from '../../src/lib/content-check/project.ts';
import type { GuidanceEntry } from '../../src/lib/model/guidance.ts';
import { buildSite, type Site } from '../../src/lib/pages/site.ts';
import type { PriorityId } from '../../src/schemas/priority.ts';
import { ROOT } from './site.ts';

/** A guidance entry as the build has it: id, front matter, MDX body and source file. */
export interface RealEntry extends GuidanceEntry {
	body: string;
	filePath: string;
}

let cached: { site: Site<RealEntry>; project: CheckedProject } | undefined;

/** A collection of the checked project as Astro's loader would hold it: data entries, or pages with their body and file. */
function entriesOf(project: CheckedProject, name: keyof typeof COLLECTIONS): (LoadedEntry | RealEntry)[] {
	if (name === 'guidance')
		return project.pages.map((p) => ({ id: `${p.priority}/${p.slug}`, data: p.data, body: p.body, filePath: p.file }));
	return project[name].map((data, i) => ({ id: String(i), data }));
}

/** The checked project at `root` (or `files` read from it) and its Site, built as src/queries.ts builds it; throws if the content check finds a problem. */
export function checkedSite(
	root: string,
	files: ProjectFiles = readProjectFiles(root),
	dates?: BuildDates,
): { site: Site<RealEntry>; project: CheckedProject } {
	const { project, problems } = checkProject(files, dates);
	if (problems.length > 0)
		throw new Error(`${root} has problems: ${problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('; ')}`);
	const collections = siteCollections(COLLECTIONS, (name) => entriesOf(project, name));
	const boundaries = JSON.parse(readFileSync(join(root, 'data/boundaries/icb-2023.topo.json'), 'utf8')) as BoundaryFile;
	const site = buildSite(
		{
			...collections,
			guidance: collections.guidance as ReadonlyMap<string, readonly RealEntry[]>,
			boundaries,
		},
		dates,
	);
	return { site, project };
}

/** The checked project and its Site, read once per test file; throws if the content check finds a problem. */
export function realProject(): { site: Site<RealEntry>; project: CheckedProject } {
	cached ??= checkedSite(ROOT);
	return cached;
}

/** The real project's Site. */
export function realSite(): Site<RealEntry> {
	return realProject().site;
}

/** A published guidance entry of the real site; throws if missing. */
export function realEntry(priority: PriorityId, slug: string): RealEntry {
	const entry = realSite()
		.guidance.get(priority)
		?.find((e) => e.id === slug);
	if (!entry) throw new Error(`no published page ${priority}/${slug}`);
	return entry;
}

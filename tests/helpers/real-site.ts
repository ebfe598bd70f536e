/**
 * The real project's Site, built without Astro: content/ and data/ read and
 * parsed by the content check (readProjectFiles + checkProject), then derived
 * by buildSite, as src/queries.ts does from the collections. For page-model
 * unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import type { BoundaryFile } from '../../src/lib/geo/boundaries.ts';
import { checkProject, type CheckedProject } from '../../src/lib/content-check/project.ts';
import type { GuidanceEntry } from '../../src/lib/model/guidance.ts';
import { buildSite, type Site } from '../../src/lib/pages/site.ts';
import { z } from 'zod';
import { CommitmentSchema } from '../../src/schemas/commitment.ts';
import { EditionSchema } from '../../src/schemas/edition.ts';
import { PRIORITY_IDS, type PriorityId } from '../../src/schemas/priority.ts';
import { ROOT } from './site.ts';

/** A guidance entry as the build has it: id, front matter, MDX body and source file. */
export interface RealEntry extends GuidanceEntry {
	body: string;
	filePath: string;
}

let cached: { site: Site<RealEntry>; project: CheckedProject } | undefined;

/** The checked project and its Site, read once per test file; throws if the content check finds a problem. */
export function realProject(): { site: Site<RealEntry>; project: CheckedProject } {
	if (cached) return cached;
	const { project, problems } = checkProject(readProjectFiles(ROOT));
	if (problems.length > 0)
		throw new Error(
			`the real project has problems: ${problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('; ')}`,
		);
	const guidance = new Map<PriorityId, RealEntry[]>(PRIORITY_IDS.map((id) => [id, []]));
	for (const page of project.pages)
		guidance.get(page.priority)?.push({ id: page.slug, data: page.data, body: page.body, filePath: page.file });
	const boundaries = JSON.parse(readFileSync(join(ROOT, 'data/boundaries/icb-2023.topo.json'), 'utf8')) as BoundaryFile;
	// The editions and commitments, checked by checkProject above, parsed as the collections parse them.
	const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
	const editions = z.array(EditionSchema).parse(read('data/editions.json'));
	const commitments = z.array(CommitmentSchema).parse(read('data/commitments.json'));
	const site = buildSite({ ...project, guidance, boundaries, editions, commitments });
	cached = { site, project };
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

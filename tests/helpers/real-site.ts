/**
 * The real project's Site (src/lib/pages/site.ts), built without Astro: the
 * content check reads and parses content/ and data/ exactly as the build's
 * check does, and buildSite derives the rest. For page-model unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import type { BoundaryFile } from '../../src/lib/geo/boundaries.ts';
import { checkProject } from '../../src/lib/content-check/project.ts';
import type { GuidanceEntry } from '../../src/lib/model/guidance.ts';
import { buildSite, type Site } from '../../src/lib/pages/site.ts';
import { PRIORITY_IDS, type PriorityId } from '../../src/schemas/priority.ts';
import { ROOT } from './site.ts';

let cached: Site | undefined;

export function realSite(): Site {
	if (cached) return cached;
	const { project, problems } = checkProject(readProjectFiles(ROOT));
	if (problems.length > 0) throw new Error(`the real project has problems: ${problems.map((p) => p.message).join('; ')}`);
	const guidance = new Map<PriorityId, GuidanceEntry[]>(PRIORITY_IDS.map((id) => [id, []]));
	for (const page of project.pages) guidance.get(page.priority)?.push({ id: page.slug, data: page.data });
	const boundaries = JSON.parse(readFileSync(join(ROOT, 'data/boundaries/icb-2023.topo.json'), 'utf8')) as BoundaryFile;
	cached = buildSite({ ...project, guidance, boundaries });
	return cached;
}

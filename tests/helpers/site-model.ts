/** The real project as a Site (src/lib/pages/site.ts), built from the checked files, for page-model unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import { checkProject } from '../../src/lib/content-check/project.ts';
import type { BoundaryFile } from '../../src/lib/geo/boundaries.ts';
import type { GuidanceEntry } from '../../src/lib/model/guidance.ts';
import { buildSite, type Site } from '../../src/lib/pages/site.ts';
import { PRIORITY_IDS, type PriorityId } from '../../src/schemas/priority.ts';
import { ROOT } from './site.ts';

/** Builds the real project's Site once per test file. */
export function realSite(): Site {
	const { project, problems } = checkProject(readProjectFiles(ROOT));
	if (problems.length > 0) throw new Error(`the project has problems: ${problems.map((p) => p.message).join('; ')}`);
	const guidance = new Map<PriorityId, GuidanceEntry[]>(PRIORITY_IDS.map((id) => [id, project.pages.filter((p) => p.priority === id).map((p) => ({ id: p.slug, data: p.data }))]));
	return buildSite({
		priorities: project.priorities,
		guidance,
		targets: project.targets,
		datasets: project.datasets,
		sources: project.sources,
		systems: project.systems,
		glossary: project.glossary,
		boundaries: JSON.parse(readFileSync(join(ROOT, 'data/boundaries/icb-2023.topo.json'), 'utf8')) as BoundaryFile,
	});
}

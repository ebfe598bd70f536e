/**
 * The guidance pages' rules: their MDX bodies (src/lib/mdx/project.ts), the
 * sources and targets their front matter names, and their related pages.
 */
import { checkMdxPages } from '../../mdx/project.ts';
import { checkRelated, draftPageIds, duplicateTitles, pageIdsOf } from '../references.ts';
import { needId, type RuleContext } from './context.ts';

/** Checks every page body and every reference of the pages' front matter. */
export function checkGuidance(context: RuleContext): void {
	const { files, project, ids, guidance, problems, publishing } = context;
	problems.push(
		...checkMdxPages(guidance.bodies, {
			files,
			sources: project.sources,
			targets: project.targets,
			datasets: project.datasets,
			systems: project.systems,
			editions: project.editions,
			pages: project.pages,
			glossary: ids.glossary,
			ids,
			priorities: guidance.folders,
			publishedOn: publishing.date,
		}),
	);
	const pageIds = pageIdsOf(files.content.map((f) => f.path));
	const drafts = draftPageIds(project.pages);
	for (const page of project.pages) {
		page.data.sources.forEach((s, i) => needId(context, 'sources', page.file, `sources[${i}]`, s.id));
		page.data.targets.forEach((t, i) => needId(context, 'targets', page.file, `targets[${String(i)}]`, t));
		problems.push(...checkRelated(page, pageIds, drafts));
	}
	problems.push(...duplicateTitles(project.pages));
}

/**
 * Checks the whole editors' room (content/ and data/) and returns every
 * problem at once: file names, JSON and YAML syntax, schema fields,
 * references between files, data values and MDX components, each with the
 * line and column of the file where it is known. Pure: it is given file
 * texts, it reads nothing.
 *
 * This module orchestrates, driven by the registry of collections
 * (src/collections.ts): the reader (read.ts) reads every collection, then
 * each collection's rules (rules/*.ts) run in turn. Each concern has its own
 * module beside it (json.ts, front-matter.ts, references.ts, data-sense.ts,
 * file-names.ts; the problem type and did-you-mean are in src/lib/problems/).
 *
 * The build runs it before anything is written (src/integrations/content-check.ts),
 * and `npm run check:content` runs it on its own.
 */
import { COLLECTIONS, type CollectionName } from '../../collections.ts';
import { publishAsOfFromEnv, reviewAsOfFromEnv } from '../../config/site.ts';
import { publishingAsOf, publishingBasis, type BuildDates } from '../model/review.ts';
import type { System } from '../../schemas/system.ts';
import type { Problem } from '../problems/problems.ts';
import { readProject, type CollectionRead, type ProjectRead } from './read.ts';
import type { ExistingIds } from './references.ts';
import type { CheckedProject, ProjectFiles, Rule, RuleContext } from './rules/context.ts';
import { checkDatasets } from './rules/datasets.ts';
import { checkEditionsRule } from './rules/editions.ts';
import { checkGlossaryRule } from './rules/glossary.ts';
import { nameHidden } from '../problems/hidden.ts';
import { checkGuidance } from './rules/guidance.ts';
import { checkLifecycle } from './rules/lifecycle.ts';
import { checkPriorities } from './rules/priorities.ts';
import { checkSystems, checkSystemsFile } from './rules/systems.ts';
import { checkTargets } from './rules/targets.ts';

export { splitFrontMatter } from './front-matter.ts';
export { slugOf, type CheckedPage } from './read.ts';
export type { ExistingIds } from './references.ts';
export type { SourceFile } from '../collections/registry.ts';
export type { CheckedProject, ProjectFiles } from './rules/context.ts';
export { checkGlossary } from './rules/glossary.ts';

/** Checks of one collection's file on its own, run as soon as it is read (before the next file's problems). */
const FILE_RULES: Partial<Record<CollectionName, (read: CollectionRead) => Problem[]>> = {
	systems: (read) => checkSystemsFile(read as CollectionRead<System>),
};

/** Each collection's rules against the others, in the order their problems are listed. */
const RULES: readonly Rule[] = [
	checkGuidance,
	checkLifecycle,
	checkTargets,
	checkPriorities,
	checkDatasets,
	checkSystems,
	checkGlossaryRule,
	checkEditionsRule,
];

/** The valid entries and the ids of every collection, keyed as the registry says. */
function contextOf(files: ProjectFiles, read: ProjectRead, dates: BuildDates): RuleContext {
	const project: Record<string, unknown> = {};
	const ids: Record<string, unknown> = {};
	for (const [name, { check }] of Object.entries(COLLECTIONS)) {
		if (check.read === 'mdx') {
			project[check.entries] = read.pages[name]?.pages ?? [];
			continue;
		}
		project[name] = read.collections[name]?.entries.map((e) => e.entry) ?? [];
		ids[name] = read.collections[name]?.known;
	}
	const guidance = read.pages.guidance ?? { pages: [], bodies: [], folders: [], unlisted: [] };
	return {
		files,
		reading: read.reading,
		read: read.collections as unknown as RuleContext['read'],
		guidance,
		project: project as CheckedProject,
		ids: ids as ExistingIds,
		problems: read.reading.problems,
		publishing: {
			date: publishingAsOf((project as CheckedProject).datasets, dates),
			basis: publishingBasis(dates),
		},
	};
}

/**
 * Checks every file and cross-reference; returns the parsed project, every
 * problem found (each with its line where known), and the ids that exist in
 * each data file even where their entry is invalid (see references.ts).
 * `dates` (by default PUBLISH_AS_OF and REVIEW_AS_OF from the environment, as
 * the build reads them) give the publishing date the pages are judged against.
 */
export function checkProject(
	files: ProjectFiles,
	dates: BuildDates = { publish: publishAsOfFromEnv(), review: reviewAsOfFromEnv() },
): {
	project: CheckedProject;
	problems: Problem[];
	ids: ExistingIds;
	/** The build's publishing date the pages were judged against (PUBLISH_AS_OF, else the review date). */
	publishedOn: string | undefined;
	/** Gives problems found later (warnings) the line of their field. */
	locate: (problems: readonly Problem[]) => Problem[];
} {
	const read = readProject(files, COLLECTIONS, (name, r) => {
		const rule = FILE_RULES[name as CollectionName];
		const collection = r.collections[name];
		if (rule && collection) r.reading.problems.push(...rule(collection));
	});
	const context = contextOf(files, read, dates);
	for (const rule of RULES) rule(context);
	return {
		project: context.project,
		problems: read.reading.locate(context.problems).map(nameHidden),
		ids: context.ids,
		publishedOn: context.publishing.date,
		locate: (problems) => read.reading.locate(problems),
	};
}

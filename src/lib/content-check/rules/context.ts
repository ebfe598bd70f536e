/**
 * What every rule of the content check is given: the files, what the reader
 * made of them (src/lib/content-check/read.ts), and where to report. A rule
 * module per collection (targets.ts, datasets.ts, …) checks that collection's
 * entries against the others; the orchestrator (../project.ts) runs them in turn.
 */
import type { Collections } from '../../../collections.ts';
import type { CheckedEntriesOf, EntryOf, IdNames, ProjectFilesOf, SourceFile } from '../../collections/registry.ts';
import type { Problem } from '../../problems/problems.ts';
import type { CheckedPage, CollectionRead, PagesRead, Reading } from '../read.ts';
import { missingReference } from '../../problems/known-ids.ts';
import type { ExistingIds } from '../references.ts';

/** The editors' files of the project, as the check is given them: the registry's (src/collections.ts), and two more. */
export type ProjectFiles = ProjectFilesOf<Collections> & {
	/**
	 * data/boundaries/icb-2023.topo.json, the map's shapes: null when it is
	 * missing (reported), undefined when not checked (a partial project in tests).
	 */
	boundaries?: SourceFile | null | undefined;
	/** The paths of the files in public/, relative to it (for example "images/map.png"): what a site-relative image or download may point to. */
	public?: string[];
};

/** The entries that passed their schema, one list per collection of the registry (guidance pages as `pages`). */
export type CheckedProject = CheckedEntriesOf<Collections, CheckedPage>;

/** The build's publishing date, and what it stands on in words ("PUBLISH_AS_OF", "the latest "as of" date of the datasets"). */
export interface Publishing {
	date: string | undefined;
	basis: string;
}

/** What a rule is given. */
export interface RuleContext {
	files: ProjectFiles;
	/** The reading: its locators (a rule may read one more file, as the boundaries rule does). */
	reading: Reading;
	/** Each data collection as read: its valid entries with their places, and its ids. */
	read: { [K in IdNames<Collections>]: CollectionRead<EntryOf<Collections, K>> };
	/** The guidance pages as read. */
	guidance: PagesRead;
	/** The valid entries of every collection. */
	project: CheckedProject;
	/** The ids that exist in each data file, valid entries or not. */
	ids: ExistingIds;
	/** Where problems go, in the order found. */
	problems: Problem[];
	/** The build's publishing date (PUBLISH_AS_OF, else the review date) and what it stands on: which pages are public, and the latest a change may be dated. */
	publishing: Publishing;
}

/** A rule: checks one collection's entries against the others, pushing to `context.problems`. */
export type Rule = (context: RuleContext) => void;

/** The words for a reference into each collection that others refer to: what it is and where, and its plural. */
const REFERENCE_WORDS = {
	sources: ['a source in data/sources.json', 'sources'],
	targets: ['a target in data/targets.json', 'targets'],
	datasets: ['a dataset in data/datasets/', 'datasets'],
} as const;

/**
 * Reports `id` at `file`/`field` when it is not an id of `collection`: an id
 * whose entry exists but is invalid is not reported again here, and nothing
 * is reported into a file that could not be read.
 */
export function needId(
	context: RuleContext,
	collection: keyof typeof REFERENCE_WORDS,
	file: string,
	field: string,
	id: string,
): void {
	const [what, plural] = REFERENCE_WORDS[collection];
	const message = missingReference(id, context.ids[collection], what, plural);
	if (message) context.problems.push({ file, field, message });
}

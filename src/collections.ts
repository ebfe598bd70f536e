/**
 * The one registry of collections: for each, where its files are, its
 * schema, and how the content check reads it. Everything that lists
 * collections derives from it: Astro's collections (src/content.config.ts),
 * the site reader (src/queries.ts), the content check's reading and ids
 * (src/integrations/content-check.ts, src/lib/content-check/read.ts), the
 * site's input (src/lib/pages/site.ts) and the tests' real site
 * (tests/helpers/real-site.ts). Adding a collection is one entry here plus its
 * schema (src/lib/collections/registry.ts says what an entry holds).
 *
 * The order is the content check's reading order: the data files first, so
 * that the pages' folders can be checked against the priorities.
 */
import { defineRegistry, type ProjectFilesOf } from './lib/collections/registry.ts';
import { CommitmentSchema } from './schemas/commitment.ts';
import { DatasetSchema } from './schemas/dataset.ts';
import { EditionSchema } from './schemas/edition.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { guidanceSchema } from './schemas/guidance.ts';
import { PrioritySchema } from './schemas/priority.ts';
import { SourceSchema } from './schemas/source.ts';
import { SystemSchema } from './schemas/system.ts';
import { TargetSchema } from './schemas/target.ts';

const list = (required: boolean) => ({ read: 'list', required, idField: 'id' }) as const;
const orderedList = { read: 'list', required: true, idField: 'id', ordered: true } as const;

export const COLLECTIONS = defineRegistry({
	/** Every document cited. */
	sources: { source: { file: 'data/sources.json' }, schema: SourceSchema, check: list(true) },
	/** What the guidance asks for by a date. */
	targets: { source: { file: 'data/targets.json' }, schema: TargetSchema, check: list(true) },
	/** The priorities, in reading order; each names a folder of content/. */
	priorities: { source: { file: 'data/priorities.json' }, schema: PrioritySchema, check: orderedList },
	/** The ICBs. */
	systems: { source: { file: 'data/systems.json' }, schema: SystemSchema, check: list(true) },
	/** Abbreviations and terms (optional: checked when the file is there). */
	glossary: { source: { file: 'data/glossary.json' }, schema: GlossaryEntrySchema, check: list(false) },
	/** The editions of the planning guidance, from 2022/23 on: what each is and how fully we could read it. */
	editions: { source: { file: 'data/editions.json' }, schema: EditionSchema, check: list(false) },
	/** The 2022/23 commitments and what replaced them, each with one trace entry per later edition. */
	commitments: { source: { file: 'data/commitments.json' }, schema: CommitmentSchema, check: list(false) },
	/** Measured series, one file each, named after its id. */
	datasets: {
		source: { base: 'data/datasets', pattern: '*.json' },
		schema: DatasetSchema,
		check: { read: 'folder', idField: 'id' },
	},
	/**
	 * Guidance pages, one folder per priority; the priority is taken from the folder. A page is
	 * compiled from its file; its body is kept only where it prints a `<Figure>`, which the page
	 * model numbers (src/lib/model/figures.ts; "On this page" comes from the compiled headings).
	 */
	guidance: {
		source: { base: 'content', pattern: '*/*.mdx', keepBody: (body) => body.includes('<Figure') },
		schema: guidanceSchema(),
		check: {
			read: 'mdx',
			files: 'content',
			entries: 'pages',
			folders: 'priorities',
			folderField: 'priority',
			folderSchema: (folder: string) => guidanceSchema({ folder }),
		},
	},
});

/** The registry's type: what the derived types are computed from. */
export type Collections = typeof COLLECTIONS;

/** The collections' names. */
export type CollectionName = keyof Collections;

/** The editors' files of this project, as the content check is given them. */
export type CollectionFiles = ProjectFilesOf<Collections>;

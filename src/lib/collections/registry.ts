/**
 * What a registry of collections is (src/collections.ts holds the real one),
 * and what derives from it: the files the content check reads, the ids it
 * lists, what it returns, and what the site reader gives buildSite. Adding a
 * collection is one entry in the registry (plus its schema): every type and
 * reader below follows. Pure: no Astro, no file system.
 */
import type { z } from 'zod';

/** Where a collection's files are: one JSON file, or a folder of files matching a pattern. */
export type CollectionSource = { file: string } | { base: string; pattern: string };

/** One JSON file holding a list of entries (data/targets.json). */
export interface ListReading {
	read: 'list';
	/** true: a missing file is reported; false: the collection is checked when its file is there. */
	required: boolean;
	/** The field that names an entry, listed in the check's ids (references into the file are checked against them). */
	idField: string;
	/**
	 * true: the site reads the entries in the order the file lists them (the
	 * priorities' reading order). Astro's getCollection keeps no order.
	 */
	ordered?: boolean;
}

/** A folder of JSON files, one entry each, named after its id (data/datasets/<id>.json). */
export interface FolderReading {
	read: 'folder';
	/** The field that names an entry; it must match the file name. */
	idField: string;
}

/**
 * A folder of MDX pages, one sub-folder per entry of another collection
 * (content/<priority>/<page>.mdx): the sub-folder's name is the front matter
 * field `folderField`, and must be an id of the collection `folders`.
 */
export interface MdxReading {
	read: 'mdx';
	/** The key of the project's files that holds these files (ProjectFiles.content). */
	files: string;
	/** The key of the checked project that holds the parsed pages (CheckedProject.pages). */
	entries: string;
	/** The collection whose ids name the sub-folders (priorities). */
	folders: string;
	/** The front matter field taken from the sub-folder (priority). */
	folderField: string;
	/** The front matter schema of the pages of one sub-folder, for the check (which reports a field that contradicts it). */
	folderSchema: (folder: string) => z.ZodType;
}

/** How the content check reads a collection. */
export type CheckReading = ListReading | FolderReading | MdxReading;

/** One collection: its loader source, its schema, and how the content check reads it. */
export interface CollectionDefinition<S extends z.ZodType = z.ZodType> {
	source: CollectionSource;
	/** The schema of one entry (for an MDX collection: of its front matter). */
	schema: S;
	check: CheckReading;
}

/** A registry of collections by name, in the order the content check reads them. */
export type Registry = Readonly<Record<string, CollectionDefinition>>;

/** Declares a registry with its exact types (names, schemas and readings are kept literal). */
export function defineRegistry<const R extends Registry>(registry: R): R {
	return registry;
}

/** A file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
	path: string;
	text: string;
	/** The encoding it was saved in, when not UTF-8 (src/lib/content-check/encoding.ts): the text is decoded from it. */
	encoding?: 'UTF-16' | 'Windows-1252' | 'UTF-8 and Windows-1252';
	/** For a UTF-8 file with a few bytes that are not (encoding 'UTF-8 and Windows-1252'): where the first is in the text, and the character it stands for in Windows-1252. */
	stray?: { line: number; column: number; character: string };
}

type NamesWhere<R extends Registry, C> = { [K in keyof R]: R[K]['check'] extends C ? K : never }[keyof R] & string;

/** The collections read from one JSON list file. */
export type ListNames<R extends Registry> = NamesWhere<R, ListReading>;
/** The collections read from a folder of JSON files. */
export type FolderNames<R extends Registry> = NamesWhere<R, FolderReading>;
/** The collections of MDX pages. */
export type MdxNames<R extends Registry> = NamesWhere<R, MdxReading>;
/** The collections with an id field: those the check lists ids of. */
export type IdNames<R extends Registry> = ListNames<R> | FolderNames<R>;

type FilesKey<R extends Registry, K extends keyof R> = R[K]['check'] extends { files: infer F extends string } ? F : K;
type EntriesKey<R extends Registry, K extends keyof R> = R[K]['check'] extends { entries: infer F extends string }
	? F
	: K;

/** One entry of collection K, as its schema gives it. */
export type EntryOf<R extends Registry, K extends keyof R> = z.output<R[K]['schema']>;

/**
 * The editors' files of a project, as the check is given them: each list
 * collection's file under `data` (missing ones are undefined), and every
 * file of each folder or MDX collection, at any depth (the check says where
 * each belongs).
 */
export type ProjectFilesOf<R extends Registry> = {
	data: Partial<Record<ListNames<R>, SourceFile | undefined>>;
} & { [K in FolderNames<R> | MdxNames<R> as FilesKey<R, K>]: SourceFile[] };

/** The entries that passed their schema, for every collection (MDX pages as `P`, under their `entries` key). */
export type CheckedEntriesOf<R extends Registry, P> = {
	[K in keyof R & string as EntriesKey<R, K>]: R[K]['check'] extends MdxReading ? P[] : EntryOf<R, K>[];
};

/** What the site reader gives buildSite: every collection's entries, MDX pages (`E`) grouped by their folder. */
export type SiteCollectionsOf<R extends Registry, E> = {
	readonly [K in keyof R & string]: R[K]['check'] extends MdxReading
		? ReadonlyMap<string, readonly E[]>
		: readonly EntryOf<R, K>[];
};

/** The names of a registry, in its order. */
export function namesOf<R extends Registry>(registry: R): (keyof R & string)[] {
	return Object.keys(registry);
}

/** A collection entry as a loader holds it: an id and its data (for MDX, Astro's entry with its file). */
export interface LoadedEntry {
	id: string;
	data: unknown;
}

/** An MDX entry's id (`<folder>/<slug>`) split: the folder, and the slug that is the entry's id within it. */
export function splitPageId(id: string): { folder: string; slug: string } {
	const slash = id.indexOf('/');
	return slash < 0 ? { folder: '', slug: id } : { folder: id.slice(0, slash), slug: id.slice(slash + 1) };
}

/**
 * What the site reader gives buildSite, from `entriesOf` (what a loader holds
 * of each collection): every collection's data; each MDX collection's entries
 * grouped by their folder, each with its slug as its id (the page's address
 * within the folder).
 */
export function siteCollections<R extends Registry, E extends LoadedEntry>(
	registry: R,
	entriesOf: (name: keyof R & string) => readonly E[],
	fileOf: (path: string) => unknown = () => undefined,
): SiteCollectionsOf<R, E> {
	const out: Record<string, unknown> = {};
	for (const name of namesOf(registry)) {
		const definition = registry[name];
		const entries = entriesOf(name);
		if (definition?.check.read === 'mdx') out[name] = byFolder(entries);
		else if (definition?.check.read === 'list' && definition.check.ordered && 'file' in definition.source)
			out[name] = inFileOrder(
				entries.map((e) => e.data),
				fileOf(definition.source.file),
				definition.check.idField,
			);
		else out[name] = entries.map((e) => e.data);
	}
	return out as SiteCollectionsOf<R, E>;
}

/** `items` in the order of the entries of `file` (a JSON list) with the same `idField`; any not there last, as given. */
export function inFileOrder(items: readonly unknown[], file: unknown, idField: string): unknown[] {
	const idOf = (item: unknown) =>
		item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[idField] : undefined;
	const order = Array.isArray(file) ? (file as unknown[]).map(idOf) : [];
	const rank = (item: unknown) => {
		const at = order.indexOf(idOf(item));
		return at < 0 ? order.length : at;
	};
	return [...items].sort((a, b) => rank(a) - rank(b));
}

/** MDX entries grouped by folder, in the order given, each with its slug as its id. */
function byFolder<E extends LoadedEntry>(entries: readonly E[]): Map<string, E[]> {
	const groups = new Map<string, E[]>();
	for (const entry of entries) {
		const { folder, slug } = splitPageId(entry.id);
		const list = groups.get(folder) ?? [];
		list.push({ ...entry, id: slug });
		groups.set(folder, list);
	}
	return groups;
}

/**
 * {@link siteCollections}, each collection read with `read` (Astro's
 * getCollection), one after another; `fileOf` gives the parsed JSON of a
 * list file (for the collections read in their file's order).
 */
export async function readSiteCollections<R extends Registry, E extends LoadedEntry>(
	registry: R,
	read: (name: keyof R & string) => Promise<readonly E[]>,
	fileOf?: (path: string) => unknown,
): Promise<SiteCollectionsOf<R, E>> {
	const loaded = new Map<string, readonly E[]>();
	for (const name of namesOf(registry)) loaded.set(name, await read(name));
	return siteCollections(registry, (name) => loaded.get(name) ?? [], fileOf);
}

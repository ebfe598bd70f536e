/**
 * The content check's reader: every file of every collection of the registry
 * (src/collections.ts), parsed with its schema, each entry with its place in
 * its file, the ids each file defines (valid entries or not) and where every
 * field is (locators), so that the rules (rules/*.ts) can report a problem at
 * its line. Reading problems (syntax, schema fields, file names, ids used
 * twice) are collected on the way. Pure: it is given file texts.
 */
import type { z } from 'zod';
import type {
	CollectionDefinition,
	FolderReading,
	ListReading,
	MdxReading,
	Registry,
	SourceFile,
} from '../collections/registry.ts';
import type { GuidancePage } from '../../schemas/guidance.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import type { MdxBody } from '../mdx/project.ts';
import { parseWithFriendlyErrors } from '../problems/error-map.ts';
import type { Problem } from '../problems/problems.ts';
import { stripBom } from './bom.ts';
import { encodingProblem, garbledProblem } from './encoding.ts';
import { checkContentPath, checkDatasetPath, withCollision } from './file-names.ts';
import { splitFrontMatter } from './front-matter.ts';
import { readJson } from './json.ts';
import { parseFieldPath, type Locator } from './positions.ts';
import { UNREADABLE, type KnownIds } from '../problems/known-ids.ts';
import { idsOfEntries } from './references.ts';
import { suggest } from '../problems/suggest.ts';

/** An entry that passed its schema, with its place in its file's list (0 for a file of its own). */
export interface Indexed<T> {
	entry: T;
	index: number;
	/** The file it was read from. */
	file: string;
}

/** One collection as read: its valid entries, and the ids of every entry that has one. */
export interface CollectionRead<T = unknown> {
	entries: Indexed<T>[];
	known: KnownIds;
}

/** A guidance page whose front matter passed its schema. */
export interface CheckedPage {
	file: string;
	priority: PriorityId;
	slug: string;
	data: GuidancePage;
	body: string;
	/** The line of the file the body starts on. */
	bodyLine: number;
}

/** The pages of an MDX collection as read. */
export interface PagesRead {
	pages: CheckedPage[];
	/** Every body whose front matter could be split, valid or not: the MDX check reads them all. */
	bodies: MdxBody[];
	/** The folders accepted as priorities: the ids of the priorities' file, then folders of pages with no entry there. */
	folders: string[];
	/** Folders of pages that are not near any priority, and so are new priorities with no entry yet. */
	unlisted: string[];
}

/** The URL slug of a content file: its name without the extension. */
export function slugOf(path: string): string {
	return (path.split('/').pop() ?? '').replace(/\.mdx?$/, '');
}

/** Each folder's front matter schema, built once: building a zod schema costs more than using it (issue 12's profile). */
const folderSchemas = new WeakMap<MdxReading['folderSchema'], Map<string, z.ZodType>>();
function schemaOf(check: Pick<MdxReading, 'folderSchema'>, folder: string): z.ZodType {
	const built = folderSchemas.get(check.folderSchema) ?? new Map<string, z.ZodType>();
	folderSchemas.set(check.folderSchema, built);
	let schema = built.get(folder);
	if (!schema) {
		schema = check.folderSchema(folder);
		built.set(folder, schema);
	}
	return schema;
}

/**
 * The priorities that content/'s folders may be: the ids of the priorities'
 * file (all folders when it cannot be read), and each folder holding a page
 * that is not near one of them (a new priority whose entry is missing: the
 * priorities' rule reports it; a near one is a misspelt folder).
 */
export function priorityFolders(paths: readonly string[], known: KnownIds): { folders: string[]; unlisted: string[] } {
	const pageFolders = new Set<string>();
	for (const path of paths) {
		const parts = path.split('/');
		if (parts.length === 3 && /\.mdx$/i.test(parts[2] ?? '')) pageFolders.add(parts[1] ?? '');
	}
	if (known.unreadable) return { folders: [...pageFolders], unlisted: [] };
	const unlisted = [...pageFolders].filter((f) => !known.ids.has(f) && suggest(f, known.ids) === undefined);
	return { folders: [...known.ids, ...unlisted], unlisted };
}

/** The file texts of one run, what was read of them, and where their fields are. */
export class Reading {
	readonly problems: Problem[] = [];
	readonly locators = new Map<string, Locator>();

	/** The file without a byte-order mark (reported once when there is one), and its encoding reported when it is not UTF-8. */
	text(file: SourceFile): SourceFile {
		if (file.encoding) this.problems.push(encodingProblem(file.path, file.encoding, file.stray));
		const { text, problem } = stripBom(file.path, file.text);
		// A UTF-16 file's byte-order mark is part of its encoding, reported above.
		if (problem && !file.encoding) this.problems.push(problem);
		const garbled = file.encoding ? undefined : garbledProblem({ path: file.path, text });
		if (garbled) this.problems.push(garbled);
		return { path: file.path, text };
	}

	/** The value of a JSON file, or undefined when it cannot be read (its syntax problems are reported). */
	json(file: SourceFile): { value: unknown } | undefined {
		const read = readJson(this.text(file));
		this.problems.push(...read.problems);
		if (!read.ok) return undefined;
		this.locators.set(file.path, read.locate);
		return { value: read.value };
	}

	/**
	 * Parses a JSON file holding a list of entries, each checked with `schema`:
	 * the entries that pass, and the ids of every entry that has one (valid or
	 * not), or "unreadable" when the file is missing or not JSON.
	 */
	list<S extends z.ZodType>(
		file: SourceFile | undefined,
		expected: string,
		schema: S,
		reading: Pick<ListReading, 'required' | 'idField'>,
	): CollectionRead<z.output<S>> {
		if (!file) {
			if (reading.required)
				this.problems.push({
					file: expected,
					field: '',
					message: 'is missing: the site needs this file (see CONTRIBUTING.md)',
				});
			return { entries: [], known: UNREADABLE };
		}
		const json = this.json(file);
		if (!json) return { entries: [], known: UNREADABLE };
		if (!Array.isArray(json.value)) {
			this.problems.push({
				file: file.path,
				field: '',
				line: 1,
				column: 1,
				message: 'must be a JSON list: [ { ... }, { ... } ]',
			});
			return { entries: [], known: UNREADABLE };
		}
		const entries: Indexed<z.output<S>>[] = [];
		json.value.forEach((entry: unknown, index) => {
			const parsed = parseWithFriendlyErrors(schema, entry, file.path, [index]);
			if (parsed.ok) entries.push({ entry: parsed.data, index, file: file.path });
			else this.problems.push(...parsed.problems);
		});
		this.duplicates(entries, file.path, reading.idField);
		return { entries, known: { ids: idsOfEntries(json.value, reading.idField), unreadable: false } };
	}

	/** Reports an id given to two entries of a list, at the second. */
	duplicates(items: readonly Indexed<unknown>[], file: string, idField: string): void {
		const first = new Map<string, number>();
		for (const { entry, index } of items) {
			const id = (entry as Record<string, unknown>)[idField];
			if (typeof id !== 'string') continue;
			const earlier = first.get(id);
			if (earlier === undefined) {
				first.set(id, index);
				continue;
			}
			const line = this.locators.get(file)?.([earlier, idField])?.line;
			const where = line === undefined ? `entry [${String(earlier)}]` : `line ${String(line)}`;
			this.problems.push({
				file,
				field: `[${String(index)}].${idField}`,
				message: `"${id}" is used twice (first at ${where}): every id must be unique`,
			});
		}
	}

	/**
	 * Parses a folder of JSON files, one entry each, whose id is its file name
	 * (data/datasets/<id>.json). References may use the id or the file name:
	 * while the two disagree, both count as existing.
	 */
	folder<S extends z.ZodType>(
		files: readonly SourceFile[],
		schema: S,
		reading: Pick<FolderReading, 'idField'>,
	): CollectionRead<z.output<S>> {
		const { idField } = reading;
		const entries: Indexed<z.output<S>>[] = [];
		const ids = new Set<string>();
		for (const raw of files) {
			const name = checkDatasetPath(raw.path);
			if (name.problem) this.problems.push(withCollision(name.problem, new Set(files.map((f) => f.path))));
			if (name.fatal) continue;
			const stem = (raw.path.split('/').pop() ?? '').replace(/\.json$/i, '');
			ids.add(stem);
			const json = this.json(raw);
			if (!json) continue;
			const rawId = (json.value as Record<string, unknown> | null)?.[idField];
			if (typeof rawId === 'string') ids.add(rawId);
			const parsed = parseWithFriendlyErrors(schema, json.value, raw.path);
			if (!parsed.ok) {
				this.problems.push(...parsed.problems);
				continue;
			}
			const id = String((parsed.data as Record<string, unknown>)[idField]);
			// A badly named file is reported once, with its new name: not again as an id mismatch.
			if (id !== stem && !name.problem) {
				this.problems.push({
					file: raw.path,
					field: idField,
					message: `"${id}" must match the file name: write "${stem}", or rename the file to ${id}.json`,
				});
			}
			const other = entries.find((e) => (e.entry as Record<string, unknown>)[idField] === id);
			if (other) {
				this.problems.push({
					file: raw.path,
					field: idField,
					message: `"${id}" is also the id of ${other.file}: every dataset needs its own id`,
				});
			}
			entries.push({ entry: parsed.data, index: 0, file: raw.path });
		}
		return { entries, known: { ids, unreadable: false } };
	}

	/**
	 * Parses the MDX pages of content/<folder>/<name>.mdx: where each is and
	 * what it is called, its front matter (its `folderField` must match the
	 * folder), and its body, for the MDX check.
	 */
	pages(files: readonly SourceFile[], folders: KnownIds, check: Pick<MdxReading, 'folderSchema'>): PagesRead {
		const accepted = priorityFolders(
			files.map((f) => f.path),
			folders,
		);
		const pages: CheckedPage[] = [];
		const bodies: MdxBody[] = [];
		for (const raw of files) {
			const where = checkContentPath(raw.path, accepted.folders);
			if (where.problem) this.problems.push(withCollision(where.problem, new Set(files.map((f) => f.path))));
			if (where.fatal) continue;
			const file = this.text(raw);
			const priority = file.path.split('/')[1] ?? '';
			const split = splitFrontMatter(file);
			if ('message' in split) {
				this.problems.push(split);
				continue;
			}
			bodies.push({ file: file.path, body: split.body, bodyLine: split.bodyLine });
			const parsed = parseWithFriendlyErrors(schemaOf(check, priority), split.data, file.path);
			this.locators.set(file.path, split.locate);
			this.problems.push(...split.problems);
			if (!parsed.ok) {
				this.problems.push(...parsed.problems);
				continue;
			}
			pages.push({
				file: file.path,
				priority,
				slug: slugOf(file.path),
				data: parsed.data as GuidancePage,
				body: split.body,
				bodyLine: split.bodyLine,
			});
		}
		return { pages, bodies, folders: accepted.folders, unlisted: accepted.unlisted };
	}

	/** Gives each problem that has a field but no line the line and column of that field in its file. */
	locate(problems: readonly Problem[]): Problem[] {
		return problems.map((p) => {
			if (p.line !== undefined || p.field === '') return p;
			const path = parseFieldPath(p.field);
			const at = path ? this.locators.get(p.file)?.(path) : undefined;
			return at ? { ...p, line: at.line, column: at.column } : p;
		});
	}
}

/** Every collection of a registry, as read: data collections by name, and each MDX collection's pages. */
export interface ProjectRead {
	reading: Reading;
	collections: Record<string, CollectionRead>;
	pages: Record<string, PagesRead>;
}

/** The files of the project as the check is given them, by the keys the registry names. */
export interface FilesByKey {
	data: Partial<Record<string, SourceFile | undefined>>;
	[key: string]: unknown;
}

/** The path of a list collection's file. */
function listPath(definition: CollectionDefinition): string {
	return 'file' in definition.source ? definition.source.file : definition.source.base;
}

/**
 * Reads every collection of `registry`, in its order; `after(name)` runs as
 * soon as a collection is read (a collection's checks of its own file, so
 * that they come before the next file's problems).
 */
export function readProject(
	files: FilesByKey,
	registry: Registry,
	after: (name: string, read: ProjectRead) => void = () => undefined,
): ProjectRead {
	const read: ProjectRead = { reading: new Reading(), collections: {}, pages: {} };
	for (const [name, definition] of Object.entries(registry)) {
		const check = definition.check;
		if (check.read === 'list') {
			read.collections[name] = read.reading.list(files.data[name], listPath(definition), definition.schema, check);
		} else if (check.read === 'folder') {
			read.collections[name] = read.reading.folder(filesAt(files, name), definition.schema, check);
		} else {
			read.pages[name] = read.reading.pages(filesAt(files, check.files), foldersOf(read, check), check);
		}
		after(name, read);
	}
	return read;
}

/** The ids that name an MDX collection's folders (unreadable when that collection was not read first). */
function foldersOf(read: ProjectRead, check: MdxReading): KnownIds {
	return read.collections[check.folders]?.known ?? UNREADABLE;
}

function filesAt(files: FilesByKey, key: string): SourceFile[] {
	const value = files[key];
	return Array.isArray(value) ? (value as SourceFile[]) : [];
}

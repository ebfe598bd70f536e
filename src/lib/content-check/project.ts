/**
 * Checks the whole editors' room (content/ and data/) and returns every
 * problem at once: file names, JSON and YAML syntax, schema fields,
 * references between files, data values and MDX components, each with the
 * line and column of the file where it is known. Pure: it is given file
 * texts, it reads nothing.
 *
 * This module orchestrates; each concern has its own module beside it
 * (json.ts, front-matter.ts, references.ts, data-sense.ts, file-names.ts,
 * suggest.ts, problems.ts).
 *
 * The build runs it before anything is written (src/integrations/content-check.ts),
 * and `npm run check:content` runs it on its own.
 */
import { z } from 'zod';
import { CommitmentSchema } from '../../schemas/commitment.ts';
import { DatasetSchema, type Dataset } from '../../schemas/dataset.ts';
import { EditionSchema } from '../../schemas/edition.ts';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { guidanceSchema, type GuidancePage } from '../../schemas/guidance.ts';
import { PRIORITY_IDS, PrioritySchema, type Priority, type PriorityId } from '../../schemas/priority.ts';
import { SourceSchema, type Source } from '../../schemas/source.ts';
import { SystemSchema, type System } from '../../schemas/system.ts';
import { TargetSchema, type Target } from '../../schemas/target.ts';
import { ENGLAND } from '../model/datasets.ts';
import { checkMdxPages, type MdxBody } from '../mdx/project.ts';
import { sharedNames } from '../search/synonyms.ts';
import { parseWithFriendlyErrors, type Problem } from './problems.ts';
import { per100k, rateMatches } from '../model/rates.ts';
import { stripBom } from './bom.ts';
import { checkBoundaries, onsCodesIn } from './boundaries.ts';
import { checkDatasetSense, checkSystemsSense, valueRange } from './data-sense.ts';
import { checkContentPath, checkDatasetPath } from './file-names.ts';
import { splitFrontMatter } from './front-matter.ts';
import { readJson } from './json.ts';
import { checkEditions } from './rules/editions.ts';
import { parseFieldPath, type Locator } from './positions.ts';
import {
	checkRelated,
	idsOfEntries,
	missingReference,
	pageIdsOf,
	UNREADABLE,
	type ExistingIds,
	type KnownIds,
} from './references.ts';

export { splitFrontMatter } from './front-matter.ts';
export type { ExistingIds, KnownIds } from './references.ts';

/** A file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
	path: string;
	text: string;
}

export interface ProjectFiles {
	/** Every file under content/, at any depth (the check says where each belongs). */
	content: SourceFile[];
	/**
	 * data/sources.json, data/targets.json, data/priorities.json, data/systems.json (missing ones are reported),
	 * and data/glossary.json (optional: checked when present).
	 */
	data: Partial<
		Record<
			'sources' | 'targets' | 'priorities' | 'systems' | 'glossary' | 'editions' | 'commitments',
			SourceFile | undefined
		>
	>;
	/** Every file in data/datasets/. */
	datasets: SourceFile[];
	/**
	 * data/boundaries/icb-2023.topo.json, the map's shapes: null when it is
	 * missing (reported), undefined when not checked (a partial project in tests).
	 */
	boundaries?: SourceFile | null | undefined;
	/** The paths of the files in public/, relative to it (for example "images/map.png"): what a site-relative image or download may point to. */
	public?: string[];
}

export interface CheckedPage {
	file: string;
	priority: PriorityId;
	slug: string;
	data: GuidancePage;
	body: string;
	/** The line of the file the body starts on. */
	bodyLine: number;
}

export interface CheckedProject {
	pages: CheckedPage[];
	sources: Source[];
	targets: Target[];
	priorities: Priority[];
	systems: System[];
	datasets: Dataset[];
	glossary: GlossaryEntry[];
}

/** An entry of a JSON list that passed its schema, with its place in the file's list. */
interface Indexed<T> {
	entry: T;
	index: number;
}

/** The file texts of one run, and where their fields are. */
class Reading {
	readonly problems: Problem[] = [];
	readonly locators = new Map<string, Locator>();

	/** The file without a byte-order mark (reported once when there is one). */
	text(file: SourceFile): SourceFile {
		const { text, problem } = stripBom(file.path, file.text);
		if (problem) this.problems.push(problem);
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
	list<S extends z.ZodType<{ id: string }>>(
		file: SourceFile | undefined,
		expected: string,
		schema: S,
		required = true,
	): { entries: Indexed<z.output<S>>[]; known: KnownIds } {
		if (!file) {
			if (required)
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
			if (parsed.ok) entries.push({ entry: parsed.data, index });
			else this.problems.push(...parsed.problems);
		});
		this.duplicates(entries, file.path);
		return { entries, known: { ids: idsOfEntries(json.value), unreadable: false } };
	}

	/** Reports an id given to two entries of a list, at the second. */
	duplicates<T extends { id: string }>(items: readonly Indexed<T>[], file: string): void {
		const first = new Map<string, number>();
		for (const { entry, index } of items) {
			const earlier = first.get(entry.id);
			if (earlier === undefined) {
				first.set(entry.id, index);
				continue;
			}
			const line = this.locators.get(file)?.([earlier, 'id'])?.line;
			const where = line === undefined ? `entry [${String(earlier)}]` : `line ${String(line)}`;
			this.problems.push({
				file,
				field: `[${String(index)}].id`,
				message: `"${entry.id}" is used twice (first at ${where}): every id must be unique`,
			});
		}
	}

	/** Gives each problem that has a field but no line the line and column of that field in its file. */
	locate(problems: Problem[]): Problem[] {
		return problems.map((p) => {
			if (p.line !== undefined || p.field === '') return p;
			const path = parseFieldPath(p.field);
			const at = path ? this.locators.get(p.file)?.(path) : undefined;
			return at ? { ...p, line: at.line, column: at.column } : p;
		});
	}
}

/** The URL slug of a content file: its name without the extension. */
export function slugOf(path: string): string {
	return (path.split('/').pop() ?? '').replace(/\.mdx?$/, '');
}

/** Each priority's front matter schema, built once: building a zod schema costs more than using it (issue 12's profile). */
const guidanceSchemas = new Map<PriorityId, ReturnType<typeof guidanceSchema>>();
function schemaOf(priority: PriorityId): ReturnType<typeof guidanceSchema> {
	let schema = guidanceSchemas.get(priority);
	if (!schema) {
		schema = guidanceSchema(priority);
		guidanceSchemas.set(priority, schema);
	}
	return schema;
}

/**
 * Checks every file and cross-reference; returns the parsed project, every
 * problem found (each with its line where known), and the ids that exist in
 * each data file even where their entry is invalid (see references.ts).
 */
export function checkProject(files: ProjectFiles): { project: CheckedProject; problems: Problem[]; ids: ExistingIds } {
	const reading = new Reading();
	const problems = reading.problems;

	const sourceList = reading.list(files.data.sources, 'data/sources.json', SourceSchema);
	const targetList = reading.list(files.data.targets, 'data/targets.json', TargetSchema);
	const priorityList = reading.list(files.data.priorities, 'data/priorities.json', PrioritySchema);
	const systemList = reading.list(files.data.systems, 'data/systems.json', SystemSchema);
	const glossaryList = reading.list(files.data.glossary, 'data/glossary.json', GlossaryEntrySchema, false);
	const sources = sourceList.entries.map((e) => e.entry);
	const targets = targetList.entries.map((e) => e.entry);
	const priorities = priorityList.entries.map((e) => e.entry);
	const systems = systemList.entries.map((e) => e.entry);
	const glossary = glossaryList.entries.map((e) => e.entry);
	problems.push(...checkSystemsSense(systemList.entries, 'data/systems.json'));

	const datasets: Dataset[] = [];
	const datasetFiles = new Map<Dataset, string>();
	const datasetIds = new Set<string>();
	for (const raw of files.datasets) {
		const name = checkDatasetPath(raw.path);
		if (name.problem) problems.push(name.problem);
		if (name.fatal) continue;
		const stem = (raw.path.split('/').pop() ?? '').replace(/\.json$/i, '');
		const json = reading.json(raw);
		if (!json) {
			datasetIds.add(stem);
			continue;
		}
		// References may use the id or the file name: while the two disagree, both count as existing.
		const rawId = (json.value as { id?: unknown } | null)?.id;
		datasetIds.add(stem);
		if (typeof rawId === 'string') datasetIds.add(rawId);
		const parsed = parseWithFriendlyErrors(DatasetSchema, json.value, raw.path);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		// A badly named file is reported once, with its new name: not again as an id mismatch.
		if (parsed.data.id !== stem && !name.problem) {
			problems.push({
				file: raw.path,
				field: 'id',
				message: `"${parsed.data.id}" must match the file name: write "${stem}", or rename the file to ${parsed.data.id}.json`,
			});
		}
		const other = datasets.find((d) => d.id === parsed.data.id);
		if (other) {
			problems.push({
				file: raw.path,
				field: 'id',
				message: `"${parsed.data.id}" is also the id of ${datasetFiles.get(other) ?? 'another dataset'}: every dataset needs its own id`,
			});
		}
		datasets.push(parsed.data);
		datasetFiles.set(parsed.data, raw.path);
	}

	const ids: ExistingIds = {
		sources: sourceList.known,
		targets: targetList.known,
		priorities: priorityList.known,
		systems: systemList.known,
		glossary: glossaryList.known,
		datasets: { ids: datasetIds, unreadable: false },
	};

	const pages: CheckedPage[] = [];
	const bodies: MdxBody[] = [];
	for (const raw of files.content) {
		const where = checkContentPath(raw.path);
		if (where.problem) problems.push(where.problem);
		if (where.fatal) continue;
		const file = reading.text(raw);
		const priority = file.path.split('/')[1] as PriorityId;
		const split = splitFrontMatter(file);
		if ('message' in split) {
			problems.push(split);
			continue;
		}
		bodies.push({ file: file.path, body: split.body, bodyLine: split.bodyLine });
		const parsed = parseWithFriendlyErrors(schemaOf(priority), split.data, file.path);
		reading.locators.set(file.path, split.locate);
		problems.push(...split.problems);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		pages.push({
			file: file.path,
			priority,
			slug: slugOf(file.path),
			data: parsed.data,
			body: split.body,
			bodyLine: split.bodyLine,
		});
	}

	// References between files: an id whose entry exists but is invalid is not reported
	// again here, and nothing is reported into a file that could not be read.
	const reference = (file: string, field: string, id: string, known: KnownIds, what: string, plural: string) => {
		const message = missingReference(id, known, what, plural);
		if (message) problems.push({ file, field, message });
	};
	const needSource = (file: string, field: string, id: string) =>
		reference(file, field, id, ids.sources, 'a source in data/sources.json', 'sources');
	const needTarget = (file: string, field: string, id: string) =>
		reference(file, field, id, ids.targets, 'a target in data/targets.json', 'targets');
	const needDataset = (file: string, field: string, id: string) =>
		reference(file, field, id, ids.datasets, 'a dataset in data/datasets/', 'datasets');

	problems.push(...checkMdxPages(bodies, { files, sources, targets, datasets, systems, pages, ids }));
	const pageIds = pageIdsOf(files.content.map((f) => f.path));
	for (const page of pages) {
		page.data.sources.forEach((s, i) => needSource(page.file, `sources[${i}]`, s.id));
		page.data.targets.forEach((t, i) => needTarget(page.file, `targets[${String(i)}]`, t));
		problems.push(...checkRelated(page, pageIds, pages));
	}
	const f = 'data/targets.json';
	targetList.entries.forEach(({ entry: t, index: i }) => {
		t.sources.forEach((s, j) => needSource(f, `[${i}].sources[${j}]`, s.id));
		if (t.wording) needSource(f, `[${i}].wording.source`, t.wording.source.id);
		t.outcome?.sources.forEach((s, j) => needSource(f, `[${i}].outcome.sources[${j}]`, s.id));
		if (t.dataset) needDataset(f, `[${i}].dataset`, t.dataset);
		for (const key of ['supersededBy', 'followedBy'] as const) {
			const other = t[key];
			if (other === undefined) continue;
			if (other === t.id) {
				problems.push({
					file: f,
					field: `[${i}].${key}`,
					message: `a target cannot point to itself: name the later target that ${key === 'supersededBy' ? 'replaced' : 'followed'} it`,
				});
			} else needTarget(f, `[${i}].${key}`, other);
		}
		if (datasetIds.has(t.id)) {
			problems.push({
				file: f,
				field: `[${i}].id`,
				message: `"${t.id}" is also a dataset id: targets and datasets share chart addresses (/charts/<id>.svg), so give the target another id`,
			});
		}
	});
	priorityList.entries.forEach(({ entry: p, index: i }) => {
		if (p.headlineTarget !== undefined) needTarget('data/priorities.json', `[${i}].headlineTarget`, p.headlineTarget);
	});
	if (!ids.priorities.unreadable) {
		for (const id of PRIORITY_IDS) {
			if (!ids.priorities.ids.has(id)) {
				problems.push({
					file: 'data/priorities.json',
					field: '',
					message: `has no entry for the priority "${id}": every priority needs a title, summary and headline target`,
				});
			}
		}
	}
	const datasetsById = new Map(datasets.map((d) => [d.id, d]));
	const systemsById = new Map(systems.map((s) => [s.id, s]));
	datasets.forEach((d) => {
		const f = datasetFiles.get(d) ?? `data/datasets/${d.id}.json`;
		problems.push(...checkDatasetSense(d, f, ids.systems));
		d.sources.forEach((s, j) => needSource(f, `sources[${j}]`, s.id));
		d.series?.forEach((s, j) => {
			if (s.population) needSource(f, `series[${j}].population.source`, s.population.source.id);
		});
		const seriesIds = new Set((d.series ?? []).map((s) => s.id));
		const count = d.rateOf ? datasetsById.get(d.rateOf) : undefined;
		if (d.rateOf) needDataset(f, 'rateOf', d.rateOf);
		d.observations.forEach((o, j) => {
			const at = `observations[${j}]`;
			if (o.source) needSource(f, `${at}.source`, o.source.id);
			if (d.series && (o.series === undefined || !seriesIds.has(o.series))) {
				problems.push({
					file: f,
					field: o.series === undefined ? at : `${at}.series`,
					message: `${o.series === undefined ? 'series is required' : `"${o.series}" is not a series of this dataset`}: this dataset is a broken series, so every figure names one of ${[...seriesIds].join(', ')}`,
				});
			}
			if (!d.series && o.series !== undefined) {
				problems.push({
					file: f,
					field: `${at}.series`,
					message: `"${o.series}" is not declared: list the dataset's series in "series", or remove the field`,
				});
			}
			// A rate per 100,000 must agree with its count and population (primary figures only:
			// trade press rarely says which population it used).
			const series = d.series?.find((s) => s.id === o.series);
			if (!count || !series || o.secondary || o.value === null) return;
			const countValue = count.observations.find((c) => c.period === o.period && c.area === o.area)?.value;
			const population =
				o.area === ENGLAND
					? series.population?.value
					: systemsById.get(o.area)?.populations.find((p) => p.basis === series.populationBasis)?.value;
			if (countValue === undefined || countValue === null || population === undefined) return;
			// A count that is itself out of range is reported where it is, not again here.
			const range = valueRange(count);
			if (countValue < range.min || (range.max !== undefined && countValue > range.max)) return;
			if (!rateMatches(o.value, countValue, population, d.decimals)) {
				problems.push({
					file: f,
					field: `${at}.value`,
					message: `${o.value} does not match ${countValue} (${count.id}) per ${population} people (${series.id}) × 100,000 = ${per100k(countValue, population).toFixed(d.decimals + 2)}; check the figure, the count or the population`,
				});
			}
		});
	});
	systemList.entries.forEach(({ entry: s, index: i }) =>
		s.populations.forEach((p, j) => needSource('data/systems.json', `[${i}].populations[${j}].source`, p.source.id)),
	);

	if (files.boundaries !== undefined) {
		problems.push(
			...checkBoundaries(
				files.boundaries && { path: files.boundaries.path, json: reading.json(files.boundaries) },
				systemList.entries,
				!systemList.known.unreadable,
				onsCodesIn(files.data.systems?.text),
			),
		);
	}

	problems.push(
		...checkGlossary(glossary, ids.sources, { ids: ids.glossary, indexes: glossaryList.entries.map((e) => e.index) }),
	);

	// Editions and commitments (optional until pages use them): their own rule module.
	const editionList = reading.list(files.data.editions, 'data/editions.json', EditionSchema, false);
	const commitmentList = reading.list(files.data.commitments, 'data/commitments.json', CommitmentSchema, false);
	problems.push(
		...checkEditions({
			editions: { ...editionList, locate: reading.locators.get('data/editions.json') },
			commitments: { ...commitmentList, locate: reading.locators.get('data/commitments.json') },
			sources: { byId: new Map(sources.map((s) => [s.id, s])), known: ids.sources },
			targets: { ...targetList, locate: reading.locators.get('data/targets.json') },
			datasets: ids.datasets,
			pages: pageIds,
		}),
	);

	return {
		project: { pages, sources, targets, priorities, systems, datasets, glossary },
		problems: reading.locate(problems),
		ids,
	};
}

/**
 * The glossary's references (related entries, sources) exist, and no name
 * (term, abbreviation or synonym) belongs to two entries: search would not
 * know which the reader meant (ids used twice are reported when the file is
 * read). `options.ids` are the ids of every entry of
 * the file, valid or not (default: those given); `options.indexes` the
 * place of each given entry in the file's list (default: 0, 1, 2, …).
 */
export function checkGlossary(
	glossary: readonly GlossaryEntry[],
	sources: ReadonlySet<string> | KnownIds,
	options: { ids?: KnownIds; indexes?: readonly number[] } = {},
): Problem[] {
	const file = 'data/glossary.json';
	const problems: Problem[] = [];
	const known = options.ids ?? { ids: new Set(glossary.map((g) => g.id)), unreadable: false };
	const sourceIds: KnownIds = sources instanceof Set ? { ids: sources, unreadable: false } : (sources as KnownIds);
	const indexOf = (i: number) => options.indexes?.[i] ?? i;
	glossary.forEach((g, n) => {
		const i = indexOf(n);
		g.related.forEach((r, j) => {
			const message =
				r === g.id
					? `"${r}" is this entry itself: list other entries in "related"`
					: missingReference(r, known, 'another entry of data/glossary.json', 'entries');
			if (message) problems.push({ file, field: `[${i}].related[${j}]`, message });
		});
		g.sources.forEach((s, j) => {
			const message = missingReference(s.id, sourceIds, 'a source in data/sources.json', 'sources');
			if (message) problems.push({ file, field: `[${i}].sources[${j}]`, message });
		});
	});
	for (const { name, ids: owners } of sharedNames(glossary)) {
		const at = glossary.findIndex((g) => g.id === owners[1]);
		problems.push({
			file,
			field: `[${indexOf(at)}]`,
			message: `the name "${name}" is used by ${owners.map((o) => `"${o}"`).join(' and ')}: a name may belong to one entry only (put the other in "related")`,
		});
	}
	return problems;
}

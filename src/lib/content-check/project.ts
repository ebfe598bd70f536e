/**
 * Checks the whole editors' room (content/ and data/) and returns every
 * problem at once: JSON and YAML syntax, schema fields, references between
 * files, and MDX components. Pure: it is given file texts, it reads nothing.
 *
 * The build runs it before anything is written (src/integrations/content-check.ts),
 * and `npm run check:content` runs it on its own.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { DatasetSchema, type Dataset } from '../../schemas/dataset.ts';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { guidanceSchema, type GuidancePage } from '../../schemas/guidance.ts';
import { PRIORITY_IDS, PrioritySchema, type Priority, type PriorityId } from '../../schemas/priority.ts';
import { SourceSchema, type Source } from '../../schemas/source.ts';
import { SystemSchema, type System } from '../../schemas/system.ts';
import { TargetSchema, type Target } from '../../schemas/target.ts';
import { ENGLAND } from '../datasets.ts';
import { checkMdxPages, type MdxBody } from '../mdx/project.ts';
import { sharedNames } from '../synonyms.ts';
import { parseWithFriendlyErrors, type Problem } from './problems.ts';
import { rateMatches } from '../rates.ts';

/** A file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
	path: string;
	text: string;
}

export interface ProjectFiles {
	/** Every .md/.mdx file under content/, at any depth. */
	content: SourceFile[];
	/**
	 * data/sources.json, data/targets.json, data/priorities.json, data/systems.json (missing ones are reported),
	 * and data/glossary.json (optional: checked when present).
	 */
	data: Partial<Record<'sources' | 'targets' | 'priorities' | 'systems' | 'glossary', SourceFile | undefined>>;
	/** Every file in data/datasets/. */
	datasets: SourceFile[];
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

const FRONT_MATTER_RE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into front matter (parsed YAML) and body. */
export function splitFrontMatter(file: SourceFile): { data: unknown; body: string; bodyLine: number } | Problem {
	const m = FRONT_MATTER_RE.exec(file.text);
	if (!m) {
		return {
			file: file.path,
			field: '',
			message: 'has no front matter: start the file with a block between two "---" lines (see CONTRIBUTING.md)',
		};
	}
	try {
		const data: unknown = parseYaml(m[1] ?? '');
		const bodyLine = (m[0].match(/\n/g) ?? []).length + 1;
		return { data: data ?? {}, body: file.text.slice(m[0].length), bodyLine };
	} catch (error) {
		const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
		return { file: file.path, field: '', message: `front matter is not valid YAML: ${detail}` };
	}
}

function parseJson(file: SourceFile): { ok: true; value: unknown } | { ok: false; problem: Problem } {
	try {
		return { ok: true, value: JSON.parse(file.text) as unknown };
	} catch (error) {
		return {
			ok: false,
			problem: { file: file.path, field: '', message: `is not valid JSON: ${(error as Error).message}` },
		};
	}
}

/** Parses a JSON file holding a list of entries, each checked with `schema`. */
function parseList<S extends z.ZodType>(
	file: SourceFile | undefined,
	expected: string,
	schema: S,
	problems: Problem[],
): z.output<S>[] {
	if (!file) {
		problems.push({ file: expected, field: '', message: 'is missing: the site needs this file (see CONTRIBUTING.md)' });
		return [];
	}
	const json = parseJson(file);
	if (!json.ok) {
		problems.push(json.problem);
		return [];
	}
	if (!Array.isArray(json.value)) {
		problems.push({ file: file.path, field: '', message: 'must be a JSON list: [ { ... }, { ... } ]' });
		return [];
	}
	const out: z.output<S>[] = [];
	json.value.forEach((entry: unknown, i) => {
		const parsed = parseWithFriendlyErrors(schema, entry, file.path, [i]);
		if (parsed.ok) out.push(parsed.data);
		else problems.push(...parsed.problems);
	});
	return out;
}

function duplicates<T extends { id: string }>(items: readonly T[], file: string, problems: Problem[]): void {
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.id)) {
			problems.push({ file, field: 'id', message: `"${item.id}" is used twice: every id must be unique` });
		}
		seen.add(item.id);
	}
}

/** The URL slug of a content file: its name without the extension. */
export function slugOf(path: string): string {
	return (path.split('/').pop() ?? '').replace(/\.mdx?$/, '');
}

/** Checks every file and cross-reference; returns the parsed project and every problem found. */
export function checkProject(files: ProjectFiles): { project: CheckedProject; problems: Problem[] } {
	const problems: Problem[] = [];

	const sources = parseList(files.data.sources, 'data/sources.json', SourceSchema, problems);
	const targets = parseList(files.data.targets, 'data/targets.json', TargetSchema, problems);
	const priorities = parseList(files.data.priorities, 'data/priorities.json', PrioritySchema, problems);
	const systems = parseList(files.data.systems, 'data/systems.json', SystemSchema, problems);
	duplicates(sources, 'data/sources.json', problems);
	duplicates(targets, 'data/targets.json', problems);
	duplicates(priorities, 'data/priorities.json', problems);
	duplicates(systems, 'data/systems.json', problems);

	const datasets: Dataset[] = [];
	for (const file of files.datasets) {
		if (!file.path.endsWith('.json')) {
			problems.push({ file: file.path, field: '', message: 'only .json files belong in data/datasets/' });
			continue;
		}
		const json = parseJson(file);
		if (!json.ok) {
			problems.push(json.problem);
			continue;
		}
		const parsed = parseWithFriendlyErrors(DatasetSchema, json.value, file.path);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		const expectedId = slugOf(file.path).replace(/\.json$/, '');
		if (parsed.data.id !== expectedId) {
			problems.push({ file: file.path, field: 'id', message: `"${parsed.data.id}" must match the file name: "${expectedId}"` });
		}
		datasets.push(parsed.data);
	}
	duplicates(datasets, 'data/datasets/', problems);

	const pages: CheckedPage[] = [];
	const bodies: MdxBody[] = [];
	for (const file of files.content) {
		const parts = file.path.split('/');
		const folder = parts[1] ?? '';
		if (parts.length !== 3 || !(PRIORITY_IDS as readonly string[]).includes(folder)) {
			problems.push({
				file: file.path,
				field: '',
				message: `is not in a priority folder: guidance pages go in content/<priority>/, where <priority> is one of ${PRIORITY_IDS.join(', ')}`,
			});
			continue;
		}
		if (!file.path.endsWith('.mdx')) {
			problems.push({ file: file.path, field: '', message: 'guidance pages must be .mdx files' });
			continue;
		}
		const priority = folder as PriorityId;
		const split = splitFrontMatter(file);
		if ('message' in split) {
			problems.push(split);
			continue;
		}
		bodies.push({ file: file.path, body: split.body, bodyLine: split.bodyLine });
		const parsed = parseWithFriendlyErrors(guidanceSchema(priority), split.data, file.path);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		pages.push({ file: file.path, priority, slug: slugOf(file.path), data: parsed.data, body: split.body, bodyLine: split.bodyLine });
	}

	// References between files.
	const sourceIds = new Set(sources.map((s) => s.id));
	const targetIds = new Set(targets.map((t) => t.id));
	const datasetIds = new Set(datasets.map((d) => d.id));
	const list = (ids: Set<string>) => [...ids].sort().join(', ');
	const needSource = (file: string, field: string, id: string) => {
		if (!sourceIds.has(id)) {
			problems.push({ file, field, message: `"${id}" is not a source in data/sources.json; known sources: ${list(sourceIds)}` });
		}
	};

	problems.push(...checkMdxPages(bodies, { files, sources, targets, datasets, pages }));
	for (const page of pages) {
		page.data.sources.forEach((s, i) => needSource(page.file, `sources[${i}]`, s.id));
		page.data.targets.forEach((t, i) => {
			if (!targetIds.has(t)) {
				problems.push({ file: page.file, field: `targets[${i}]`, message: `"${t}" is not a target in data/targets.json; known targets: ${list(targetIds)}` });
			}
		});
	}
	targets.forEach((t, i) => {
		const f = 'data/targets.json';
		t.sources.forEach((s, j) => needSource(f, `[${i}].sources[${j}]`, s.id));
		if (t.wording) needSource(f, `[${i}].wording.source`, t.wording.source.id);
		t.outcome?.sources.forEach((s, j) => needSource(f, `[${i}].outcome.sources[${j}]`, s.id));
		if (t.dataset && !datasetIds.has(t.dataset)) {
			problems.push({ file: f, field: `[${i}].dataset`, message: `"${t.dataset}" is not a dataset in data/datasets/; known datasets: ${list(datasetIds)}` });
		}
		for (const key of ['supersededBy', 'followedBy'] as const) {
			const other = t[key];
			if (other === undefined) continue;
			if (!targetIds.has(other)) {
				problems.push({ file: f, field: `[${i}].${key}`, message: `"${other}" is not a target in data/targets.json; known targets: ${list(targetIds)}` });
			} else if (other === t.id) {
				problems.push({ file: f, field: `[${i}].${key}`, message: `a target cannot point to itself: name the later target that ${key === 'supersededBy' ? 'replaced' : 'followed'} it` });
			}
		}
		if (datasetIds.has(t.id)) {
			problems.push({ file: f, field: `[${i}].id`, message: `"${t.id}" is also a dataset id: targets and datasets share chart addresses (/charts/<id>.svg), so give the target another id` });
		}
	});
	priorities.forEach((p, i) => {
		if (p.headlineTarget !== undefined && !targetIds.has(p.headlineTarget)) {
			problems.push({ file: 'data/priorities.json', field: `[${i}].headlineTarget`, message: `"${p.headlineTarget}" is not a target in data/targets.json; known targets: ${list(targetIds)}` });
		}
	});
	if (files.data.priorities) {
		for (const id of PRIORITY_IDS) {
			if (!priorities.some((p) => p.id === id)) {
				problems.push({ file: 'data/priorities.json', field: '', message: `has no entry for the priority "${id}": every priority needs a title, summary and headline target` });
			}
		}
	}
	const datasetsById = new Map(datasets.map((d) => [d.id, d]));
	const systemsById = new Map(systems.map((s) => [s.id, s]));
	datasets.forEach((d) => {
		const f = `data/datasets/${d.id}.json`;
		d.sources.forEach((s, j) => needSource(f, `sources[${j}]`, s.id));
		d.series?.forEach((s, j) => {
			if (s.population) needSource(f, `series[${j}].population.source`, s.population.source.id);
		});
		const seriesIds = new Set((d.series ?? []).map((s) => s.id));
		const seen = new Set<string>();
		const count = d.rateOf ? datasetsById.get(d.rateOf) : undefined;
		if (d.rateOf && !count) {
			problems.push({ file: f, field: 'rateOf', message: `"${d.rateOf}" is not a dataset in data/datasets/; known datasets: ${list(datasetIds)}` });
		}
		d.observations.forEach((o, j) => {
			const at = `observations[${j}]`;
			if (o.source) needSource(f, `${at}.source`, o.source.id);
			const key = `${o.period} ${o.area}`;
			if (seen.has(key)) problems.push({ file: f, field: at, message: `a second figure for ${o.area} in ${o.period}: each area has one figure per period` });
			seen.add(key);
			if (d.series && (o.series === undefined || !seriesIds.has(o.series))) {
				problems.push({ file: f, field: `${at}.series`, message: `${o.series === undefined ? 'is required' : `"${o.series}" is not a series of this dataset`}: this dataset is a broken series, so every figure names one of ${[...seriesIds].join(', ')}` });
			}
			if (!d.series && o.series !== undefined) {
				problems.push({ file: f, field: `${at}.series`, message: `"${o.series}" is not declared: list the dataset's series in "series", or remove the field` });
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
			if (!rateMatches(o.value, countValue, population, d.decimals)) {
				problems.push({
					file: f,
					field: `${at}.value`,
					message: `${o.value} does not match ${countValue} (${count.id}) per ${population} people (${series.id}) × 100,000 = ${((countValue / population) * 100000).toFixed(d.decimals + 2)}; check the figure, the count or the population`,
				});
			}
		});
	});
	systems.forEach((s, i) => s.populations.forEach((p, j) => needSource('data/systems.json', `[${i}].populations[${j}].source`, p.source.id)));

	const glossary = files.data.glossary ? parseList(files.data.glossary, 'data/glossary.json', GlossaryEntrySchema, problems) : [];
	problems.push(...checkGlossary(glossary, sourceIds));

	return { project: { pages, sources, targets, priorities, systems, datasets, glossary }, problems };
}

/**
 * The glossary's references (related entries, sources) exist, and no name
 * (term, abbreviation or synonym) belongs to two entries: search would not
 * know which the reader meant.
 */
export function checkGlossary(glossary: readonly GlossaryEntry[], sourceIds: ReadonlySet<string>): Problem[] {
	const file = 'data/glossary.json';
	const problems: Problem[] = [];
	duplicates(glossary, file, problems);
	const ids = new Set(glossary.map((g) => g.id));
	glossary.forEach((g, i) => {
		g.related.forEach((r, j) => {
			if (!ids.has(r) || r === g.id) {
				problems.push({ file, field: `[${i}].related[${j}]`, message: `"${r}" is not another entry of data/glossary.json; known entries: ${[...ids].sort().join(', ')}` });
			}
		});
		g.sources.forEach((s, j) => {
			if (!sourceIds.has(s.id)) problems.push({ file, field: `[${i}].sources[${j}]`, message: `"${s.id}" is not a source in data/sources.json` });
		});
	});
	for (const { name, ids: owners } of sharedNames(glossary)) {
		const at = glossary.findIndex((g) => g.id === owners[1]);
		problems.push({
			file,
			field: `[${at}]`,
			message: `the name "${name}" is used by ${owners.map((o) => `"${o}"`).join(' and ')}: a name may belong to one entry only (put the other in "related")`,
		});
	}
	return problems;
}

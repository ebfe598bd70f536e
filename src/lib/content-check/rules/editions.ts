/**
 * The editions' and commitments' rules (data/editions.json,
 * data/commitments.json): editions in date order, with their versions in
 * order; every trace entry names an edition that exists, published no
 * earlier than the commitment's own, once; "replaced" names a replacement that
 * exists; quotes are short and cited; evidence graded as the edition's own
 * text rests on an official source read where we say it was; every original
 * commitment has an entry for every later edition; and every target, dataset,
 * page and source named exists. Each problem has its file, line, field and
 * what to write instead.
 *
 * Self-contained: it is given the entries that passed their schemas, the ids
 * of each file and a locator per file, and returns problems; the orchestrator
 * (../project.ts) calls it once.
 */
import { QUOTE_MAX_WORDS, type Commitment, type TraceEntry } from '../../../schemas/commitment.ts';
import type { Edition } from '../../../schemas/edition.ts';
import type { Source } from '../../../schemas/source.ts';
import type { Locator } from '../positions.ts';
import { parseFieldPath } from '../positions.ts';
import { missingReference, type KnownIds } from '../../problems/known-ids.ts';
import type { Problem } from '../../problems/problems.ts';
import { pageIdsOf } from '../references.ts';
import type { RuleContext } from './context.ts';

/** The file each collection is read from. */
export const EDITIONS_FILE = 'data/editions.json';
export const COMMITMENTS_FILE = 'data/commitments.json';
const TARGETS_FILE = 'data/targets.json';

/** A valid entry and its place in its file's list. */
export interface IndexedEntry<T> {
	entry: T;
	index: number;
}

/** A collection as the reader gives it: its valid entries, the ids of all its entries, and where its fields are. */
export interface CollectionInput<T> {
	entries: readonly IndexedEntry<T>[];
	known: KnownIds;
	/** Where a field is in the file (from its jsonc-parser reading); problems get no line without it. */
	locate?: Locator | undefined;
}

/** What the rules are given. */
export interface EditionsInput {
	editions: CollectionInput<Edition>;
	commitments: CollectionInput<Commitment>;
	/** The valid sources, by id, and the ids of every source (valid or not). */
	sources: { byId: ReadonlyMap<string, Source>; known: KnownIds };
	/** The targets' ids (valid or not), and the valid targets with their places, so an uncovered one is reported where it is. */
	targets: CollectionInput<{ id: string }>;
	datasets: KnownIds;
	/** The guidance pages that exist, as <priority>/<file name>. */
	pages: KnownIds;
}

/** The number of words of a quote (a run of non-spaces; "…" alone is not a word). */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => w !== '' && w !== '…' && w !== '...').length;
}

/** Collects problems, giving each the line and column of its field. */
class Report {
	readonly problems: Problem[] = [];
	readonly file: string;
	readonly locate: Locator | undefined;
	constructor(file: string, locate: Locator | undefined) {
		this.file = file;
		this.locate = locate;
	}

	add(field: string, message: string): void {
		const path = parseFieldPath(field);
		const at = path ? this.locate?.(path) : undefined;
		this.problems.push({ file: this.file, field, message, ...(at ? { line: at.line, column: at.column } : {}) });
	}

	/** "line 12", or "entry [3]" when the line is not known. */
	where(field: string, fallback: string): string {
		const path = parseFieldPath(field);
		const line = path ? this.locate?.(path)?.line : undefined;
		return line === undefined ? fallback : `line ${String(line)}`;
	}

	/** Reports `id` when it is not among `known`. */
	need(field: string, id: string, known: KnownIds, what: string, plural: string): void {
		const message = missingReference(id, known, what, plural);
		if (message) this.add(field, message);
	}
}

function dated(edition: Edition): string {
	return `${edition.id} (published ${edition.published})`;
}

/** Versions in date order, the first on the publication date; editions later in the file and in the years they cover published later. */
function checkEditionOrder(input: EditionsInput, report: Report, sources: KnownIds): void {
	let previous: IndexedEntry<Edition> | undefined;
	for (const current of input.editions.entries) {
		const { entry: e, index: i } = current;
		e.sources.forEach((s, j) =>
			report.need(`[${i}].sources[${j}]`, s.id, sources, 'a source in data/sources.json', 'sources'),
		);
		e.milestones.forEach((m, j) => {
			m.sources.forEach((s, k) => report.need(`[${i}].milestones[${j}].sources[${k}]`, s.id, sources, ...SOURCE_WORDS));
			const before = e.milestones[j - 1];
			if (before && m.date < before.date)
				report.add(
					`[${i}].milestones[${j}].date`,
					`"${m.date}" is before the milestone above it (${before.date}): list milestones in date order`,
				);
		});
		e.versions.forEach((v, j) => {
			if (v.source)
				report.need(`[${i}].versions[${j}].source`, v.source.id, sources, 'a source in data/sources.json', 'sources');
			const before = e.versions[j - 1];
			if (j === 0 && v.date !== e.published)
				report.add(
					`[${i}].versions[0].date`,
					`"${v.date}" is not the edition's publication date (${e.published}): the first version is the publication, so write "${e.published}", or correct "published"`,
				);
			else if (before && v.date <= before.date)
				report.add(
					`[${i}].versions[${j}].date`,
					`"${v.date}" is not after the version before it (${before.label}, ${before.date}): list versions in date order, each later than the one before`,
				);
		});
		if (previous) {
			const p = previous.entry;
			if (e.id <= p.id)
				report.add(
					`[${i}].id`,
					`"${e.id}" comes after "${p.id}" in the list: list editions in the order of the years they cover, earliest first (move this entry before ${report.where(`[${previous.index}].id`, `entry [${previous.index}]`)})`,
				);
			else if (e.published <= p.published)
				report.add(
					`[${i}].published`,
					`"${e.published}" is not after the edition before it, ${dated(p)}: an edition for later years is published later, so check this date (YYYY-MM-DD)`,
				);
		}
		previous = current;
	}
}

const SOURCE_WORDS = ['a source in data/sources.json', 'sources'] as const;

/** The sources an entry rests on: its quotes' and its evidence's, with their fields. */
function sourcesOf(entry: TraceEntry, at: string): { field: string; id: string }[] {
	return [
		...entry.quotes.map((q, k) => ({ field: `${at}.quotes[${k}].source`, id: q.source.id })),
		...(entry.evidence.source ? [{ field: `${at}.evidence.source`, id: entry.evidence.source.id }] : []),
	];
}

/** An own-text grade (P or P*) rests on official sources, read where the grade says. */
function checkOwnText(entry: TraceEntry, at: string, input: EditionsInput, report: Report): void {
	const grade = entry.evidence.grade;
	if (grade !== 'own-text' && grade !== 'own-text-in-copy') return;
	for (const { field, id } of sourcesOf(entry, at)) {
		const source = input.sources.byId.get(id);
		if (!source) continue;
		if (source.kind === 'secondary') {
			report.add(
				field,
				`"${id}" is news or briefing coverage (kind "secondary" in data/sources.json), not the edition's own text: grade this entry "coverage", or quote the edition itself`,
			);
		} else if (grade === 'own-text' && source.readIn) {
			report.add(
				field,
				`"${id}" was read in a copy (its "readIn" in data/sources.json): grade this entry "own-text-in-copy", so the page says the text was read in a copy`,
			);
		} else if (grade === 'own-text-in-copy' && !source.readIn) {
			report.add(
				field,
				`"${id}" has no "readIn" in data/sources.json, so it was not read in a copy: grade this entry "own-text", or add the copy it was read in to the source`,
			);
		}
	}
}

/** What each evidence grade needs: what was searched, which companion, a source; and a status that agrees with it. */
function checkEvidence(entry: TraceEntry, at: string, report: Report): void {
	const { grade } = entry.evidence;
	const nothing = grade === 'absent' || grade === 'not-found';
	if (nothing && entry.evidence.searched === undefined)
		report.add(
			`${at}.evidence`,
			`"${grade}" needs what was searched: add "searched": "<what we read or searched, and for what>"`,
		);
	if (nothing && entry.quotes.length > 0)
		report.add(
			`${at}.quotes`,
			`an entry graded "${grade}" has no words to quote: remove the quotes, or grade the entry by the source they come from`,
		);
	if (grade === 'companion' && entry.evidence.companion === undefined)
		report.add(
			`${at}.evidence`,
			'"companion" needs to say which document: add "companion": "<the document, for example the urgent and emergency care recovery plan of 30 January 2023>"',
		);
	if (!nothing && entry.quotes.length === 0 && entry.evidence.source === undefined)
		report.add(
			`${at}.evidence`,
			`has no source: add a quote with its "source", or "source": "<an id in data/sources.json>" to the evidence`,
		);
	if ((entry.status === 'not-found') !== (grade === 'not-found'))
		report.add(
			`${at}.status`,
			entry.status === 'not-found'
				? `"not-found" is the status of an entry whose text we could not read: grade its evidence "not-found" too, or give the status the evidence shows`
				: `an entry graded "not-found" has status "not-found": write "status": "not-found"`,
		);
}

/** "replaced" names a replacement that exists and is another commitment; a replacement only where the status is "replaced". */
function checkReplacement(c: Commitment, entry: TraceEntry, at: string, input: EditionsInput, report: Report): void {
	const known = input.commitments.known;
	// Name the replacements first: they are what a "replaced" entry usually points to.
	const replacements = input.commitments.entries.filter((e) => e.entry.kind === 'replacement').map((e) => e.entry.id);
	const ids = (replacements.length > 0 ? replacements : [...known.ids]).filter((id) => id !== c.id).sort();
	if (entry.status === 'replaced' && entry.replacement === undefined) {
		report.add(
			`${at}.status`,
			`"replaced" needs the commitment that took its place: add "replacement": "<its id in data/commitments.json>"${ids.length > 0 ? ` (known: ${ids.join(', ')})` : ''}, or write "dropped" when nothing replaced it`,
		);
		return;
	}
	if (entry.replacement === undefined) return;
	if (entry.status !== 'replaced') {
		report.add(
			`${at}.replacement`,
			`a replacement is given but the status is ${entry.status === undefined ? 'not given' : `"${entry.status}"`}: write "status": "replaced", or remove "replacement"`,
		);
		return;
	}
	if (entry.replacement === c.id) {
		report.add(`${at}.replacement`, 'a commitment cannot replace itself: name the commitment that took its place');
		return;
	}
	report.need(`${at}.replacement`, entry.replacement, known, 'a commitment in data/commitments.json', 'commitments');
}

/** Each quote is at most {@link QUOTE_MAX_WORDS} words. */
function checkQuotes(entry: TraceEntry, at: string, report: Report): void {
	entry.quotes.forEach((q, k) => {
		const words = wordCount(q.text);
		if (words > QUOTE_MAX_WORDS)
			report.add(
				`${at}.quotes[${k}].text`,
				`has ${words} words: a quote has at most ${QUOTE_MAX_WORDS}; keep the words that matter and mark a cut with "…", or split it into two quotes`,
			);
	});
}

/** One entry per edition, each an edition that exists and was published no earlier than the commitment's own. */
function checkTraceEditions(c: Commitment, i: number, input: EditionsInput, report: Report): void {
	const editions = new Map(input.editions.entries.map(({ entry }) => [entry.id, entry]));
	const own = editions.get(c.edition);
	const first = new Map<string, number>();
	c.trace.forEach((entry, j) => {
		const field = `[${i}].trace[${j}].edition`;
		const earlier = first.get(entry.edition);
		if (earlier !== undefined) {
			report.add(
				field,
				`"${entry.edition}" already has an entry for this commitment (${report.where(`[${i}].trace[${earlier}].edition`, `trace[${earlier}]`)}): keep one entry per edition, with everything that edition said in it`,
			);
			return;
		}
		first.set(entry.edition, j);
		const edition = editions.get(entry.edition);
		if (!edition) {
			report.need(field, entry.edition, input.editions.known, 'an edition in data/editions.json', 'editions');
			return;
		}
		if (own && edition.published < own.published)
			report.add(
				field,
				`"${entry.edition}" was published (${edition.published}) before this commitment's own edition, ${dated(own)}: remove the entry, or set the commitment's "edition" to the one that first set it`,
			);
	});
	// An entry naming an unknown edition, or a second entry for one, is probably the missing one: fix those first.
	const misnamed = c.trace.some((e) => !editions.has(e.edition)) || first.size < c.trace.length;
	if (c.kind !== 'original' || !own || misnamed) return;
	for (const { entry: edition } of input.editions.entries) {
		if (edition.published < own.published || first.has(edition.id)) continue;
		report.add(
			`[${i}].trace`,
			`has no entry for ${edition.id}: every edition from the commitment's own on needs one; when its text was not available, add { "edition": "${edition.id}", "status": "not-found", … } with what was searched`,
		);
	}
}

/** Every commitment's own edition, targets, dataset, pages, sources and "see" exist; then its trace. */
function checkCommitments(input: EditionsInput, report: Report): void {
	const sources = input.sources.known;
	input.commitments.entries.forEach(({ entry: c, index: i }) => {
		report.need(`[${i}].edition`, c.edition, input.editions.known, 'an edition in data/editions.json', 'editions');
		c.targets.forEach((t, k) =>
			report.need(`[${i}].targets[${k}]`, t, input.targets.known, 'a target in data/targets.json', 'targets'),
		);
		if (c.dataset) report.need(`[${i}].dataset`, c.dataset, input.datasets, 'a dataset in data/datasets/', 'datasets');
		c.pages.forEach((p, k) =>
			report.need(`[${i}].pages[${k}]`, p, input.pages, 'a guidance page (write <priority>/<file name>)', 'pages'),
		);
		checkTraceEditions(c, i, input, report);
		c.trace.forEach((entry, j) => {
			const at = `[${i}].trace[${j}]`;
			for (const { field, id } of sourcesOf(entry, at)) report.need(field, id, sources, ...SOURCE_WORDS);
			entry.see.forEach((s, k) =>
				report.need(
					`${at}.see[${k}]`,
					s,
					input.commitments.known,
					'a commitment in data/commitments.json',
					'commitments',
				),
			);
			checkQuotes(entry, at, report);
			checkEvidence(entry, at, report);
			checkOwnText(entry, at, input, report);
			checkReplacement(c, entry, at, input, report);
		});
	});
}

/**
 * Every valid target of data/targets.json belongs to a commitment, so no
 * 2022/23 target is left out of the trace (reported at the target).
 */
function checkTargetsCovered(input: EditionsInput, report: Report): void {
	if (input.commitments.known.unreadable || input.commitments.entries.length === 0) return;
	const covered = new Set(input.commitments.entries.flatMap(({ entry }) => entry.targets));
	for (const { entry, index } of input.targets.entries) {
		if (covered.has(entry.id)) continue;
		report.add(
			`[${index}].id`,
			`"${entry.id}" is not covered by any commitment in ${COMMITMENTS_FILE}: add it to the "targets" of the commitment it belongs to, so its page can show what later guidance did with it`,
		);
	}
}

/** Checks data/editions.json and data/commitments.json against each other and the other files; returns every problem. */
export function checkEditions(input: EditionsInput): Problem[] {
	const editions = new Report(EDITIONS_FILE, input.editions.locate);
	const commitments = new Report(COMMITMENTS_FILE, input.commitments.locate);
	const targets = new Report(TARGETS_FILE, input.targets.locate);
	checkEditionOrder(input, editions, input.sources.known);
	checkCommitments(input, commitments);
	checkTargetsCovered(input, targets);
	return [...editions.problems, ...commitments.problems, ...targets.problems];
}

/** The editions rule of the check (src/lib/content-check/project.ts): the editions and commitments against each other, the sources, targets, datasets and pages. */
export function checkEditionsRule(context: RuleContext): void {
	const { read, reading, project, ids, files, problems } = context;
	problems.push(
		...checkEditions({
			editions: { ...read.editions, locate: reading.locators.get('data/editions.json') },
			commitments: { ...read.commitments, locate: reading.locators.get('data/commitments.json') },
			sources: { byId: new Map(project.sources.map((s) => [s.id, s])), known: ids.sources },
			targets: { ...read.targets, locate: reading.locators.get('data/targets.json') },
			datasets: ids.datasets,
			pages: pageIdsOf(files.content.map((f) => f.path)),
		}),
	);
	for (const { entry, index } of read.commitments.entries) {
		const message = missingReference(
			entry.priority,
			ids.priorities,
			'a priority in data/priorities.json',
			'priorities',
		);
		if (message) problems.push({ file: 'data/commitments.json', field: `[${String(index)}].priority`, message });
	}
}

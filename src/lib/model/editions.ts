/**
 * What later editions of the planning guidance did with each commitment
 * (data/editions.json, data/commitments.json): traces in date order, what
 * applies now (following replacements to the end of their chain), the words a
 * page prints for each status and evidence grade, the current-state sentence
 * of a commitment, and a "what applies now" line per priority. Pure: it is
 * given the entries, it reads nothing. Every sentence is written here, from
 * the data, so no page types a fact about what replaced what.
 */
import type {
	Commitment,
	Deadline,
	EvidenceGrade,
	TraceEntry,
	TraceQuote,
	TraceStatus,
} from '../../schemas/commitment.ts';
import type { Edition, Reading } from '../../schemas/edition.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import type { CopyOf, Source } from '../../schemas/source.ts';
import { formatDate } from '../format/dates.ts';
import { capitalise, uncapitalise } from '../format/text.ts';
import type { Status } from './status.ts';

/** The entries the trace model works on. */
export interface TraceData {
	editions: readonly Edition[];
	commitments: readonly Commitment[];
	/** Sources by id: used to tell an edition's own text from a page that attributes it (optional). */
	sources?: ReadonlyMap<string, Source>;
}

/** A trace entry with the edition it is about. */
export interface TraceStep {
	entry: TraceEntry;
	edition: Edition;
}

/** Where a commitment stands now: in force, dropped, mentioned with no status, or nothing found. */
export type NowState = 'in-force' | 'dropped' | 'unstated' | 'unknown';

/** What applies now for a commitment, after following its replacements. */
export interface WhatAppliesNow {
	/** The commitment asked about. */
	commitment: Commitment;
	/** Each replacement followed, with the step that replaced it, in order: empty when it was not replaced. */
	chain: Replacement[];
	/** The end of the chain: the commitment itself when it was not replaced. */
	current: Commitment;
	/** The latest entry of `current` with evidence (not `not-found`); undefined when there is none. */
	step: TraceStep | undefined;
	/** Where `current` stands, from `step`. */
	state: NowState;
	/** The newest edition when its entry for `current` is `not-found` and `step` is older (so a page can say so). */
	newestNotFound: Edition | undefined;
	/** Replacements named by earlier entries that are not on the chain (the 2025/26 NHS App measures beside the 2026/27 change). */
	earlierReplacements: Replacement[];
	/** The targets of the commitment asked about: a dropped or moved deadline never hides a missed one, so pages show their computed status. */
	targets: readonly string[];
	/** The targets of `current` (empty when nothing measures it yet: its status is then "no data"). */
	currentTargets: readonly string[];
}

/** The words a page prints for each status. */
export const STATUS_WORDS: Record<TraceStatus, string> = {
	new: 'New',
	carried: 'Carried',
	changed: 'Changed',
	dropped: 'Dropped',
	replaced: 'Replaced',
	'not-found': 'Not found',
};

/** What a page prints where our sources give no status word (a companion document only, an indirect mention). */
export const NO_STATUS = 'No status given';

/** The short code of each evidence grade, as the research notes write it. */
export const EVIDENCE_CODES: Record<EvidenceGrade, string> = {
	'own-text': 'P',
	'own-text-in-copy': 'P*',
	coverage: 'S',
	companion: 'C',
	absent: 'Absent',
	'not-found': 'Not found',
};

/** How fully an edition could be read, as its page says at the top. */
export const READING_LABELS: Record<Reading, string> = {
	'whole-text': 'We read its whole text on the publisher’s site.',
	'whole-text-in-copy': 'We read its whole text, in a copy held outside NHS England’s site.',
	'opening-and-version-history': 'We could read only its opening pages and version history.',
	'coverage-only': 'We could not read its text: only news and briefing coverage of it.',
};

/** The word for a status, or {@link NO_STATUS}. */
export function statusWord(status: TraceStatus | undefined): string {
	return status === undefined ? NO_STATUS : STATUS_WORDS[status];
}

/** Editions by date of publication, earliest first (ties by id). */
export function editionsInOrder(editions: readonly Edition[]): Edition[] {
	return [...editions].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}

/** The newest edition, or undefined when there are none. */
export function newestEdition(editions: readonly Edition[]): Edition | undefined {
	return editionsInOrder(editions).at(-1);
}

/** A commitment's trace in the order of its editions' publication; entries naming an unknown edition are left out. */
export function traceSteps(commitment: Commitment, editions: readonly Edition[]): TraceStep[] {
	const byId = new Map(editions.map((e) => [e.id, e]));
	return commitment.trace
		.flatMap((entry) => {
			const edition = byId.get(entry.edition);
			return edition ? [{ entry, edition }] : [];
		})
		.sort((a, b) => a.edition.published.localeCompare(b.edition.published));
}

/** The latest step with evidence (anything but `not-found`), or undefined. */
function latestEvidenced(steps: readonly TraceStep[]): TraceStep | undefined {
	return steps.filter((s) => s.entry.status !== 'not-found' && s.entry.evidence.grade !== 'not-found').at(-1);
}

function stateOf(step: TraceStep | undefined): NowState {
	if (!step) return 'unknown';
	const status = step.entry.status;
	if (status === undefined) return 'unstated';
	// A replacement that cannot be followed (missing, or a loop) leaves the commitment dropped.
	return status === 'dropped' || status === 'replaced' ? 'dropped' : 'in-force';
}

/**
 * What applies now for the commitment `id`: its latest entry with evidence;
 * when that entry replaced it, the same for the replacement, and so on to the
 * end of the chain (a replacement that does not exist, or a loop, ends it).
 * Throws when `id` is not a commitment.
 */
export function whatAppliesNow(id: string, data: TraceData): WhatAppliesNow {
	const byId = new Map(data.commitments.map((c) => [c.id, c]));
	const commitment = byId.get(id);
	if (!commitment) throw new Error(`unknown commitment "${id}" (the content check should have caught this)`);
	const chain: Replacement[] = [];
	const seen = new Set([commitment.id]);
	let current = commitment;
	let step = latestEvidenced(traceSteps(current, data.editions));
	for (;;) {
		const next = step?.entry.status === 'replaced' ? byId.get(step.entry.replacement ?? '') : undefined;
		if (!step || !next || seen.has(next.id)) break;
		seen.add(next.id);
		chain.push({ replaced: step, by: next });
		current = next;
		step = latestEvidenced(traceSteps(current, data.editions));
	}
	const newest = newestEdition(data.editions);
	const newestEntry = current.trace.find((e) => e.edition === newest?.id);
	const newestNotFound =
		newest && step && step.edition.id !== newest.id && newestEntry?.status === 'not-found' ? newest : undefined;
	const onChain = new Set(chain.map((c) => c.by.id));
	const earlierReplacements = traceSteps(commitment, data.editions).flatMap((replaced): Replacement[] => {
		const by = replaced.entry.status === 'replaced' ? byId.get(replaced.entry.replacement ?? '') : undefined;
		return by && !onChain.has(by.id) && by.id !== commitment.id ? [{ replaced, by }] : [];
	});
	return {
		commitment,
		chain,
		current,
		step,
		state: stateOf(step),
		newestNotFound,
		earlierReplacements,
		targets: commitment.targets,
		currentTargets: current.targets,
	};
}

/** The id of each commitment that names `id` as its replacement. */
export function replacedBy(id: string, commitments: readonly Commitment[]): string[] {
	return commitments
		.filter((c) => c.trace.some((e) => e.status === 'replaced' && e.replacement === id))
		.map((c) => c.id);
}

/** A commitment's computed status: the status of its first target, or "no data" when nothing measures it yet. */
export function commitmentStatus(
	commitment: Pick<Commitment, 'targets'>,
	statusOfTarget: (targetId: string) => Status | undefined,
): Status {
	const first = commitment.targets[0];
	return (first === undefined ? undefined : statusOfTarget(first)) ?? 'no-data';
}

/** What the page says the evidence of an entry is. */
export interface EvidenceContext {
	/** The edition the entry is about: an own-text quote from a source that is not one of its sources is worded as an attribution. */
	edition?: Edition | undefined;
	sources?: ReadonlyMap<string, Source> | undefined;
}

/**
 * The words a page prints for an entry's evidence: "the edition's own text",
 * "its text, read in a copy", "news coverage quoting it", "a companion
 * document of that year (…), not the guidance", "not in the whole text we
 * read", "not found in the text we could read".
 */
export function evidenceLabel(entry: Pick<TraceEntry, 'evidence' | 'quotes'>, context: EvidenceContext = {}): string {
	const { evidence, quotes } = entry;
	switch (evidence.grade) {
		case 'own-text':
			return ownTextLabel(quotes, context);
		case 'own-text-in-copy':
			return 'its text, read in a copy';
		case 'coverage':
			if (quotes.length === 0) return 'news coverage reporting it';
			return quotes.every((q) => q.paraphrase) ? 'news coverage paraphrasing it' : 'news coverage quoting it';
		case 'companion':
			return `a companion document of that year (${evidence.companion ?? 'not named'}), not the guidance`;
		case 'absent':
			return 'not in the whole text we read';
		case 'not-found':
			return 'not found in the text we could read';
	}
}

function ownTextLabel(quotes: readonly TraceQuote[], { edition, sources }: EvidenceContext): string {
	if (!edition) return 'the edition’s own text';
	const own = new Set(edition.sources.map((s) => s.id));
	const other = quotes.find((q) => !own.has(q.source.id));
	if (!other) return 'the edition’s own text';
	const publisher = sources?.get(other.source.id)?.publisher;
	return `the edition’s words, as ${publisher ?? 'another official page'} attributes them to it`;
}

/** A piece of a generated sentence: plain text, or a quote with its source id and section (pages mark it as a quotation and cite it). */
export type SentencePart = { text: string } | { quote: string; source: string; section?: string };

/** A title inside a sentence: lower-case first letter, unless it starts with an abbreviation ("NHS…"). */
function inSentence(title: string): string {
	return /^[A-Z]{2}/.test(title) ? title : uncapitalise(title);
}

/** "the 2025/26 guidance (30 January 2025)". */
function editionRef(edition: Edition): string {
	return `${edition.name} (${formatDate(edition.published)})`;
}

/**
 * Where a step's words are: "the 2025/26 guidance (30 January 2025)", or for
 * a companion document "the Planning framework … of 8 September 2025, a
 * companion to the Medium Term Planning Framework (24 October 2025)".
 */
function whereSaid(step: TraceStep): string {
	const companion = step.entry.evidence.grade === 'companion' ? step.entry.evidence.companion : undefined;
	return companion === undefined
		? editionRef(step.edition)
		: `${companion}, a companion to ${editionRef(step.edition)}`;
}

/** The deadline, when the quote does not already say it: " (by March 2026)". */
function deadlineClause(deadline: Deadline | undefined, quote: string | undefined): string {
	if (!deadline || (quote !== undefined && quote.toLowerCase().includes(deadline.label.toLowerCase()))) return '';
	return ` (${deadline.label})`;
}

/** ": “quote” (deadline)" or " (deadline)", ending the sentence. */
function quoted(step: TraceStep): SentencePart[] {
	const first = step.entry.quotes[0];
	const tail = deadlineClause(step.entry.deadline, first?.text);
	if (!first) return [{ text: `${tail}.` }];
	const ref = first.source;
	const section = 'section' in ref && ref.section !== undefined ? { section: ref.section } : {};
	return [{ text: ': ' }, { quote: first.text, source: first.source.id, ...section }, { text: `${tail}.` }];
}

const STATUS_VERBS: Record<'new' | 'carried' | 'changed', string> = {
	new: 'set',
	carried: 'carried forward',
	changed: 'changed',
};

/** A link of a replacement chain: the step that replaced a commitment, and the commitment that took its place. */
export interface Replacement {
	replaced: TraceStep;
	by: Commitment;
}

/**
 * What the current commitment's latest step says, starting in lower case:
 * "changed by … (date): “…”.", "dropped: it is not in …", or, after a
 * replacement (`after`), "which was then changed by …".
 */
function currentClause(now: WhatAppliesNow, after: boolean): SentencePart[] {
	const { step, state } = now;
	const which = after ? 'which was then ' : '';
	if (!step)
		return [{ text: `${after ? 'but ' : ''}what later guidance did with it was not found in the text we could read.` }];
	if (state === 'dropped') {
		const read = step.entry.evidence.grade === 'absent' ? ', whose whole text we read' : '';
		return [{ text: `${which}dropped: it is not in ${editionRef(step.edition)}${read}.` }];
	}
	const status = step.entry.status;
	if (status === undefined || status === 'not-found' || status === 'dropped' || status === 'replaced') {
		// A companion is named in apposition, so it is closed by a comma: "the plan, a companion to …, mentions it".
		const subject = `${whereSaid(step)}${step.entry.evidence.grade === 'companion' ? ',' : ''}`;
		const lead = after ? `which ${subject} mentions` : `${subject} mentions it`;
		return [{ text: `${lead}, but our sources give no status` }, ...quoted(step)];
	}
	const by = step.entry.evidence.grade === 'companion' ? 'in' : 'by';
	return [{ text: `${which}${STATUS_VERBS[status]} ${by} ${whereSaid(step)}` }, ...quoted(step)];
}

/** Joins parts into plain text, with the quotes in curly quotation marks. */
export function sentenceText(parts: readonly SentencePart[]): string {
	return parts.map((p) => ('quote' in p ? `“${p.quote}”` : p.text)).join('');
}

/** Adds a clause before the sentence's full stop. */
function addClause(parts: SentencePart[], clause: string): void {
	const last = parts.at(-1);
	if (last && 'text' in last && last.text.endsWith('.')) last.text = last.text.slice(0, -1);
	parts.push({ text: `${clause}.` });
}

/**
 * The current-state sentence of a commitment, in parts: one sentence, written
 * from the trace. For example: "Replaced by a minimum 12-hour community urgent
 * care offer in the Medium Term Planning Framework (24 October 2025): “…”
 * (from April 2026)." Earlier replacements and a newest edition that says
 * nothing we could find are added as clauses.
 */
export function nowSentence(now: WhatAppliesNow): SentencePart[] {
	const parts: SentencePart[] = [];
	now.chain.forEach(({ replaced, by }, i) => {
		const lead = i === 0 ? 'Replaced by ' : ', itself replaced by ';
		parts.push({
			text: `${lead}${inSentence(by.title)}${replaced.entry.evidence.grade === 'companion' ? ', ' : ' '}in ${whereSaid(replaced)}`,
		});
	});
	const last = now.chain.at(-1);
	if (last) {
		const setThere = now.step?.edition.id === last.replaced.edition.id && now.step.entry.status === 'new';
		// A replacement set by the edition that replaced: its words end the sentence.
		if (setThere && now.step) parts.push(...quoted(now.step));
		else parts.push({ text: ', ' }, ...currentClause(now, true));
	} else {
		const [first, ...others] = currentClause(now, false);
		if (first && 'text' in first) parts.push({ text: capitalise(first.text) }, ...others);
	}
	for (const { replaced, by } of now.earlierReplacements) {
		addClause(parts, `; ${editionRef(replaced.edition)} had replaced it with ${inSentence(by.title)}`);
	}
	if (now.newestNotFound) {
		addClause(parts, `; what ${now.newestNotFound.name} says about it was not found in the text we could read`);
	}
	return parts;
}

/** The current-state sentence as plain text (see {@link nowSentence}). */
export function nowSentenceText(now: WhatAppliesNow): string {
	return sentenceText(nowSentence(now));
}

/** Whether a commitment is no longer in the guidance as itself: dropped, or replaced. */
export function droppedOrReplaced(now: WhatAppliesNow): boolean {
	return now.chain.length > 0 || now.state === 'dropped';
}

/** The first sentence of a page all of whose commitments were dropped or replaced. */
export const ALL_DROPPED_OR_REPLACED =
	'Everything this page describes has since been dropped or replaced by later guidance.';

/** The sentence a page opens with when all its commitments were dropped or replaced; undefined otherwise (or when none covers it). */
export function pageLead(nows: readonly WhatAppliesNow[]): string | undefined {
	return nows.length > 0 && nows.every(droppedOrReplaced) ? ALL_DROPPED_OR_REPLACED : undefined;
}

/** The commitments that cover the target `targetId` (for its page's "What later guidance said"), originals first. */
export function commitmentsOfTarget(targetId: string, commitments: readonly Commitment[]): Commitment[] {
	const covering = commitments.filter((c) => c.targets.includes(targetId));
	return [...covering.filter((c) => c.kind === 'original'), ...covering.filter((c) => c.kind !== 'original')];
}

/** The address of a third-party copy on GitHub, at the commit it was read at. */
export function copyUrl(copy: CopyOf): string {
	const path = copy.path.split('/').map(encodeURIComponent).join('/');
	return `https://github.com/${copy.repository}/blob/${copy.commit}/${path}`;
}

/** What applies now for every commitment of `priority` set by the 2022/23 guidance, in file order. */
export function priorityNow(priority: PriorityId, data: TraceData): WhatAppliesNow[] {
	return data.commitments
		.filter((c) => c.kind === 'original' && c.priority === priority)
		.map((c) => whatAppliesNow(c.id, data));
}

/** What applies now for every commitment that covers the guidance page `pageId` (<priority>/<file name>). */
export function pageNow(pageId: string, data: TraceData): WhatAppliesNow[] {
	return data.commitments.filter((c) => c.pages.includes(pageId)).map((c) => whatAppliesNow(c.id, data));
}

/** "a", "a and b", "a, b and c". */
function andList(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The group a commitment falls in on the home page's line. */
function groupOf(now: WhatAppliesNow): string {
	if (now.chain.length > 0) return 'replaced';
	if (now.state === 'dropped') return 'dropped';
	if (now.state === 'unknown') return 'not found';
	if (now.state === 'unstated') return 'mentioned with no status';
	return now.step?.entry.status === 'new' ? 'still as set' : (now.step?.entry.status ?? 'in force');
}

const GROUP_ORDER = [
	'carried',
	'still as set',
	'changed',
	'mentioned with no status',
	'replaced',
	'dropped',
	'not found',
];

/**
 * One line for the home page: what applies now for a priority's commitments,
 * grouped ("changed: …; replaced: … (now …); dropped: …"), opening with "All
 * dropped or replaced" when none is still in the guidance as itself.
 */
export function priorityNowLine(nows: readonly WhatAppliesNow[]): string {
	if (nows.length === 0) return 'No commitment of this priority is traced.';
	const groups = new Map<string, string[]>();
	for (const now of nows) {
		const group = groupOf(now);
		const title = inSentence(now.commitment.title);
		const label = now.chain.length > 0 ? `${title} (now ${inSentence(now.current.title)})` : title;
		groups.set(group, [...(groups.get(group) ?? []), label]);
	}
	const body = GROUP_ORDER.filter((g) => groups.has(g))
		.map((g) => `${g}: ${andList(groups.get(g) ?? [])}`)
		.join('; ');
	const lead = nows.every(droppedOrReplaced) ? 'All dropped or replaced. ' : '';
	return `${lead}${capitalise(body)}.`;
}

/** One cell of the commitment × edition grid. */
export interface GridCell {
	edition: Edition;
	/** The entry, or undefined when the commitment has none for this edition (the content check reports it). */
	entry: TraceEntry | undefined;
	/** The status word, or {@link NO_STATUS}. */
	status: string;
	/** The evidence code (P, P*, S, C, Absent, Not found). */
	code: string;
	/** The evidence in words (see {@link evidenceLabel}). */
	evidence: string;
}

/** The commitment × edition grid: one row per commitment set by the 2022/23 guidance, one cell per edition in date order. */
export function traceGrid(data: TraceData): {
	editions: Edition[];
	rows: { commitment: Commitment; cells: GridCell[] }[];
} {
	const editions = editionsInOrder(data.editions);
	const rows = data.commitments
		.filter((c) => c.kind === 'original')
		.map((commitment) => ({
			commitment,
			cells: editions.map((edition): GridCell => {
				const entry = commitment.trace.find((e) => e.edition === edition.id);
				return {
					edition,
					entry,
					status: entry ? statusWord(entry.status) : 'Missing',
					code: entry ? EVIDENCE_CODES[entry.evidence.grade] : '',
					evidence: entry ? evidenceLabel(entry, { edition, sources: data.sources }) : '',
				};
			}),
		}));
	return { editions, rows };
}

/** What an edition did with each commitment, for its page: every commitment with an entry for it, in file order. */
export function editionEntries(editionId: string, data: TraceData): { commitment: Commitment; entry: TraceEntry }[] {
	return data.commitments.flatMap((commitment) => {
		const entry = commitment.trace.find((e) => e.edition === editionId);
		return entry ? [{ commitment, entry }] : [];
	});
}

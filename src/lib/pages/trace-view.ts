/**
 * The views of the editions' traces that several pages print (the target
 * pages' "What later guidance said", the guidance and priority pages' "Where
 * this stands now", /editions/ and /editions/<id>/): a generated sentence
 * with its quotes cited, a quote with its source, a trace step, a
 * commitment's path ending in what applies now. The sentences come from the
 * trace model (src/lib/model/editions.ts); nothing here states a fact. Pure.
 */
import type { Commitment, TraceEntry, TraceQuote, TraceStatus } from '../../schemas/commitment.ts';
import type { Edition } from '../../schemas/edition.ts';
import {
	commitmentsOfTarget,
	commitmentStatus,
	copyUrl,
	EVIDENCE_CODES,
	evidenceLabel,
	nowSentence,
	statusWord,
	traceSteps,
	whatAppliesNow,
	type SentencePart,
	type WhatAppliesNow,
} from '../model/editions.ts';
import { editionHref, editionsHref, targetHref } from '../routes.ts';
import type { Site } from './site.ts';
import { dateView, statusView, type Link, type StatusView, type TagColour, type TimeView } from './views.ts';

/** A quotation as a page prints it: <q cite> (or a blockquote), with its source linked after it. */
export interface QuoteView {
	/** The words, exactly. */
	text: string;
	/** The source's address, for the `cite` attribute. */
	cite: string;
	/** The source, "title, section", linked. */
	source: Link;
	/** The third-party copies the source was read in, each linked at the commit read. */
	copies: Link[];
	/** Printed after the source when the words are a report's paraphrase of the edition, not the edition's own. */
	paraphrase: string | undefined;
}

/** What a quote that is a report's paraphrase says after its source. */
export const PARAPHRASE_NOTE = 'the report’s paraphrase, not the edition’s own words';

/** A generated sentence in parts: plain text, or a quotation with its source. */
export type SentenceView = ({ text: string } | { quote: QuoteView })[];

/** The colour of each status word's tag. */
const STATUS_COLOURS: Record<TraceStatus, TagColour> = {
	new: 'blue',
	carried: 'green',
	changed: 'yellow',
	dropped: 'red',
	replaced: 'purple',
	'not-found': 'grey',
};

/** A status word as a tag prints it. */
export interface StatusWordView {
	text: string;
	colour: TagColour;
}

/** The tag of a trace status ("No status given" in white when there is none). */
export function statusWordView(status: TraceStatus | undefined): StatusWordView {
	return { text: statusWord(status), colour: status === undefined ? 'white' : STATUS_COLOURS[status] };
}

/** The anchor of a commitment's section on an edition's page and on /editions/. */
export function commitmentAnchor(id: string): string {
	return `commitment-${id}`;
}

/** Where an edition's words on a commitment are: its section on the edition's page. */
export function entryHref(editionId: string, commitmentId: string): string {
	return `${editionHref(editionId)}#${commitmentAnchor(commitmentId)}`;
}

/** A commitment's section on /editions/ (its path and what applies now). */
export function commitmentHref(commitmentId: string): string {
	return `${editionsHref()}#${commitmentAnchor(commitmentId)}`;
}

/** A quote with its source, its section and the copies it was read in. */
export function quoteView(
	site: Site,
	quote: { text: string; source: string; section?: string | undefined },
): QuoteView {
	const source = site.sources.get(quote.source);
	const title = source ? `${source.title}${quote.section ? `, “${quote.section}”` : ''}` : quote.source;
	return {
		text: quote.text,
		cite: source?.url ?? '',
		source: { text: title, href: source?.url ?? '' },
		copies: (source?.readIn ?? []).map((copy) => ({
			text: `read in a copy${copy.form ? ` (${copy.form})` : ''} held in ${copy.repository}`,
			href: copyUrl(copy),
		})),
		paraphrase: undefined,
	};
}

/** A trace entry's quote as {@link quoteView} takes it. */
function entryQuote(site: Site, quote: TraceQuote): QuoteView {
	const ref = quote.source;
	const section = 'section' in ref ? ref.section : undefined;
	return {
		...quoteView(site, { text: quote.text, source: ref.id, section }),
		paraphrase: quote.paraphrase ? PARAPHRASE_NOTE : undefined,
	};
}

/** A generated sentence with each quote cited. */
export function sentenceView(site: Site, parts: readonly SentencePart[]): SentenceView {
	return parts.map((p) =>
		'quote' in p
			? { quote: quoteView(site, { text: p.quote, source: p.source, section: p.section }) }
			: { text: p.text },
	);
}

/** One entry of a trace, as a page prints it. */
export interface StepView {
	/** The edition, linked to its page's section on the commitment. */
	edition: Link;
	/** When the edition was published. */
	published: TimeView;
	status: StatusWordView;
	/** What the edition said or did, in our words. */
	said: string;
	quotes: QuoteView[];
	/** The deadline it set, as worded. */
	deadline: string | undefined;
	/** The evidence in words: "its text, read in a copy". */
	evidence: string;
	/** The evidence grade's code, as the grid on /editions/ prints it: "P*". */
	code: string;
	/** For a not-found or absent entry: what was searched. */
	searched: string | undefined;
	note: string | undefined;
	/** The commitment that replaced this one, linked to its section on /editions/. */
	replacement: Link | undefined;
}

/** A trace entry of `commitment` for `edition`. */
export function stepView(site: Site, commitment: Commitment, entry: TraceEntry, edition: Edition): StepView {
	const replacement = site.commitments.find((c) => c.id === entry.replacement);
	return {
		edition: { text: edition.title, href: entryHref(edition.id, commitment.id) },
		published: dateView(edition.published),
		status: statusWordView(entry.status),
		said: entry.said,
		quotes: entry.quotes.map((q) => entryQuote(site, q)),
		deadline: entry.deadline?.label,
		evidence: evidenceLabel(entry, { edition, sources: site.sources }),
		code: EVIDENCE_CODES[entry.evidence.grade],
		searched: entry.evidence.searched,
		note: entry.note,
		replacement: replacement && { text: replacement.title, href: commitmentHref(replacement.id) },
	};
}

/** A commitment's path through the editions, ending in what applies now. */
export interface CommitmentPathView {
	/** The anchor of its section. */
	id: string;
	title: string;
	summary: string;
	/** Its trace in date order. */
	steps: StepView[];
	/** What applies now, in one sentence from the trace. */
	now: SentenceView;
	/** The commitment that applies now, when it was replaced, linked to its section on /editions/. */
	current: Link | undefined;
	/** The computed status of the commitment asked about (its first target) and of what applies now ("No data" until something measures it). */
	statuses: { label: string; status: StatusView }[];
}

/** The computed statuses to show side by side: a moved or dropped deadline never hides a missed one. */
function statuses(site: Site, now: WhatAppliesNow): { label: string; status: StatusView }[] {
	const of = (id: string) => site.progress.get(id)?.status.status;
	const own = { label: `${now.commitment.title} (2022/23)`, status: statusView(commitmentStatus(now.commitment, of)) };
	if (now.current.id === now.commitment.id) return [own];
	return [
		own,
		{ label: `${now.current.title} (what applies now)`, status: statusView(commitmentStatus(now.current, of)) },
	];
}

/** The path of the commitment `id`. */
export function commitmentPath(site: Site, id: string): CommitmentPathView {
	const now = whatAppliesNow(id, site.traces);
	const commitment = now.commitment;
	return {
		id: commitmentAnchor(commitment.id),
		title: commitment.title,
		summary: commitment.summary,
		steps: traceSteps(commitment, site.editions).map(({ entry, edition }) =>
			stepView(site, commitment, entry, edition),
		),
		now: sentenceView(site, nowSentence(now)),
		current:
			now.current.id === commitment.id ? undefined : { text: now.current.title, href: commitmentHref(now.current.id) },
		statuses: statuses(site, now),
	};
}

/** "What later guidance said" on a target's page: the path of each commitment that covers it. */
export interface LaterGuidanceView {
	heading: string;
	/** Where every commitment is shown across every edition. */
	all: Link;
	paths: CommitmentPathView[];
}

/** "What later guidance said" for the target `targetId`; undefined when no commitment covers it. */
export function laterGuidance(site: Site, targetId: string): LaterGuidanceView | undefined {
	const ordered = commitmentsOfTarget(targetId, site.commitments);
	if (ordered.length === 0) return undefined;
	return {
		heading: 'What later guidance said',
		all: { text: 'Every commitment across every edition of the guidance', href: editionsHref() },
		paths: ordered.map((c) => commitmentPath(site, c.id)),
	};
}

/** A link to a target page, by id. */
export function targetLink(site: Site, id: string): Link {
	return { text: site.targetsById.get(id)?.headline ?? id, href: targetHref(id) };
}

/** For a target whose commitment later guidance replaced: what replaced it, linked to its path on /editions/; undefined otherwise. */
export function replacedInGuidance(site: Site, targetId: string): Link | undefined {
	const commitment = commitmentsOfTarget(targetId, site.commitments)[0];
	if (!commitment) return undefined;
	const now = whatAppliesNow(commitment.id, site.traces);
	if (now.chain.length === 0) return undefined;
	return { text: now.current.title, href: commitmentHref(now.current.id) };
}

/** The labels of the editions whose entries a target's "What later guidance said" gives with evidence (for the edition search filter). */
export function traceEditionLabels(site: Site, targetId: string): string[] {
	const ids = new Set(
		commitmentsOfTarget(targetId, site.commitments).flatMap((c) =>
			c.trace.filter((e) => e.evidence.grade !== 'not-found').map((e) => e.edition),
		),
	);
	return site.editions.filter((e) => ids.has(e.id)).map((e) => e.label);
}

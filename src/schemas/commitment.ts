/**
 * One entry of `data/commitments.json`: a digital commitment of the planning
 * guidance and its trace, one entry per edition saying what that edition did
 * with it. The ten commitments of the 2022/23 guidance (`kind: original`)
 * have an entry for every edition from theirs on; a commitment that replaced
 * one of them (`kind: replacement`) is a commitment of its own, with entries
 * for the editions where we found it.
 */
import { z } from 'zod';
import { slugId, sourceRef, yearMonth } from './fragments.ts';
import { editionId } from './edition.ts';

/** The most words a quote may have: quotes are short, marked and cited. */
export const QUOTE_MAX_WORDS = 30;

/**
 * What an edition did with a commitment: `new` (first appears), `carried`
 * (same wording and deadline), `changed` (deadline, metric or wording moved),
 * `dropped` (no longer there), `replaced` (dropped, and another commitment took
 * its place) or `not-found` (the edition's text was not available to us).
 */
export const TRACE_STATUSES = ['new', 'carried', 'changed', 'dropped', 'replaced', 'not-found'] as const;
export type TraceStatus = (typeof TRACE_STATUSES)[number];

/**
 * How a trace entry is known: `own-text` (P: the edition's text, or an NHS
 * England or DHSC page that attributes the wording to it), `own-text-in-copy`
 * (P*: its text, read in a third-party copy), `coverage` (S: news or briefing
 * coverage quoting or paraphrasing it), `companion` (C: a companion document
 * of that year, not the guidance), `absent` (the whole text was read or
 * searched and the commitment is not there) or `not-found` (the text was not
 * available and nothing adjacent was found).
 */
export const EVIDENCE_GRADES = [
	'own-text',
	'own-text-in-copy',
	'coverage',
	'companion',
	'absent',
	'not-found',
] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** Whether a commitment was set by the 2022/23 guidance or replaced one that was. */
export const COMMITMENT_KINDS = ['original', 'replacement'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** A short quotation, exactly as its source has it, with the source and where in it. */
export const TraceQuoteSchema = z.strictObject({
	/** The words, exactly (at most 30 words; mark a cut with "…"). */
	text: z.string().min(3).max(400),
	/** The source the words are from: an id in data/sources.json, with its section or page where known. */
	source: sourceRef,
	/** true when the words are the source's own paraphrase of the edition, not the edition's words (default false). */
	paraphrase: z.boolean().default(false),
});
export type TraceQuote = z.output<typeof TraceQuoteSchema>;

/** A deadline as an edition set it. */
export const DeadlineSchema = z.strictObject({
	/** The deadline as worded, for example "by March 2026" or "no later than the end of 2028/29". */
	label: z.string().min(3).max(120),
	/** The month it falls in (YYYY-MM), when the wording names one. */
	month: yearMonth.optional(),
});
export type Deadline = z.output<typeof DeadlineSchema>;

/** What a trace entry rests on. */
export const EvidenceSchema = z.strictObject({
	/** How the entry is known (see EVIDENCE_GRADES). */
	grade: z.enum(EVIDENCE_GRADES, { error: `must be one of ${EVIDENCE_GRADES.join(', ')}` }),
	/** For `companion`: which document, in a few words, for example "the urgent and emergency care recovery plan (30 January 2023)". */
	companion: z.string().min(3).max(200).optional(),
	/** For `absent` and `not-found`: what was searched, and for what, in one or two sentences. */
	searched: z.string().min(10).max(500).optional(),
	/** The text searched or read, when no quote names it: an id in data/sources.json. */
	source: sourceRef.optional(),
	/** The facts of the research notes this rests on (../shared/data/editions.md and facts.md), for example ["X17"]. */
	facts: z.array(z.string().regex(/^[A-Z]\d{1,2}$/, { error: 'must be a fact id such as X17 or B4' })).default([]),
});
export type Evidence = z.output<typeof EvidenceSchema>;

/** What one edition did with a commitment. */
export const TraceEntrySchema = z.strictObject({
	/** The edition: an id in data/editions.json, for example "2025-26". */
	edition: editionId,
	/** What the edition did (see TRACE_STATUSES). Leave it out where our sources give no status (a companion document only, or an indirect mention): never infer one. */
	status: z.enum(TRACE_STATUSES, { error: `must be one of ${TRACE_STATUSES.join(', ')}` }).optional(),
	/** What the edition said or did, in our words, in one sentence. */
	said: z.string().min(10).max(400),
	/** Its words, quoted: at most 30 words each, each with its source. */
	quotes: z.array(TraceQuoteSchema).max(3).default([]),
	/** The deadline it set, if any. */
	deadline: DeadlineSchema.optional(),
	evidence: EvidenceSchema,
	/** For `replaced`: the id of the commitment that took its place (in data/commitments.json). */
	replacement: slugId.optional(),
	/** Other commitments this entry speaks of, for example the Federated Data Platform beside shared care records. */
	see: z.array(slugId).default([]),
	/** Anything else a reader needs, in our words, in one sentence. */
	note: z.string().min(10).max(400).optional(),
});
export type TraceEntry = z.output<typeof TraceEntrySchema>;

export const CommitmentSchema = z.strictObject({
	/** Unique id, for example "epr-coverage". */
	id: slugId,
	/** original: set by the 2022/23 guidance; replacement: took the place of one that was. */
	kind: z.enum(COMMITMENT_KINDS, { error: `must be one of ${COMMITMENT_KINDS.join(', ')}` }),
	/** The short name used in grids and headings, for example "Electronic patient record coverage". */
	title: z.string().min(3).max(90),
	/** What was asked, in our words, in one sentence. */
	summary: z.string().min(10).max(400),
	/** The 2022/23 priority it belongs to (for a replacement, the priority of the commitment it replaced). */
	priority: slugId,
	/** The edition that first set it: an id in data/editions.json. */
	edition: editionId,
	/** The deadline it was first set with, if any. */
	deadline: DeadlineSchema.optional(),
	/** The targets in data/targets.json it covers (for a replacement: those that measure it, whose status it carries). */
	targets: z.array(slugId).default([]),
	/** A dataset in data/datasets/ that measures it, if any. */
	dataset: slugId.optional(),
	/** The guidance pages that cover it, written <priority>/<file name>, for example "digitisation/electronic-patient-records". */
	pages: z
		.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must be a page written <priority>/<file name>' }))
		.default([]),
	/** One entry per edition, from its own edition on. */
	trace: z.array(TraceEntrySchema).min(1, { error: 'needs at least one entry: what its own edition said' }),
});
export type Commitment = z.output<typeof CommitmentSchema>;

/**
 * One entry of `data/editions.json`: an edition of NHS England's planning
 * guidance, from the 2022/23 guidance the portal is about to the Medium Term
 * Planning Framework for 2026/27 to 2028/29. The commitments' traces
 * (data/commitments.json) say what each edition did with each commitment.
 */
import { z } from 'zod';
import { isoDate, sourceRef } from './fragments.ts';

/**
 * An edition's id: the first financial year it covers, written `YYYY-YY`, for
 * example `2022-23` (the Medium Term Planning Framework for 2026/27 to 2028/29 is `2026-27`).
 */
export const editionId = z
	.string({ error: 'must be an edition id written YYYY-YY, for example 2024-25' })
	.regex(/^\d{4}-\d{2}$/, {
		error: (issue) =>
			`"${String(issue.input)}" is not an edition id: write the first year it covers as YYYY-YY, for example 2024-25`,
	});

/**
 * How much of an edition's own text we could read:
 * `whole-text` on the publisher's site; `whole-text-in-copy`, the whole text
 * but in a third-party copy; `opening-and-version-history`, only its opening
 * pages (foreword) and version history; `coverage-only`, no text at all, only
 * news and briefing coverage of it.
 */
export const READINGS = ['whole-text', 'whole-text-in-copy', 'opening-and-version-history', 'coverage-only'] as const;
export type Reading = (typeof READINGS)[number];

/** One published version of an edition. */
export const EditionVersionSchema = z.strictObject({
	/** The version as the edition names it, for example "Version 2" or "V1.1". */
	label: z.string().min(2).max(40),
	/** The day the version was published (YYYY-MM-DD). */
	date: isoDate,
	/** The publication reference printed on it, where it has one, for example "B1160". */
	reference: z.string().min(2).max(40).optional(),
	/** What changed in it, in our words, in one sentence. */
	note: z.string().min(3).max(300).optional(),
	/** Where the version and its date are recorded: an id in data/sources.json. */
	source: sourceRef.optional(),
});
export type EditionVersion = z.output<typeof EditionVersionSchema>;

/**
 * A dated event the edition announced or its deadlines depend on, other than
 * its targets (which have their own deadlines), for example the day integrated
 * care boards took over. The timeline lists it on its date, with its sources.
 */
export const EditionMilestoneSchema = z.strictObject({
	/** The day it happened or takes effect (YYYY-MM-DD). */
	date: isoDate,
	/** What happened, as a heading, for example "Integrated care boards take over from clinical commissioning groups". */
	title: z.string().min(3).max(160),
	/** What it means for the guidance, in our words, in one or two sentences. */
	detail: z.string().min(10).max(400),
	/** Where it is recorded: ids in data/sources.json. At least one. */
	sources: z.array(sourceRef).min(1, { error: 'needs at least one source id from data/sources.json' }),
});
export type EditionMilestone = z.output<typeof EditionMilestoneSchema>;

export const EditionSchema = z.strictObject({
	/** Unique id: the first financial year the edition covers, for example "2024-25". */
	id: editionId,
	/** The title as published, for example "2024/25 priorities and operational planning guidance". */
	title: z.string().min(3).max(200),
	/** The years it covers, as headings and grid columns print them, for example "2024/25" or "2026/27 to 2028/29". */
	label: z.string().min(4).max(40),
	/** How a sentence names it, for example "the 2024/25 guidance" or "the Medium Term Planning Framework". */
	name: z.string().min(4).max(80),
	/** Who published it, for example "NHS England". */
	publisher: z.string().min(2).max(100),
	/** The day it was first published (YYYY-MM-DD). */
	published: isoDate,
	/** How the date is attested, when it needs saying, in one sentence. */
	publishedNote: z.string().min(3).max(300).optional(),
	/** The publication reference printed on it, where it has one, for example "PRN01625". */
	reference: z.string().min(2).max(40).optional(),
	/** Its versions in date order, the first being the publication itself; leave out when only the publication is known. */
	versions: z.array(EditionVersionSchema).default([]),
	/** Dated events it announced or its deadlines depend on (not its targets), in date order; shown on the timeline. */
	milestones: z.array(EditionMilestoneSchema).default([]),
	/** Where the edition is published or recorded: ids in data/sources.json. At least one. */
	sources: z.array(sourceRef).min(1, { error: 'needs at least one source id from data/sources.json' }),
	/** How much of its own text we could read (see READINGS). */
	read: z.enum(READINGS, { error: `must be one of ${READINGS.join(', ')}` }),
	/** What exactly we read, and where, in one or two sentences. */
	readNote: z.string().min(10).max(400),
});
export type Edition = z.output<typeof EditionSchema>;

/**
 * Front matter of a guidance page (`content/<priority>/*.mdx`): one schema for
 * every priority, {@link guidanceSchema}, grown with `extend` (Starlight's
 * `docsSchema({ extend })` habit) when pages need fields of their own.
 */
import { z } from 'zod';
import { AUDIENCES, isoDate, requiredText, slugId, sourceRef } from './fragments.ts';

/** The kinds of guidance page; used as a search filter and a label. */
export const GUIDANCE_KINDS = ['overview', 'requirement', 'how-to', 'background'] as const;

/**
 * A guidance page's id: its priority's folder and its file name without
 * `.mdx`, for example `virtual-wards/funding`.
 */
export const pageId = z
	.string({ error: 'must be a page id written <priority>/<file name>, for example virtual-wards/funding' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (issue) =>
			`"${String(issue.input)}" is not a page id: write <priority>/<file name> without .mdx, for example virtual-wards/funding`,
	});

/** The longest change note or withdrawal reason, in characters: a sentence or two. */
export const NOTE_MAX = 300;

/** Markup that plain text must not carry: HTML, Markdown emphasis, code and links. */
const MARKUP_RE = /[<>*`]|\[[^\]]*\]\(/;

/** More than two sentences: a full stop, question or exclamation mark followed by a new sentence, twice. */
const THREE_SENTENCES_RE = /[.!?]["')]?\s+\S[\s\S]*?[.!?]["')]?\s+\S/;

/**
 * A sentence or two of plain text for readers (a change note, a withdrawal's
 * reason): not empty, at most {@link NOTE_MAX} characters, no markup; spaces
 * and line breaks are read as single spaces.
 */
function plainNote(hint: string) {
	return requiredText(hint)
		.max(NOTE_MAX)
		.refine((v) => v.trim() !== '', { error: `is empty: write ${hint}` })
		.refine((v) => !MARKUP_RE.test(v), {
			error:
				'is plain text: leave out HTML and Markdown (<, >, *, `, [text](link)); the page itself carries links and emphasis',
		})
		.refine((v) => !THREE_SENTENCES_RE.test(v.trim()), {
			error: 'is more than two sentences: say in one sentence what changed for readers, and put the detail on the page',
		})
		.transform((v) => v.trim().replace(/\s+/g, ' '));
}

/**
 * A public change note: one major change to the page, on the day it was
 * published (GOV.UK's rule: a change readers need to know about; a typo or a
 * rewording gets none). Shown in the page's history, on /updates/ and in the feed.
 */
export const changeNote = z
	.strictObject({
		/** The day the change was published (YYYY-MM-DD), not after the build's publishing date. */
		date: isoDate,
		/** What changed, for readers, in one sentence of plain text (1 to 300 characters), for example "Added the figures for March 2024." */
		note: plainNote('one sentence saying what changed for readers, for example "Added the figures for March 2024."'),
	})
	.meta({ description: 'A major change: { date: YYYY-MM-DD, note: one sentence saying what changed }' });
export type ChangeNote = z.output<typeof changeNote>;

/** A withdrawn page: kept at its address with a warning at the top, out of the lists, navigation and search. */
export const withdrawal = z
	.strictObject({
		/** The day the page was withdrawn (YYYY-MM-DD), not after the build's publishing date. */
		date: isoDate,
		/** Why, for readers, in a sentence or two of plain text (1 to 300 characters). */
		reason: plainNote(
			'a sentence saying why the page was withdrawn, for example "The 2023/24 guidance replaced these asks."',
		),
		/** The page that replaces it, as a page id (`<priority>/<file name>`): published, and not withdrawn itself. */
		replacedBy: pageId.optional(),
	})
	.meta({
		description: 'Withdraws the page: { date: YYYY-MM-DD, reason: a sentence, replacedBy: <priority>/<file name> }',
	});
export type Withdrawal = z.output<typeof withdrawal>;

/** What {@link guidanceSchema} is built with. */
export interface GuidanceSchemaOptions<T extends z.ZodRawShape = Record<never, never>> {
	/** More front matter fields, added after the shared ones (a zod object). */
	extend?: z.ZodObject<T> | undefined;
	/**
	 * The page's folder (its priority), when known: a `priority` field that
	 * differs is reported. Without it (Astro's collection), the loader sets the
	 * field from the folder (src/lib/collections/folder-field.ts).
	 */
	folder?: string | undefined;
}

/** The `priority` field: taken from the folder; if given, it must match it. */
function priorityField(folder: string | undefined) {
	if (folder === undefined) return slugId;
	return z
		.string()
		.optional()
		.refine((v) => v === undefined || v === folder, {
			error: (issue) =>
				`"${String(issue.input)}" does not match the folder: pages in content/${folder}/ belong to "${folder}" (remove the field or move the file)`,
		})
		.transform((): string => folder);
}

/**
 * The front matter schema of a guidance page. `guidanceSchema('virtual-wards')`
 * is short for `guidanceSchema({ folder: 'virtual-wards' })`.
 */
export function guidanceSchema<T extends z.ZodRawShape = Record<never, never>>(
	options: GuidanceSchemaOptions<T> | string = {},
) {
	const { extend, folder } = typeof options === 'string' ? { extend: undefined, folder: options } : options;
	return (
		z
			.strictObject({
				/** The page title (H1 and browser title). Up to 120 characters. */
				title: requiredText('the page title, for example "Hospital at home"').min(3).max(120),
				/** One or two sentences in plain English that answer first (what was asked, where it stands now), never a description of the page: shown under the title, on cards and in search results. 20 to 320 characters. */
				summary: requiredText('one or two sentences: what was asked and where it stands now').min(20).max(320),
				/**
				 * The priority this page belongs to. Optional: it is taken from the folder.
				 * If given it must match the folder (content/<priority>/).
				 */
				priority: priorityField(folder),
				/** Who the page is for: one or more of acute, community, mental-health, ambulance, primary-care, ics. */
				audience: z
					.array(
						z.enum(AUDIENCES, {
							error: (issue) => `"${String(issue.input)}" is not an audience: use ${AUDIENCES.join(', ')}`,
						}),
					)
					.min(1, {
						error: 'needs at least one audience: acute, community, mental-health, ambulance, primary-care or ics',
					}),
				/** What kind of page this is. Default: requirement. */
				kind: z
					.enum(GUIDANCE_KINDS, {
						error: (issue) => `"${String(issue.input)}" is not a kind: use ${GUIDANCE_KINDS.join(', ')}`,
					})
					.default('requirement'),
				/**
				 * Ids of targets in data/targets.json that this page is about. List every
				 * target the page explains: the target's own page links back to the pages
				 * that list it, so a target no page lists is a dead end.
				 */
				targets: z.array(slugId).default([]),
				/**
				 * Other guidance pages a reader of this page is likely to want next,
				 * shown as "Related pages" links at the end of the page. Each is a page id,
				 * `<priority>/<file name>` without `.mdx`, for example
				 * `virtual-wards/funding` or `digitisation/electronic-patient-records`.
				 * The content check reports an id with no page (with the nearest one),
				 * a page listing itself and a draft, which would be a dead link.
				 */
				related: z.array(pageId).default([]),
				/** Where the page's statements come from: ids in data/sources.json, optionally with section and page. At least one. */
				sources: z.array(sourceRef).min(1, { error: 'needs at least one source id from data/sources.json' }),
				/** When an editor last checked the page against its sources (YYYY-MM-DD). */
				lastReviewed: isoDate,
				/** When the page must next be checked (YYYY-MM-DD), after lastReviewed. */
				nextReview: isoDate,
				/**
				 * The team responsible for the page within the site's publisher
				 * (src/config/publisher.ts), for example "Digital policy team": not an
				 * NHS body. 2 to 80 characters.
				 */
				owner: requiredText('the team responsible for the page').min(2).max(80),
				/** Set to true to keep the page out of the built site and search. Default: false. */
				draft: z.boolean({ error: 'must be true or false' }).default(false),
				/** Position in the priority's list, lowest first. Default: 100. */
				order: z.number().int().min(0).default(100),
				/**
				 * Public change notes, one per major change (GOV.UK's rule: something a
				 * reader needs to know; never a typo or a rewording): the page shows
				 * "Last updated" and its history, /updates/ and the feed list each one.
				 * Any order: the site lists them newest first.
				 */
				changes: z.array(changeNote).default([]).meta({
					description: 'Public change notes, one per major change: [{ date: YYYY-MM-DD, note: one sentence }]',
				}),
				/**
				 * The day the page becomes public (YYYY-MM-DD): until the build's
				 * publishing date (PUBLISH_AS_OF, else the review date) reaches it, the
				 * page is left out of the site, search, the sitemap and the feed.
				 */
				publishFrom: isoDate
					.optional()
					.meta({ description: 'The day the page becomes public (YYYY-MM-DD); until then it is not built' }),
				/**
				 * Withdraws the page without deleting it: it stays at its address with
				 * a warning saying when and why, and a link to `replacedBy`, and leaves
				 * the lists, navigation and search.
				 */
				withdrawn: withdrawal.optional(),
			})
			.extend((extend?.shape ?? {}) as T)
			.refine((d) => (d as { nextReview: string }).nextReview > (d as { lastReviewed: string }).lastReviewed, {
				path: ['nextReview'],
				// Only when both dates are dates: an invalid lastReviewed is reported once, as itself.
				when: (payload) => {
					const v = payload.value as { lastReviewed?: unknown; nextReview?: unknown } | undefined;
					return isoDate.safeParse(v?.lastReviewed).success && isoDate.safeParse(v?.nextReview).success;
				},
				error: (issue) => {
					const d = issue.input as { lastReviewed?: unknown; nextReview?: unknown } | undefined;
					return `${String(d?.nextReview)} is not after lastReviewed (${String(d?.lastReviewed)}): the next review comes after the last one, usually 6 or 12 months later`;
				},
			})
			// A draft is never built, whatever its publishFrom says: said here, or the page would silently miss its day.
			.refine((d) => !((d as { draft: boolean }).draft && (d as { publishFrom?: string }).publishFrom !== undefined), {
				path: ['draft'],
				error: (issue) =>
					`is true, which keeps the page off the site even after its publishFrom date (${String((issue.input as { publishFrom?: unknown }).publishFrom)}): remove draft: true, and the page is published on that date`,
			})
	);
}

/** A guidance page's front matter, parsed. */
export type GuidancePage = z.output<ReturnType<typeof guidanceSchema<Record<never, never>>>>;

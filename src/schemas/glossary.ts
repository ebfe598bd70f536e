/**
 * One entry of `data/glossary.json`: a term staff use, its abbreviation and
 * the other names that mean the same thing. The glossary page lists the
 * entries, and search treats every name of an entry as the same query, so
 * "EPR" and "electronic patient record" find the same pages.
 */
import { z } from 'zod';
import { slugId, sourceRef } from './fragments.ts';

/** A name as staff type it: letters, digits, spaces, hyphens, apostrophes and slashes, 2 to 80 characters. */
const name = z
	.string()
	.min(2)
	.max(80)
	.regex(/^[\p{L}\p{N}][\p{L}\p{N} '’/-]*$/u, {
		error: (issue) =>
			`"${String(issue.input)}" is not a plain name: use letters, digits, spaces and hyphens only, for example "electronic patient record"`,
	});

export const GlossaryEntrySchema = z.strictObject({
	/** Unique id, lower-case, for example "epr". Also the anchor on the glossary page (/glossary/#epr). */
	id: slugId,
	/** The term written out in full, as a heading: for example "Electronic patient record". */
	term: name,
	/** The abbreviation staff use, if any: for example "EPR". */
	abbreviation: name.optional(),
	/**
	 * Other names that search must treat as exactly the same thing, in either
	 * direction: for example "hospital at home" for "Virtual ward". Only true
	 * equivalences: a broader or narrower term belongs in `related`. Plurals
	 * are matched automatically ("EPRs", "virtual wards"): list the singular.
	 */
	synonyms: z.array(name).default([]),
	/** One or two sentences in plain English, in our own words. */
	definition: z.string().min(20).max(400),
	/** Ids of other glossary entries to show as "See also" (not searched as the same thing). */
	related: z.array(slugId).default([]),
	/** Where the definition comes from, if it states a fact: ids in data/sources.json. */
	sources: z.array(sourceRef).default([]),
});
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;

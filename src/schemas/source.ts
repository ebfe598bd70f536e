/** One entry of `data/sources.json`: a document the site cites. */
import { z } from 'zod';
import { isoDate, slugId, webUrl, yearMonth } from './fragments.ts';

/** Whether a source is the publisher's own document or a report of it. */
export const SOURCE_KINDS = ['primary', 'secondary'] as const;

/** A third-party copy of a document, in a public Git repository. */
export const copyOf = z.strictObject({
	/** The repository, written owner/name, for example "al26152/Langchain". */
	repository: z.string().regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, { error: 'must be a repository written owner/name' }),
	/** The file inside the repository. */
	path: z.string().min(1).max(300),
	/** The commit the copy was read at: 7 to 40 hexadecimal digits. */
	commit: z.string().regex(/^[0-9a-f]{7,40}$/, { error: 'must be a commit: 7 to 40 hexadecimal digits' }),
	/** Which form of the document the copy is, for example "the HTML version" or "the PDF version". */
	form: z.string().min(3).max(80).optional(),
});
export type CopyOf = z.output<typeof copyOf>;

export const SourceSchema = z.strictObject({
	/** Unique id used to cite the source, for example "pg-2022-23-v3". */
	id: slugId,
	/** The document's title as its publisher gives it. */
	title: z.string().min(3).max(200),
	/** Who published it, for example "NHS England" or "Digital Health News". */
	publisher: z.string().min(2).max(100),
	/** Publication date: YYYY-MM-DD, or YYYY-MM when only the month is known. Omit it when the source does not show one (the page then says "date not stated"). */
	date: z.union([isoDate, yearMonth], { error: 'must be a date YYYY-MM-DD or a month YYYY-MM' }).optional(),
	/** Where to read it. */
	url: webUrl,
	/**
	 * primary: the publisher's own document or data; secondary: news or briefings
	 * that quote or report it (shown with a "secondary source" label).
	 */
	kind: z.enum(SOURCE_KINDS, { error: 'must be primary or secondary' }),
	/** For documents with versions: which one this entry is. */
	version: z.strictObject({ number: z.number().int().positive(), date: isoDate }).optional(),
	/**
	 * Where we read it, when not on its publisher's site: third-party copies of
	 * the document (a repository, the file and the commit). A quote from a source
	 * read in a copy is graded "its text, read in a copy" (data/commitments.json).
	 */
	readIn: z.array(copyOf).min(1).optional(),
	/** What the source is used for, or a caution about it, in one sentence. */
	note: z.string().min(3).max(400).optional(),
});
export type Source = z.output<typeof SourceSchema>;

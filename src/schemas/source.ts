/** One entry of `data/sources.json`: a document the site cites. */
import { z } from 'zod';
import { isoDate, slugId, webUrl, yearMonth } from './fragments.ts';

/** Whether a source is the publisher's own document or a report of it. */
export const SOURCE_KINDS = ['primary', 'secondary'] as const;

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
	/** What the source is used for, or a caution about it, in one sentence. */
	note: z.string().min(3).max(400).optional(),
});
export type Source = z.output<typeof SourceSchema>;

/** One file in `data/datasets/`: a measured series with its provenance. */
import { z } from 'zod';
import { isoDate, slugId, sourceRef, yearMonth } from './fragments.ts';

/**
 * An area code: England (E92000001), an NHS region (E40xxxxxx), or an ICB by
 * its ODS code (Qxx) as NHS England's statistics print it.
 */
export const areaCode = z
	.string()
	.regex(/^(E92000001|E40\d{6}|Q[A-Z0-9]{2})$/, {
		error: (issue) =>
			`"${String(issue.input)}" is not an area code: use E92000001 (England), an NHS region code E40xxxxxx or an ICB code such as QYG`,
	});

export const ObservationSchema = z.strictObject({
	/** The month (YYYY-MM) or day (YYYY-MM-DD) the value refers to. */
	period: z.union([yearMonth, isoDate], { error: 'must be a month YYYY-MM or a date YYYY-MM-DD' }),
	/** Area code; see {@link areaCode}. */
	area: areaCode,
	/** The value, in the dataset's unit; null where no figure was published (shown as "no published figure"). */
	value: z.number().nullable(),
	/**
	 * Which part of a broken series the value belongs to, when the definition
	 * changed (for example the per-100k denominator in April 2024). Values in
	 * different series are never joined by a line.
	 */
	series: z.string().optional(),
	/** A source for this value when it differs from the dataset's (for example a trade press report). */
	source: sourceRef.optional(),
	/** true when the value is from a secondary source (news or trade press): flagged on the page. */
	secondary: z.boolean().default(false),
	/** A note printed beside the value, for example a suppression or a failed submission. */
	note: z.string().optional(),
});
export type Observation = z.output<typeof ObservationSchema>;

export const DatasetSchema = z.strictObject({
	/** Unique id; also the file name (data/datasets/<id>.json). */
	id: slugId,
	/** Title shown above charts and in the data catalogue. */
	title: z.string().min(3),
	/** The unit of every value, for example "beds", "beds per 100,000 population" or "%". */
	unit: z.string().min(1),
	/** What is counted and how, in plain English. */
	definition: z.string().min(10),
	/** For rates: the population the rate is per, for each series. */
	denominator: z.string().optional(),
	/** The statistical status, for example "Management information (experimental statistics)". */
	statisticalStatus: z.string().optional(),
	/** The organisation that published the figures. */
	publisher: z.string().min(2),
	/** The licence the figures are published under. */
	licence: z.string().min(2),
	/** Where the figures come from: ids in data/sources.json. */
	sources: z.array(sourceRef).min(1),
	/** The date the data was last checked against its sources (YYYY-MM-DD). Status is computed as of this date. */
	asOf: isoDate,
	/** true when the figures are not from a published source; the page then shows an "Illustrative" label. */
	illustrative: z.boolean().default(false),
	/** The values. At least one. */
	observations: z.array(ObservationSchema).min(1),
});
export type Dataset = z.output<typeof DatasetSchema>;

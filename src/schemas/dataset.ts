/** One file in `data/datasets/`: a measured series with its provenance. */
import { z } from 'zod';
import { isoDate, slugId, sourceRef, yearMonth, yearOnly } from './fragments.ts';
import { POPULATION_BASES } from './system.ts';

/**
 * An area code: England (E92000001), an NHS region (E40xxxxxx), or an ICB by
 * its ODS code (Qxx) as NHS England's statistics print it.
 */
export const areaCode = z.string().regex(/^(E92000001|E40\d{6}|Q[A-Z0-9]{2})$/, {
	error: (issue) =>
		`"${String(issue.input)}" is not an area code: use E92000001 (England), an NHS region code E40xxxxxx or an ICB code such as QYG`,
});

export const ObservationSchema = z.strictObject({
	/**
	 * The month (YYYY-MM) or day (YYYY-MM-DD) the value refers to; or only its
	 * year (YYYY) when the source states no month: printed "2025 (month not
	 * stated)", never given a month, not drawn on a chart (there is no month to
	 * place it at), and judged by the status rules as any month of that year.
	 */
	period: z.union([yearMonth, isoDate, yearOnly], {
		error: 'must be a month YYYY-MM, a date YYYY-MM-DD, or a year YYYY when the source states no month',
	}),
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
	note: z.string().min(3).max(400).optional(),
	/**
	 * Where NHS England suppressed a figure because it was over a value
	 * ("100%*": reported occupancy exceeds 100%), that value; `value` is then
	 * null. The site says "reported over 100%" and counts it as over the value.
	 */
	exceeds: z.number().optional(),
});
export type Observation = z.output<typeof ObservationSchema>;

/**
 * One part of a broken series: values measured the same way. When a
 * definition changes (NHS England's per-100k denominator in April 2024),
 * each definition is a series of its own, and the chart never joins them.
 */
export const SeriesSchema = z.strictObject({
	/** Id used by observations' `series`, for example "adults-16-plus". */
	id: slugId,
	/** Short name in legends and tables, for example "Per 100,000 adults aged 16+ (to March 2024)". */
	label: z.string().min(3).max(120),
	/**
	 * Who the rate is per, completing "<value> <unit> ...", for example
	 * "adults aged 16 and over registered with a GP" (printed after "beds per 100,000").
	 */
	per: z.string().min(3).max(120),
	/** The population basis, matching the ICB populations in data/systems.json. */
	populationBasis: z
		.enum(POPULATION_BASES, {
			error: `must be one of ${POPULATION_BASES.join(', ')}`,
		})
		.optional(),
	/** England's population on this basis: the denominator of England's rates. */
	population: z
		.strictObject({
			/** Number of people. */
			value: z.number().int().positive(),
			/** The month the count refers to (YYYY-MM). */
			month: yearMonth,
			/** Where the count comes from (an id in data/sources.json). */
			source: sourceRef,
		})
		.optional(),
});
export type Series = z.output<typeof SeriesSchema>;

export const DatasetSchema = z.strictObject({
	/** Unique id; also the file name (data/datasets/<id>.json). */
	id: slugId,
	/** Title shown above charts and in the data catalogue. */
	title: z.string().min(3).max(120),
	/** The unit of every value, for example "beds", "beds per 100,000 population" or "%". */
	unit: z.string().min(1).max(40),
	/** What is counted and how, in plain English. */
	definition: z.string().min(10).max(1200),
	/** For rates: the population the rate is per, in words (each series gives its own in `series`). */
	denominator: z.string().min(3).max(400).optional(),
	/** The smallest value a figure can take. Default: 0 (counts and percentages are never negative). */
	minimum: z.number().optional(),
	/** The largest value a figure can take. Default: 100 when the unit is a percentage ("%" or "% of …"), otherwise no limit. */
	maximum: z.number().optional(),
	/** Decimal places to print values with, for example 1 for 23.0. Default: 0. */
	decimals: z.number().int().min(0).max(3).default(0),
	/** The y-axis title of charts, for example "Beds per 100,000". Default: the unit. */
	axisLabel: z.string().min(1).max(60).optional(),
	/**
	 * For a rate per 100,000: the id of the dataset of counts it is computed
	 * from. The check then recomputes every primary value from the count and
	 * the series' population (src/lib/model/rates.ts) and reports any that differ.
	 */
	rateOf: slugId.optional(),
	/**
	 * The parts of a broken series, when the definition changed. Every
	 * observation then names its `series`. Omit for an unbroken series.
	 */
	series: z.array(SeriesSchema).min(1).optional(),
	/** The statistical status, shown next to every figure, for example "Management information (experimental statistics)". */
	statisticalStatus: z.string().min(3).max(160).optional(),
	/** The organisation that published the figures. */
	publisher: z.string().min(2).max(100),
	/** The licence the figures are published under. */
	licence: z.string().min(2).max(160),
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

/**
 * Review dates: which day the site judges "past its next review" against.
 * Never the machine's clock (two builds of the same input must be the same):
 * a configured date (REVIEW_AS_OF, src/config/site.ts) when there is one,
 * otherwise the latest "as of" date of the datasets, the last day the site's
 * figures were checked. Pure.
 */

/** The latest `asOf` of `datasets` (YYYY-MM-DD): the last day the site's figures were checked; undefined when there are none. */
export function latestAsOf(datasets: Iterable<{ asOf: string }>): string | undefined {
	let latest: string | undefined;
	for (const d of datasets) if (latest === undefined || d.asOf > latest) latest = d.asOf;
	return latest;
}

/** The date review dates are judged against: `configured` when given, else the latest `asOf` of `datasets`; undefined when neither exists. */
export function reviewAsOf(datasets: Iterable<{ asOf: string }>, configured?: string): string | undefined {
	return configured ?? latestAsOf(datasets);
}

/** Whether a page whose next review is `nextReview` (YYYY-MM-DD) is past it on `asOf`: the review day itself is not yet past. */
export function isPastReview(nextReview: string, asOf: string | undefined): boolean {
	return asOf !== undefined && asOf > nextReview;
}

/** The dates a build may be given: PUBLISH_AS_OF and REVIEW_AS_OF (src/config/site.ts), either of which may be unset. */
export interface BuildDates {
	publish?: string | undefined;
	review?: string | undefined;
}

/** What the publishing date of {@link publishingAsOf} stands on, in words: the variable that set it, or the datasets. */
export function publishingBasis(configured: BuildDates): string {
	if (configured.publish !== undefined) return 'PUBLISH_AS_OF';
	if (configured.review !== undefined) return 'REVIEW_AS_OF';
	return 'the latest "as of" date of the datasets';
}

/**
 * The build's publishing date: `configured.publish` (PUBLISH_AS_OF) when
 * given, else the review date ({@link reviewAsOf}). Not a second clock: the
 * same reproducible date, which the workflows move to the day of the run. A
 * page whose `publishFrom` is after it is not built; a change note or a
 * withdrawal may not be dated after it.
 */
export function publishingAsOf(datasets: Iterable<{ asOf: string }>, configured: BuildDates = {}): string | undefined {
	return configured.publish ?? reviewAsOf(datasets, configured.review);
}

/**
 * The site's review date for this build: REVIEW_AS_OF when the build is given
 * one (src/config/site.ts), else the latest "as of" date of the datasets (the
 * last day the figures were checked). The one date every page measures
 * deadlines against (src/lib/model/as-of.ts).
 */
import { REVIEW_AS_OF } from '../../config/site.ts';
import { reviewAsOf } from '../model/review.ts';
import type { Site } from './site.ts';

/** The review date (YYYY-MM-DD), or undefined for a site with no datasets and no REVIEW_AS_OF. */
export function siteReviewDate(
	site: Pick<Site, 'datasets'>,
	configured: string | undefined = REVIEW_AS_OF,
): string | undefined {
	return reviewAsOf(site.datasets.values(), configured);
}

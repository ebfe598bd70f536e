/**
 * Pages past their next review, as warnings of `npm run check:content`:
 * advice, like the prose warnings, that never changes the exit code. "Past"
 * is judged against one reproducible date (src/lib/model/review.ts): the
 * configured REVIEW_AS_OF, or the latest "as of" date of the datasets.
 */
import { formatDate } from '../format/dates.ts';
import { isPastReview } from '../model/review.ts';
import { plural } from '../format/text.ts';
import { formatProblemList, type Problem } from '../problems/problems.ts';

/** A page as the review check needs it: its file, its next review date and the file's text (to point at the line). */
export interface ReviewedPage {
	file: string;
	nextReview: string;
	text?: string | undefined;
}

/** One warning per page whose `nextReview` is before `asOf`, at its `nextReview` line; `configured` says where `asOf` came from. */
export function reviewWarnings(
	pages: readonly ReviewedPage[],
	asOf: string | undefined,
	configured: boolean,
): Problem[] {
	if (asOf === undefined) return [];
	const basis = configured
		? `REVIEW_AS_OF, ${formatDate(asOf)}`
		: `the latest "as of" date of the datasets, ${formatDate(asOf)}`;
	return pages
		.filter((p) => isPastReview(p.nextReview, asOf))
		.map((p) => {
			const lines = (p.text ?? '').split('\n');
			const index = lines.findIndex((l) => /^nextReview\s*:/.test(l));
			return {
				file: p.file,
				field: 'nextReview',
				message: `the page was due for review on ${formatDate(p.nextReview)} (judged against ${basis}): check it against its sources, then set lastReviewed to the day you did and nextReview to the next date`,
				...(index >= 0 ? { line: index + 1, column: 1 } : {}),
			};
		});
}

/** The warnings as the command prints them, after the problems. */
export function formatReviewWarnings(warnings: readonly Problem[]): string {
	return formatProblemList(
		warnings,
		(n) => `${plural(n, 'page')} due for review (advice: this does not stop the build)`,
	);
}

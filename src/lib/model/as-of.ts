/**
 * One as-of vocabulary for the whole site. Two kinds of date, never mixed:
 *
 * - the month the figures refer to, per dataset and per target: a status
 *   says "as of the figures for February 2025" (progress.ts, `statusAsOf`);
 * - the one date the site's content and figures were last reviewed: the
 *   build's review date (REVIEW_AS_OF, else the datasets' latest "as of"),
 *   which every page that places a deadline in time measures it against, so
 *   a deadline before the review date is never described as to come.
 *
 * The timeline, /targets/ and the home page print {@link statusesAsOfSentence}
 * word for word. Pure.
 */
import { formatDate } from '../format/dates.ts';
import { monthIndex, monthOf } from '../format/months.ts';
import { plural } from '../format/text.ts';

/** The sentence that says what statuses stand on: the same words wherever statuses are listed. */
export function statusesAsOfSentence(reviewDate: string): string {
	return `Statuses are computed from the figures published up to the site's last review, on ${formatDate(reviewDate)}. Each status names the month of the figures it rests on.`;
}

/**
 * Where a deadline falls against the review date: "Passed, 8 months before the
 * review on 25 November 2026", "Due in the month of the review on …", "To come,
 * 4 months after the review on …".
 */
export function deadlineAgainstReview(deadline: string, reviewDate: string): string {
	const months = monthIndex(monthOf(reviewDate)) - monthIndex(monthOf(deadline));
	const review = `the review on ${formatDate(reviewDate)}`;
	if (months === 0) return `Due in the month of ${review}`;
	const span =
		Math.abs(months) >= 24 && Math.abs(months) % 12 === 0
			? plural(Math.abs(months) / 12, 'year')
			: plural(Math.abs(months), 'month');
	return months > 0 ? `Passed, ${span} before ${review}` : `To come, ${span} after ${review}`;
}

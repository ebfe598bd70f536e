/**
 * Date formatting for the site, in GOV.UK style ("24 December 2021",
 * "December 2023"). Works on the YYYY-MM-DD / YYYY-MM strings the schemas
 * keep, so output never depends on the machine's clock or time zone.
 */
import { isYearPeriod, monthName, monthOf } from './months.ts';

/** "2023-12" → "December 2023". */
export function formatMonth(value: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(value);
	if (!m) throw new RangeError(`"${value}" is not a month written YYYY-MM`);
	return `${monthName(Number(m[2]))} ${m[1]}`;
}

/** The words for a year whose month the source does not state. */
export const MONTH_NOT_STATED = 'month not stated';

/** A figure's period in words: "2023-12" (or "2023-12-15") → "December 2023"; a year "2025" → "2025 (month not stated)". */
export function formatPeriod(period: string): string {
	return isYearPeriod(period) ? `${period} (${MONTH_NOT_STATED})` : formatMonth(monthOf(period));
}

/** "2021-12-24" → "24 December 2021"; a YYYY-MM value is formatted as a month. */
export function formatDate(value: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return formatMonth(value);
	return `${Number(m[3])} ${monthName(Number(m[2]))} ${m[1]}`;
}

/** A target's deadline as the site writes it: the target's own wording ("by March 2025"), or its month ("December 2023"). */
export function deadlineText(target: { deadline: string; deadlineLabel?: string | undefined }): string {
	return target.deadlineLabel ?? formatMonth(target.deadline);
}

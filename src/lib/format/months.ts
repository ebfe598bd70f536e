/**
 * Month arithmetic on the `YYYY-MM` strings the schemas keep. Never uses the
 * machine's clock or time zone, so results are the same on every build.
 */

const MONTH_RE = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

/** The months' names, January first: the one list the site writes months from. */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** The name of month 1-12: 12 → "December". */
export function monthName(month: number): string {
	const name = MONTH_NAMES[month - 1];
	if (!name) throw new RangeError(`month ${month} is outside 1-12`);
	return name;
}

/** "2023-12" (or "2023-12-15") → a month count (2023 × 12 + 11), for comparing and subtracting months. */
export function monthIndex(period: string): number {
	const m = MONTH_RE.exec(period);
	if (!m) throw new RangeError(`"${period}" is not a month written YYYY-MM or a date YYYY-MM-DD`);
	return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** The inverse of {@link monthIndex}: 24287 → "2023-12". */
export function monthFromIndex(index: number): string {
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month a period falls in: "2023-12-15" → "2023-12". */
export function monthOf(period: string): string {
	return monthFromIndex(monthIndex(period));
}

/** "2023-12" plus 3 → "2024-03"; negative numbers go back. */
export function addMonths(month: string, n: number): string {
	return monthFromIndex(monthIndex(month) + n);
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: string, last: string): string[] {
	const out: string[] = [];
	for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthFromIndex(i));
	return out;
}

const YEAR_RE = /^\d{4}$/;

/** Whether a period is a year only ("2025"): a figure whose source does not state its month. */
export function isYearPeriod(period: string): boolean {
	return YEAR_RE.test(period);
}

/**
 * The months a period may refer to, as month counts: a month or a day is its
 * own month; a year ("2025", month not stated) is January to December, so
 * no month is ever invented for it.
 */
export function periodSpan(period: string): { first: number; last: number } {
	if (isYearPeriod(period)) return { first: Number(period) * 12, last: Number(period) * 12 + 11 };
	const i = monthIndex(period);
	return { first: i, last: i };
}

/** Orders periods: by their first month, then the shorter (a month before the year it falls in), then as written. */
export function comparePeriods(a: string, b: string): number {
	const x = periodSpan(a);
	const y = periodSpan(b);
	return x.first - y.first || x.last - y.last || (a < b ? -1 : a > b ? 1 : 0);
}

/** "2023-12" → "Dec 2023", for chart axes. */
export function formatMonthShort(month: string): string {
	const i = monthIndex(month);
	return `${monthName((i % 12) + 1).slice(0, 3)} ${Math.floor(i / 12)}`;
}

/** The last day of a month: "2023-12" → "2023-12-31" (a deadline is due by the end of its month). */
export function lastDayOf(month: string): string {
	const next = addMonths(month, 1);
	const [y, m] = next.split('-').map(Number) as [number, number];
	const last = new Date(Date.UTC(y, m - 1, 0));
	return `${month}-${String(last.getUTCDate()).padStart(2, '0')}`;
}

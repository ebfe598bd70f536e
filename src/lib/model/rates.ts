/**
 * Rates per 100,000 people: NHS England's virtual ward capacity is published
 * per 100,000 GP-registered population, so every rate on the site says which
 * population it is per. Pure functions.
 */

/** The rate per 100,000: value / population × 100,000. */
export function per100k(value: number, population: number): number {
	if (!(population > 0)) throw new RangeError(`population must be positive, not ${population}`);
	return (value / population) * 100_000;
}

/** The count a rate per 100,000 stands for in a population: rate × population / 100,000. */
export function countForRate(rate: number, population: number): number {
	return (rate * population) / 100_000;
}

/** Rounds half away from zero to `decimals` places, as spreadsheets and NHS England's files do. */
export function roundTo(value: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(Math.abs(value) * f + Number.EPSILON * f) / f;
	return value < 0 ? -r : r;
}

/**
 * Whether a published rate agrees with the count and population it is said
 * to come from, once both are rounded to the published precision.
 */
export function rateMatches(published: number, count: number, population: number, decimals: number): boolean {
	const computed = roundTo(per100k(count, population), decimals);
	return Math.abs(computed - published) <= 10 ** -decimals / 2 + 1e-9;
}

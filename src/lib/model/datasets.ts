/**
 * The model of a dataset's figures: which figures an area has and how a
 * value is written with its unit and denominator. Its tables (rows with "no
 * published figure" for missing months, the ICB table) are in
 * dataset-tables.ts, its CSV and JSON downloads in dataset-files.ts. Pure:
 * collections are passed in.
 */
import type { Dataset, Observation, Series } from '../../schemas/dataset.ts';
import type { System } from '../../schemas/system.ts';
import { comparePeriods } from '../format/months.ts';

/** England's area code. National targets are measured on England's figures. */
export const ENGLAND = 'E92000001';

/** Words for missing figures, used everywhere a figure is absent. */
export const NO_FIGURE = 'no published figure';

/**
 * Words for a figure NHS England suppressed as over a value ("100%*"):
 * "reported over 100% (NHS England suppresses the figure)".
 */
export function reportedOverText(exceeds: number, unit: string): string {
	return `reported over ${formatWithUnit(exceeds, unit, 0)} (NHS England suppresses the figure)`;
}

/** The convention for such figures, stated once where they are listed. */
export const REPORTED_OVER_CONVENTION =
	'Where NHS England printed "100%*" (reported occupancy exceeds 100%), it suppresses the figure as a likely data quality issue. This site shows such a month as "reported over 100% (NHS England suppresses the figure)", counts it as at or above the 80% objective, and ranks it above every published figure, tied with the others reported over 100%.';

// Addresses are built in src/lib/routes.ts; these are re-exported for the pages that import them from here.
export { chartHref, datasetHref, targetHref } from '../routes.ts';

/** The name of an area code: England, or the ICB's name from data/systems.json. */
export function areaName(code: string, systems: ReadonlyMap<string, System>): string {
	if (code === ENGLAND) return 'England';
	return systems.get(code)?.name ?? code;
}

/** The figures of one area, oldest first. */
export function observationsFor(dataset: Dataset, area: string = ENGLAND): Observation[] {
	return dataset.observations.filter((o) => o.area === area).sort((a, b) => comparePeriods(a.period, b.period));
}

/** The areas a dataset has figures for, England first, then by code. */
export function areasOf(dataset: Dataset): string[] {
	const codes = [...new Set(dataset.observations.map((o) => o.area))];
	return codes.sort((a, b) => (a === ENGLAND ? -1 : b === ENGLAND ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** The figure for a period (YYYY-MM) and area, if one is recorded. */
export function findObservation(dataset: Dataset, period: string, area: string = ENGLAND): Observation | undefined {
	return dataset.observations.find((o) => o.area === area && o.period === period);
}

/** The description of the series an observation belongs to. */
export function seriesOf(dataset: Dataset, observation: Pick<Observation, 'series'>): Series | undefined {
	if (observation.series === undefined) return undefined;
	return dataset.series?.find((s) => s.id === observation.series);
}

/** A number written the British way with a fixed number of decimals: 11805 → "11,805", 23 → "23.0". */
export function formatNumber(value: number, decimals: number): string {
	const fixed = Math.abs(value).toFixed(decimals);
	const [whole = '0', fraction] = fixed.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${value < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A value with its unit: "10,421 beds", "65.3%", "90% of trusts". */
export function formatWithUnit(value: number, unit: string, decimals: number): string {
	const n = formatNumber(value, decimals);
	return unit.startsWith('%') ? `${n}${unit}` : `${n} ${unit}`;
}

/**
 * A figure as printed in text, with its unit and, for rates, who it is per:
 * "23.0 beds per 100,000 adults aged 16 and over registered with a GP".
 */
export function formatFigure(dataset: Dataset, observation: Observation): string {
	if (observation.value === null)
		return observation.exceeds === undefined ? NO_FIGURE : reportedOverText(observation.exceeds, dataset.unit);
	const series = seriesOf(dataset, observation);
	const text = formatWithUnit(observation.value, dataset.unit, dataset.decimals);
	return series ? `${text} ${series.per}` : text;
}

/**
 * The datasets' rules: each figure makes sense (src/lib/content-check/data-sense.ts),
 * its sources and the count it is a rate of exist, every figure names a
 * declared series, and a rate per 100,000 agrees with its count and population.
 */
import type { Dataset } from '../../../schemas/dataset.ts';
import type { System } from '../../../schemas/system.ts';
import { ENGLAND } from '../../model/datasets.ts';
import { per100k, rateMatches } from '../../model/rates.ts';
import { checkDatasetSense, valueRange } from '../data-sense.ts';
import type { Problem } from '../../problems/problems.ts';
import { needId, type RuleContext } from './context.ts';

type Observation = Dataset['observations'][number];

/** A figure's series: required, and declared, when the dataset has series; absent when it has none. */
function seriesProblem(d: Dataset, o: Observation, at: string, file: string): Problem | undefined {
	const seriesIds = new Set((d.series ?? []).map((s) => s.id));
	if (d.series && (o.series === undefined || !seriesIds.has(o.series))) {
		return {
			file,
			field: o.series === undefined ? at : `${at}.series`,
			message: `${o.series === undefined ? 'series is required' : `"${o.series}" is not a series of this dataset`}: this dataset is a broken series, so every figure names one of ${[...seriesIds].join(', ')}`,
		};
	}
	if (!d.series && o.series !== undefined) {
		return {
			file,
			field: `${at}.series`,
			message: `"${o.series}" is not declared: list the dataset's series in "series", or remove the field`,
		};
	}
	return undefined;
}

/**
 * A rate per 100,000 must agree with its count and population (primary figures only:
 * trade press rarely says which population it used).
 */
const COUNTS = new WeakMap<Dataset, Map<string, number | null>>();

/** A count dataset's first figure for each period and area (`period|area`), indexed once per dataset. */
function countsOf(count: Dataset): Map<string, number | null> {
	let counts = COUNTS.get(count);
	if (!counts) {
		counts = new Map();
		for (const c of count.observations) {
			const key = `${c.period}|${c.area}`;
			if (!counts.has(key)) counts.set(key, c.value);
		}
		COUNTS.set(count, counts);
	}
	return counts;
}

function rateProblem(
	d: Dataset,
	o: Observation,
	at: string,
	file: string,
	count: Dataset | undefined,
	systems: ReadonlyMap<string, System>,
): Problem | undefined {
	const series = d.series?.find((s) => s.id === o.series);
	if (!count || !series || o.secondary || o.value === null) return undefined;
	const countValue = countsOf(count).get(`${o.period}|${o.area}`);
	const population =
		o.area === ENGLAND
			? series.population?.value
			: systems.get(o.area)?.populations.find((p) => p.basis === series.populationBasis)?.value;
	if (countValue === undefined || countValue === null || population === undefined) return undefined;
	// A count that is itself out of range is reported where it is, not again here.
	const range = valueRange(count);
	if (countValue < range.min || (range.max !== undefined && countValue > range.max)) return undefined;
	if (rateMatches(o.value, countValue, population, d.decimals)) return undefined;
	return {
		file,
		field: `${at}.value`,
		message: `${o.value} does not match ${countValue} (${count.id}) per ${population} people (${series.id}) × 100,000 = ${per100k(countValue, population).toFixed(d.decimals + 2)}; check the figure, the count or the population`,
	};
}

/** Checks every valid dataset's figures and references. */
export function checkDatasets(context: RuleContext): void {
	const { project, ids, problems } = context;
	const datasetsById = new Map(project.datasets.map((d) => [d.id, d]));
	const systemsById = new Map(project.systems.map((s) => [s.id, s]));
	for (const { entry: d, file: f } of context.read.datasets.entries) {
		problems.push(...checkDatasetSense(d, f, ids.systems));
		d.sources.forEach((s, j) => needId(context, 'sources', f, `sources[${j}]`, s.id));
		d.series?.forEach((s, j) => {
			if (s.population) needId(context, 'sources', f, `series[${j}].population.source`, s.population.source.id);
		});
		const count = d.rateOf ? datasetsById.get(d.rateOf) : undefined;
		if (d.rateOf) needId(context, 'datasets', f, 'rateOf', d.rateOf);
		d.observations.forEach((o, j) => {
			const at = `observations[${j}]`;
			if (o.source) needId(context, 'sources', f, `${at}.source`, o.source.id);
			const series = seriesProblem(d, o, at, f);
			if (series) problems.push(series);
			const rate = rateProblem(d, o, at, f, count, systemsById);
			if (rate) problems.push(rate);
		});
	}
}

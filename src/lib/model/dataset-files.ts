/**
 * A dataset's downloads: the CSV (one row per recorded figure) and the JSON
 * (definition, provenance and figures), both in a stable order. Pure:
 * collections are passed in.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import type { System } from '../../schemas/system.ts';
import { toCsv } from '../format/csv.ts';
import { areaName, areasOf, observationsFor, reportedOverText, seriesOf } from './datasets.ts';

/** The header of every dataset CSV. */
export const CSV_HEADER = [
	'dataset',
	'period',
	'area_code',
	'area_name',
	'value',
	'unit',
	'series',
	'per',
	'secondary',
	'source',
	'source_url',
	'note',
	'reported_over',
] as const;

/**
 * The dataset as CSV: one row per recorded figure (null values as empty
 * fields), England first, then ICBs by code, each oldest first.
 */
export function datasetCsv(
	dataset: Dataset,
	systems: ReadonlyMap<string, System>,
	sources: ReadonlyMap<string, Source>,
): string {
	const datasetSource = dataset.sources[0] ? sources.get(dataset.sources[0].id) : undefined;
	const rows = areasOf(dataset).flatMap((area) =>
		observationsFor(dataset, area).map((o) => {
			const source = o.source ? sources.get(o.source.id) : datasetSource;
			const series = seriesOf(dataset, o);
			return [
				dataset.id,
				o.period,
				o.area,
				areaName(o.area, systems),
				o.value,
				dataset.unit,
				o.series ?? '',
				series?.per ?? '',
				o.secondary,
				source ? `${source.publisher}: ${source.title}` : '',
				source?.url ?? '',
				o.note ?? '',
				o.value === null && o.exceeds !== undefined ? reportedOverText(o.exceeds, dataset.unit) : '',
			];
		}),
	);
	return toCsv(CSV_HEADER, rows);
}

/**
 * The dataset as JSON: its definition, provenance (sources resolved to
 * title, publisher and address) and every figure, in a stable order.
 */
export function datasetJson(dataset: Dataset, sources: ReadonlyMap<string, Source>): string {
	const resolve = (id: string) => {
		const s = sources.get(id);
		return s ? { id, title: s.title, publisher: s.publisher, date: s.date, url: s.url } : { id };
	};
	const observations = areasOf(dataset).flatMap((area) => observationsFor(dataset, area));
	return `${JSON.stringify(
		{
			...dataset,
			sources: dataset.sources.map((s) => resolve(s.id)),
			observations: observations.map((o) => ({
				...o,
				source: o.source ? resolve(o.source.id) : undefined,
				...(o.value === null && o.exceeds !== undefined ? { reported: reportedOverText(o.exceeds, dataset.unit) } : {}),
			})),
		},
		null,
		'\t',
	)}\n`;
}

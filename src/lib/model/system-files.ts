/**
 * An ICB's downloads: the CSV (one row per month, null figures as empty
 * fields with their note) and the JSON (the ICB, its populations, the
 * definitions, sources and licence, and every month). Pure: the figures and
 * sources are passed in.
 */
import type { Source } from '../../schemas/source.ts';
import { toCsv } from '../format/csv.ts';
import { reportedOverText } from './datasets.ts';
import { joinNotes } from './systems-figures.ts';
import type { SystemFigures, SystemsData } from './systems.ts';

/** The header of a system's CSV download. */
export const SYSTEM_CSV_HEADER = [
	'period',
	'icb_code',
	'icb_name',
	'region',
	'capacity_beds',
	'beds_per_100k',
	'beds_per_100k_published',
	'per',
	'population',
	'occupancy_percent',
	'note',
	'source',
	'occupancy_reported_over',
] as const;

/** A system's figures as CSV, each row citing the capacity dataset's first source (NHS England's statistics). */
export function systemCsv(
	s: SystemFigures,
	data: Pick<SystemsData, 'capacity'>,
	sources: ReadonlyMap<string, Source>,
): string {
	const first = data.capacity.sources[0];
	const source = first ? sources.get(first.id) : undefined;
	const rows = s.months.map((m) => [
		m.period,
		s.system.id,
		s.system.name,
		s.system.region,
		m.capacity.value,
		m.rate?.value ?? null,
		m.rate?.published ?? null,
		m.rate ? `per 100,000 ${m.rate.series.per}` : '',
		m.rate?.population ?? null,
		m.occupancy.value,
		joinNotes(m.capacity.note, m.rate?.note, m.occupancy.note) ?? '',
		source ? `${source.publisher}: ${source.title} ${source.url ?? ''}`.trim() : '',
		m.occupancy.value === null && m.occupancy.exceeds !== undefined ? reportedOverText(m.occupancy.exceeds, '%') : '',
	]);
	return toCsv(SYSTEM_CSV_HEADER, rows);
}

/** The sources of the system figures: the rate dataset's (the statistics and the populations they are per). */
export function systemSources(data: Pick<SystemsData, 'rate'>, sources: ReadonlyMap<string, Source>) {
	return data.rate.sources.map(({ id }) => ({ id, source: sources.get(id) }));
}

/** A figure suppressed as over a value, with `reported` in words ("reported over 100% …"); others as they are. */
export function withReported<F extends { value: number | null; exceeds?: number | undefined }>(
	figure: F,
	unit: string,
): F | (F & { reported: string }) {
	return figure.value === null && figure.exceeds !== undefined
		? { ...figure, reported: reportedOverText(figure.exceeds, unit) }
		: figure;
}

/** A system's figures as JSON, with the ICB, its populations, definitions, sources and licence; `page` is its page's address. */
export function systemJson(
	s: SystemFigures,
	data: Pick<SystemsData, 'capacity' | 'rate' | 'occupancy'>,
	sources: ReadonlyMap<string, Source>,
	page: string,
): string {
	return `${JSON.stringify(
		{
			icb: {
				code: s.system.id,
				onsCode: s.system.onsCode,
				name: s.system.name,
				region: s.system.region,
				regionCode: s.system.regionCode,
				populations: s.system.populations,
			},
			page,
			asOf: data.capacity.asOf,
			licence: data.capacity.licence,
			sources: systemSources(data, sources).map(({ id, source: x }) =>
				x ? { id, title: x.title, publisher: x.publisher, url: x.url } : { id },
			),
			definitions: {
				capacity: data.capacity.definition,
				bedsPer100k: data.rate.definition,
				occupancy: data.occupancy.definition,
			},
			months: s.months.map((m) => ({
				period: m.period,
				capacity: m.capacity,
				bedsPer100k: m.rate
					? {
							value: m.rate.value,
							published: m.rate.published,
							per: m.rate.series.per,
							population: m.rate.population,
							note: m.rate.note,
						}
					: null,
				occupancy: withReported(m.occupancy, '%'),
			})),
		},
		null,
		'\t',
	)}\n`;
}

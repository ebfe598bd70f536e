/**
 * Turns the files' rows and the national series into the observations of the
 * three virtual ward datasets (vw-capacity, vw-beds-per-100k, vw-occupancy),
 * each figure with the footnote that explains it. Pure.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { formatMonth } from '../format/dates.ts';
import { monthIndex } from '../format/months.ts';
import { andList } from '../format/text.ts';
import { per100k, rateMatches, roundTo } from '../model/rates.ts';
import type { NationalMonth } from './national.ts';
import { ENGLAND, type VirtualWardFile } from './read-workbook.ts';
import { basisFor } from './validate.ts';

/** The ids of the datasets the importer writes. */
export const DATASET_IDS = ['vw-capacity', 'vw-beds-per-100k', 'vw-occupancy'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** One figure as written to data/datasets/<id>.json. */
export interface ImportedObservation {
	period: string;
	area: string;
	value: number | null;
	series?: string;
	source?: string;
	secondary?: true;
	note?: string;
	exceeds?: number;
}

/** The series of a rate whose report does not say which population it is per. */
export const UNSTATED_SERIES = 'population-not-stated';

/** Where each secondary month's figures were reported: a source id per measure, checked against the series' own source text. */
const SECONDARY_SOURCES: Record<string, { url: string; id: string }> = {
	'htn.co.uk/2024/11/18/': { url: 'htn.co.uk/2024/11/18/', id: 'htn-2024-11-october-virtual-wards' },
	'htn.co.uk/2025/01/28/': { url: 'htn.co.uk/2025/01/28/', id: 'htn-2025-01-december-virtual-wards' },
	'htn.co.uk/?p=76526': { url: 'htn.co.uk/?p=76526', id: 'htn-2025-october-virtual-wards' },
	'publictechnology.net/2025/05/19/': {
		url: 'publictechnology.net/2025/05/19/',
		id: 'publictech-2025-05-virtual-wards',
	},
};

type SecondaryMeasure = 'capacity' | 'per100k' | 'occupancy';

/**
 * The source of one measure of a secondary month. Where the national series
 * names two reports (October 2024), the capacity and per-100k figures come
 * from the report its text says they come from. Throws (a programming
 * error, caught by the command) when the series names a report we do not know.
 */
export function secondarySource(month: NationalMonth, measure: SecondaryMeasure): string {
	const urls = Object.values(SECONDARY_SOURCES).filter((s) => month.source.includes(s.url));
	if (urls.length === 0)
		throw new Error(
			`${month.period}: no known source in "${month.source}"; add it to SECONDARY_SOURCES in src/lib/statistics/to-datasets.ts`,
		);
	if (urls.length === 1) return (urls[0] as { id: string }).id;
	const capacityFrom = /capacity[^;]*?from (https?:\/\/\S+)/.exec(month.source)?.[1] ?? '';
	const forCapacity = urls.find((u) => capacityFrom.includes(u.url));
	if (!forCapacity)
		throw new Error(`${month.period}: cannot tell which report gives which figure in "${month.source}"`);
	if (measure === 'occupancy') return (urls.find((u) => u !== forCapacity) as { id: string }).id;
	return forCapacity.id;
}

const MAIN_SOURCE = 'nhse-virtual-ward-statistics';
/** England's GP-registered population on each basis, as NHS England's files give it. */
export const POPULATION = {
	'adults-16-plus': { month: '2023-04', value: 51396905 },
	'all-ages': { month: '2024-04', value: 63227624 },
} as const;

const COMMON = {
	statisticalStatus: 'Management information, published as experimental statistics',
	publisher: 'NHS England',
	licence: 'Open Government Licence v3.0',
	illustrative: false,
} as const;

/** The series of the per-100k dataset. The importer writes them (observations name them); other wording is kept from the existing file. */
export const RATE_SERIES: NonNullable<Dataset['series']> = [
	{
		id: 'adults-16-plus',
		label: 'Per 100,000 adults aged 16+ (July 2023 to March 2024)',
		per: 'adults aged 16 and over registered with a GP',
		populationBasis: 'gp-registered-16-plus',
		population: {
			value: POPULATION['adults-16-plus'].value,
			month: POPULATION['adults-16-plus'].month,
			source: { id: 'nhsd-gp-registered-population' },
		},
	},
	{
		id: 'all-ages',
		label: 'Per 100,000 people of all ages (from April 2024)',
		per: 'people of all ages registered with a GP',
		populationBasis: 'gp-registered-all-ages',
		population: {
			value: POPULATION['all-ages'].value,
			month: POPULATION['all-ages'].month,
			source: { id: 'nhsd-gp-registered-population' },
		},
	},
	{
		id: UNSTATED_SERIES,
		label: 'Per 100,000 of a population the report does not state',
		per: 'people (the report does not say which population)',
	},
];

/** What each dataset is, when its file does not exist yet (an existing file keeps its own wording, except the rate's series and denominator). */
export const DATASET_DEFAULTS: Record<DatasetId, Omit<Dataset, 'observations' | 'asOf'>> = {
	'vw-capacity': {
		id: 'vw-capacity',
		title: 'Virtual ward capacity',
		unit: 'beds',
		decimals: 0,
		axisLabel: 'Virtual ward beds',
		definition:
			'The number of virtual ward "beds" (the patients virtual wards can look after at once), as reported in the last sitrep submission of each calendar month by lead virtual ward providers, for England and each integrated care board.',
		...COMMON,
		sources: [{ id: MAIN_SOURCE }],
	},
	'vw-beds-per-100k': {
		id: 'vw-beds-per-100k',
		title: 'Virtual ward beds per 100,000 population',
		unit: 'beds per 100,000',
		decimals: 1,
		axisLabel: 'Beds per 100,000 people',
		definition:
			'Virtual ward capacity divided by the GP-registered population, times 100,000. Until March 2024 NHS England used the population aged 16 and over (April 2023); from April 2024 it uses people of all ages (April 2024), so the two series cannot be compared.',
		denominator:
			'GP-registered population: aged 16 and over (April 2023) until March 2024; all ages (April 2024) from April 2024. A later figure from trade press whose report does not say which population it is per is shown as a series of its own. The guidance says "per 100,000 population" without naming one.',
		...COMMON,
		sources: [{ id: MAIN_SOURCE }, { id: 'nhsd-gp-registered-population' }],
		rateOf: 'vw-capacity',
		series: RATE_SERIES,
	},
	'vw-occupancy': {
		id: 'vw-occupancy',
		title: 'Virtual ward occupancy',
		unit: '%',
		decimals: 1,
		axisLabel: 'Occupancy (%)',
		definition:
			'Patients on a virtual ward at 8am on the Thursday before the last sitrep of the month, as a percentage of capacity: a one-day snapshot that NHS England calls indicative. Occupancy over 100% is suppressed.',
		...COMMON,
		sources: [{ id: MAIN_SOURCE }],
	},
};

/**
 * England's occupancy when an ICB's capacity is counted but its patients are
 * not (no activity data): the note says so, with the ICB's footnote.
 */
function englandOccupancyNote(file: VirtualWardFile): string | undefined {
	if (file.england.notes.occupancy) return file.england.notes.occupancy;
	const left = file.icbs.filter((r) => r.patients === null && r.capacity !== null && r.notes.patients);
	if (left.length === 0) return undefined;
	const names = left.map((r) => r.name).join(', ');
	const notes = [...new Set(left.map((r) => r.notes.patients as string))].join(' ');
	return `England's occupancy counts the capacity of ${names} but none of its patients. NHS England's footnote: ${notes}`;
}

function withNote(o: ImportedObservation, note: string | undefined): ImportedObservation {
	return note ? { ...o, note } : o;
}

/** Builds the observations of the three datasets from the files and, for months without a file, the national series. */
export function buildObservations(
	files: readonly VirtualWardFile[],
	national: readonly NationalMonth[],
): Record<DatasetId, ImportedObservation[]> {
	const out: Record<DatasetId, ImportedObservation[]> = {
		'vw-capacity': [],
		'vw-beds-per-100k': [],
		'vw-occupancy': [],
	};
	const fileMonths = new Set(files.map((f) => f.month));
	for (const f of files) {
		const series = basisFor(f.month);
		for (const row of [f.england, ...f.icbs]) {
			const base = { period: f.month, area: row.area };
			out['vw-capacity'].push(withNote({ ...base, value: row.capacity }, row.notes.capacity));
			out['vw-beds-per-100k'].push(withNote({ ...base, value: row.per100k, series }, row.notes.per100k));
			const note = row.area === ENGLAND ? englandOccupancyNote(f) : (row.notes.occupancy ?? row.notes.patients);
			const occupancy = withNote({ ...base, value: row.occupancy }, note);
			out['vw-occupancy'].push(
				row.occupancyExceeds === undefined ? occupancy : { ...occupancy, exceeds: row.occupancyExceeds },
			);
		}
	}
	for (const m of national) {
		if (fileMonths.has(m.period)) continue;
		const secondary = m.sourceType.startsWith('secondary');
		const base = { period: m.period, area: ENGLAND };
		const given = [
			m.capacityBeds !== null && 'capacity',
			m.capacityPer100k !== null && 'beds per 100,000',
			m.occupancyPct !== null && 'occupancy',
		].filter((g): g is string => g !== false);
		const missingNote = `Not given in the report of this month, which gives only ${andList(given)}.`;
		const extra = (measure: SecondaryMeasure, value: number | null): Partial<ImportedObservation> => {
			const e: Partial<ImportedObservation> = {};
			if (secondary) {
				e.source = secondarySource(m, measure);
				e.secondary = true;
			}
			if (value === null) e.note = missingNote;
			return e;
		};
		out['vw-capacity'].push({ ...base, value: m.capacityBeds, ...extra('capacity', m.capacityBeds) });
		const basis = basisFor(m.period);
		const population = POPULATION[basis].value;
		const rate: ImportedObservation = {
			...base,
			value: m.capacityPer100k,
			series: basis,
			...extra('per100k', m.capacityPer100k),
		};
		if (
			secondary &&
			m.capacityPer100k !== null &&
			m.capacityBeds !== null &&
			!rateMatches(m.capacityPer100k, m.capacityBeds, population, 1)
		) {
			// The report gives a rate that NHS England's population for the series does not produce: do not claim that population.
			rate.series = UNSTATED_SERIES;
			rate.note = `The report does not say which population this rate is per. It is not per the ${formatMonth(POPULATION[basis].month)} GP-registered population NHS England used for earlier months: ${m.capacityBeds.toLocaleString('en-GB')} beds per ${population.toLocaleString('en-GB')} people would be ${roundTo(per100k(m.capacityBeds, population), 1)} per 100,000.`;
		}
		out['vw-beds-per-100k'].push(rate);
		const occ: ImportedObservation = { ...base, value: m.occupancyPct, ...extra('occupancy', m.occupancyPct) };
		if (m.note) occ.note = m.note.replace(/^\*\s*/, '');
		out['vw-occupancy'].push(occ);
	}
	const rank = (area: string) => (area === ENGLAND ? '' : area);
	const order = (a: ImportedObservation, b: ImportedObservation) =>
		(rank(a.area) < rank(b.area) ? -1 : rank(a.area) > rank(b.area) ? 1 : 0) ||
		monthIndex(a.period) - monthIndex(b.period);
	for (const list of Object.values(out)) list.sort(order);
	return out;
}

/**
 * The dataset files: the existing file's wording (or the defaults), the
 * importer's series for the rate, the as-of date and the observations.
 */
export function buildDatasets(
	observations: Record<DatasetId, ImportedObservation[]>,
	existing: Partial<Record<DatasetId, Record<string, unknown>>>,
	asOf: string,
): Record<DatasetId, Record<string, unknown>> {
	const out = {} as Record<DatasetId, Record<string, unknown>>;
	for (const id of DATASET_IDS) {
		// typescript-eslint calls this assertion unnecessary, but tsc (astro check) needs it to
		// destructure the defaults' union type: keep the compiler's view.
		const source = existing[id] ?? (DATASET_DEFAULTS[id] as Record<string, unknown>); // eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion
		const { observations: _old, asOf: _asOf, ...meta } = source;
		const defaults = DATASET_DEFAULTS[id];
		// The rate's series and its denominator describe how the importer files each figure, so it writes them.
		if (defaults.series) meta['series'] = defaults.series;
		if (defaults.denominator) meta['denominator'] = defaults.denominator;
		out[id] = { ...meta, asOf, observations: observations[id] };
	}
	return out;
}

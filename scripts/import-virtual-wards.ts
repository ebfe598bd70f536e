/**
 * Writes the virtual ward datasets (data/datasets/vw-capacity.json,
 * vw-beds-per-100k.json, vw-occupancy.json) from NHS England's monthly
 * statistics files, read cell by cell with exceljs, and from the gathered
 * national series for the months whose files we do not have.
 *
 *   npm run import:virtual-wards -- ../shared/data/virtual-ward-statistics/*.xlsx
 *   npm run import:virtual-wards -- --as-of=2026-11-25 --national=path/to/virtual-wards-national.json files.xlsx...
 *
 * --national defaults to virtual-wards-national.json beside the xlsx files or
 * in their parent folder. --as-of (the date the figures were checked,
 * YYYY-MM-DD) defaults to the as-of date already in the dataset files.
 *
 * The files' quirks (see LAYOUT.md beside them): header cells with line
 * breaks and trailing spaces; England's row named "ENGLAND" or "ENGLAND*";
 * rows in a different order from March 2024; occupancy stored as a fraction;
 * occupancy over 100% suppressed as "*" or "100%*"; "**" where an ICB sent no
 * activity data; the per-100k denominator changing from adults aged 16+ to
 * all ages in April 2024.
 *
 * For every month in both, England's row must equal the national series; the
 * import stops with the differences otherwise.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { DatasetSchema, type Dataset } from '../src/schemas/dataset.ts';
import { formatProblems, parseWithFriendlyErrors } from '../src/lib/content-check/problems.ts';
import { monthIndex } from '../src/lib/months.ts';
import { rateMatches, roundTo } from '../src/lib/rates.ts';

export const ENGLAND = 'E92000001';
const SHEET = 'Virtual Ward Data';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The two per-100k denominators NHS England has used. */
export type Basis = 'adults-16-plus' | 'all-ages';

/** A value the file suppressed, with the marker it printed. */
export interface Suppressed {
	marker: string;
	note: string;
}

/** One row of the table: England or an ICB. */
export interface VirtualWardRow {
	/** E92000001 for England, or the ICB's ODS code. */
	area: string;
	name: string;
	capacity: number | null;
	/** Per 100,000, rounded to 1 decimal place as NHS England publishes it. */
	per100k: number | null;
	population: number | null;
	patients: number | null;
	/** Percentage, rounded to 1 decimal place (the files store a fraction). */
	occupancy: number | null;
	suppressed: Partial<Record<'patients' | 'occupancy', Suppressed>>;
}

export interface VirtualWardFile {
	file: string;
	/** YYYY-MM, from the "Month:" cell. */
	month: string;
	/** YYYY-MM-DD, from the "Published:" cell. */
	published: string;
	basis: Basis;
	england: VirtualWardRow;
	icbs: VirtualWardRow[];
}

/** What the markers mean (from the files' notes). */
export const MARKERS: Record<string, string> = {
	'*': 'Occupancy over 100%: suppressed by NHS England as a likely data quality issue.',
	'100%*': 'Occupancy over 100%: suppressed by NHS England as a likely data quality issue.',
	'**': 'No activity data was submitted for this ICB this month.',
};

/** A cell's value as text or number: formulas give their result, rich text its plain text. */
function cellValue(value: ExcelJS.CellValue): string | number | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return value;
	if (typeof value === 'string') return value;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('text' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text as ExcelJS.CellValue);
	}
	return String(value);
}

/** Header text with line breaks and runs of spaces made single spaces, lower case. */
export function normaliseHeader(text: string): string {
	return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** "July 2023" → "2023-07". */
export function parseMonthName(text: string): string {
	const m = /^([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
	const i = m ? MONTHS.indexOf((m[1] ?? '').toLowerCase()) : -1;
	if (!m || i < 0) throw new Error(`"${text}" is not a month such as "July 2023"`);
	return `${m[2]}-${String(i + 1).padStart(2, '0')}`;
}

/** "10th August 2023" → "2023-08-10". */
export function parseLongDate(text: string): string {
	const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
	const i = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) : -1;
	if (!m || i < 0) throw new Error(`"${text}" is not a date such as "10th August 2023"`);
	return `${m[3]}-${String(i + 1).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
}

type Column = 'region' | 'icbCode' | 'name' | 'capacity' | 'per100k' | 'population' | 'patients' | 'occupancy';

/** Which column a header cell is, by its (normalised) words. */
function columnOf(header: string): Column | undefined {
	if (header === 'region') return 'region';
	if (header === 'icb code') return 'icbCode';
	if (header === 'name') return 'name';
	if (header.startsWith('virtual ward capacity per 100,000')) return 'per100k';
	if (header.startsWith('virtual ward capacity')) return 'capacity';
	if (header.startsWith('gp registered population')) return 'population';
	if (header.startsWith('patients in a virtual ward')) return 'patients';
	if (header.startsWith('occupancy')) return 'occupancy';
	return undefined;
}

/** Reads one monthly file. Throws with the file name and cell on anything unexpected. */
export async function readVirtualWardFile(path: string): Promise<VirtualWardFile> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(path);
	const sheet = workbook.getWorksheet(SHEET);
	const where = basename(path);
	if (!sheet) throw new Error(`${where}: no sheet named "${SHEET}"`);

	let month: string | undefined;
	let published: string | undefined;
	let headerRow = 0;
	const columns = new Map<Column, number>();
	let perHeader = '';
	sheet.eachRow((row, r) => {
		if (headerRow) return;
		const cells = (row.values as ExcelJS.CellValue[]).map(cellValue);
		cells.forEach((c, col) => {
			if (typeof c !== 'string') return;
			const label = c.trim();
			const next = cells[col + 1];
			if (label === 'Month:' && typeof next === 'string') month = parseMonthName(next);
			if (label === 'Published:' && typeof next === 'string') published = parseLongDate(next);
		});
		const headers = cells.map((c) => (typeof c === 'string' ? normaliseHeader(c) : ''));
		if (headers.includes('icb code')) {
			headerRow = r;
			headers.forEach((h, col) => {
				const column = columnOf(h);
				if (column) columns.set(column, col);
				if (column === 'per100k') perHeader = h;
			});
		}
	});
	if (!month) throw new Error(`${where}: no "Month:" cell above the table`);
	if (!published) throw new Error(`${where}: no "Published:" cell above the table`);
	if (!headerRow) throw new Error(`${where}: no header row with an "ICB code" column`);
	for (const c of ['icbCode', 'name', 'capacity', 'per100k', 'population', 'patients', 'occupancy'] as const) {
		if (!columns.has(c)) throw new Error(`${where}: the table has no ${c} column`);
	}
	const basis: Basis = perHeader.includes('aged 16') ? 'adults-16-plus' : 'all-ages';

	let england: VirtualWardRow | undefined;
	const icbs: VirtualWardRow[] = [];
	for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
		const values = sheet.getRow(r).values as ExcelJS.CellValue[];
		const get = (c: Column) => cellValue(values[columns.get(c) as number]);
		const name = get('name');
		if (typeof name !== 'string' || name.trim() === '') continue;
		const at = `${where} row ${r}`;
		const suppressed: VirtualWardRow['suppressed'] = {};
		const num = (c: Column, marker?: 'patients' | 'occupancy'): number | null => {
			const v = get(c);
			if (typeof v === 'number') return v;
			if (typeof v === 'string' && marker && MARKERS[v.trim()]) {
				suppressed[marker] = { marker: v.trim(), note: MARKERS[v.trim()] as string };
				return null;
			}
			throw new Error(`${at}: ${c} is ${JSON.stringify(v)}, not a number or a known marker (${Object.keys(MARKERS).join(' ')})`);
		};
		const isEngland = /^ENGLAND\*?$/.test(name.trim());
		const code = get('icbCode');
		if (!isEngland && (typeof code !== 'string' || !/^Q[A-Z0-9]{2}$/.test(code.trim()))) {
			throw new Error(`${at}: ICB code ${JSON.stringify(code)} is not an ODS code such as QYG`);
		}
		const capacity = num('capacity');
		const per100k = num('per100k');
		const population = num('population');
		const patients = num('patients', 'patients');
		const occupancy = num('occupancy', 'occupancy');
		const row: VirtualWardRow = {
			area: isEngland ? ENGLAND : (code as string).trim(),
			name: name.trim(),
			capacity,
			per100k: per100k === null ? null : roundTo(per100k, 1),
			population,
			patients,
			occupancy: occupancy === null ? null : roundTo(occupancy * 100, 1),
			suppressed,
		};
		if (isEngland) england = row;
		else icbs.push(row);
	}
	if (!england) throw new Error(`${where}: no ENGLAND row`);
	if (icbs.length !== 42) throw new Error(`${where}: expected 42 ICB rows, found ${icbs.length}`);
	return { file: where, month, published, basis, england, icbs };
}

/** One month of the gathered national series (../shared/data/virtual-wards-national.json). */
export interface NationalMonth {
	period: string;
	capacityBeds: number | null;
	capacityPer100k: number | null;
	denominatorPopulation?: number;
	denominator?: string;
	patientsOnVirtualWard: number | null;
	occupancyPct: number | null;
	source: string;
	sourceType: string;
	note?: string;
}

export function readNational(path: string): NationalMonth[] {
	return JSON.parse(readFileSync(path, 'utf8')) as NationalMonth[];
}

/** Differences between a file's England row and the national series for the same month (empty when equal). */
export function compareWithNational(file: VirtualWardFile, national: readonly NationalMonth[]): string[] {
	const n = national.find((m) => m.period === file.month);
	if (!n) return [];
	const pairs: [string, number | null, number | null][] = [
		['capacity', file.england.capacity, n.capacityBeds],
		['per 100,000', file.england.per100k, n.capacityPer100k],
		['population', file.england.population, n.denominatorPopulation ?? null],
		['patients', file.england.patients, n.patientsOnVirtualWard],
		['occupancy %', file.england.occupancy, n.occupancyPct],
	];
	return pairs
		.filter(([, a, b]) => a !== b)
		.map(([what, a, b]) => `${file.file} (${file.month}) England ${what}: file ${String(a)}, national series ${String(b)}`);
}

/** Where each secondary month's figures were reported: a source id per measure, checked against the series' own source text. */
const SECONDARY_SOURCES: Record<string, { url: string; id: string }> = {
	'htn.co.uk/2024/11/18/': { url: 'htn.co.uk/2024/11/18/', id: 'htn-2024-11-october-virtual-wards' },
	'htn.co.uk/2025/01/28/': { url: 'htn.co.uk/2025/01/28/', id: 'htn-2025-01-december-virtual-wards' },
	'htn.co.uk/?p=76526': { url: 'htn.co.uk/?p=76526', id: 'htn-2025-october-virtual-wards' },
};

type Measure = 'capacity' | 'per100k' | 'occupancy';

/**
 * The source of one measure of a secondary month. Where the national series
 * names two reports (October 2024), the capacity and per-100k figures come
 * from the report its text says they come from.
 */
export function secondarySource(month: NationalMonth, measure: Measure): string {
	const urls = Object.values(SECONDARY_SOURCES).filter((s) => month.source.includes(s.url));
	if (urls.length === 0) throw new Error(`${month.period}: no known source in "${month.source}"; add it to SECONDARY_SOURCES`);
	if (urls.length === 1) return (urls[0] as { id: string }).id;
	const capacityFrom = /capacity[^;]*?from (https?:\/\/\S+)/.exec(month.source)?.[1] ?? '';
	const forCapacity = urls.find((u) => capacityFrom.includes(u.url));
	if (!forCapacity) throw new Error(`${month.period}: cannot tell which report gives which figure in "${month.source}"`);
	if (measure === 'occupancy') return (urls.find((u) => u !== forCapacity) as { id: string }).id;
	return forCapacity.id;
}

interface Obs {
	period: string;
	area: string;
	value: number | null;
	series?: string;
	source?: string;
	secondary?: true;
	note?: string;
}

const MAIN_SOURCE = 'nhse-virtual-ward-statistics';
const POPULATION = { '2023-04': 51396905, '2024-04': 63227624 } as const;

/** What each dataset is, when its file does not exist yet (an existing file keeps its own wording). */
export const DATASET_DEFAULTS: Record<'vw-capacity' | 'vw-beds-per-100k' | 'vw-occupancy', Omit<Dataset, 'observations' | 'asOf'>> = {
	'vw-capacity': {
		id: 'vw-capacity',
		title: 'Virtual ward capacity',
		unit: 'beds',
		decimals: 0,
		axisLabel: 'Virtual ward beds',
		definition:
			'The number of virtual ward "beds" (the patients virtual wards can look after at once), as reported in the last sitrep submission of each calendar month by lead virtual ward providers, for England and each integrated care board.',
		statisticalStatus: 'Management information, published as experimental statistics',
		publisher: 'NHS England',
		licence: 'Open Government Licence v3.0',
		sources: [{ id: MAIN_SOURCE }],
		illustrative: false,
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
			'GP-registered population: aged 16 and over (April 2023) until March 2024; all ages (April 2024) from April 2024. The guidance says "per 100,000 population" without naming one.',
		statisticalStatus: 'Management information, published as experimental statistics',
		publisher: 'NHS England',
		licence: 'Open Government Licence v3.0',
		sources: [{ id: MAIN_SOURCE }, { id: 'nhsd-gp-registered-population' }],
		illustrative: false,
		rateOf: 'vw-capacity',
		series: [
			{
				id: 'adults-16-plus',
				label: 'Per 100,000 adults aged 16+ (July 2023 to March 2024)',
				per: 'adults aged 16 and over registered with a GP',
				populationBasis: 'gp-registered-16-plus',
				population: { value: POPULATION['2023-04'], month: '2023-04', source: { id: 'nhsd-gp-registered-population' } },
			},
			{
				id: 'all-ages',
				label: 'Per 100,000 people of all ages (from April 2024)',
				per: 'people of all ages registered with a GP',
				populationBasis: 'gp-registered-all-ages',
				population: { value: POPULATION['2024-04'], month: '2024-04', source: { id: 'nhsd-gp-registered-population' } },
			},
		],
	},
	'vw-occupancy': {
		id: 'vw-occupancy',
		title: 'Virtual ward occupancy',
		unit: '%',
		decimals: 1,
		axisLabel: 'Occupancy (%)',
		definition:
			'Patients on a virtual ward at 8am on the Thursday before the last sitrep of the month, as a percentage of capacity: a one-day snapshot that NHS England calls indicative. Occupancy over 100% is suppressed.',
		statisticalStatus: 'Management information, published as experimental statistics',
		publisher: 'NHS England',
		licence: 'Open Government Licence v3.0',
		sources: [{ id: MAIN_SOURCE }],
		illustrative: false,
	},
};

function seriesFor(month: string): 'adults-16-plus' | 'all-ages' {
	return monthIndex(month) < monthIndex('2024-04') ? 'adults-16-plus' : 'all-ages';
}

/** Builds the observations of the three datasets from the files and the national series. */
export function buildObservations(files: readonly VirtualWardFile[], national: readonly NationalMonth[]): Record<keyof typeof DATASET_DEFAULTS, Obs[]> {
	const out: Record<keyof typeof DATASET_DEFAULTS, Obs[]> = { 'vw-capacity': [], 'vw-beds-per-100k': [], 'vw-occupancy': [] };
	const fileMonths = new Set(files.map((f) => f.month));
	for (const f of files) {
		const expected = seriesFor(f.month);
		if ((f.basis === 'adults-16-plus') !== (expected === 'adults-16-plus')) {
			throw new Error(`${f.file}: the per-100k column is per ${f.basis}, but ${f.month} belongs to the ${expected} series`);
		}
		for (const row of [f.england, ...f.icbs]) {
			const base = { period: f.month, area: row.area };
			out['vw-capacity'].push({ ...base, value: row.capacity });
			out['vw-beds-per-100k'].push({ ...base, value: row.per100k, series: expected });
			const occ: Obs = { ...base, value: row.occupancy };
			const s = row.suppressed.occupancy ?? row.suppressed.patients;
			if (s) occ.note = s.note;
			out['vw-occupancy'].push(occ);
		}
	}
	for (const m of national) {
		if (fileMonths.has(m.period)) continue;
		const secondary = m.sourceType.startsWith('secondary');
		const base = { period: m.period, area: ENGLAND };
		const extra = (measure: Measure, value: number | null): Partial<Obs> => {
			const e: Partial<Obs> = {};
			if (secondary) {
				e.source = secondarySource(m, measure);
				e.secondary = true;
			}
			if (value === null) e.note = 'Not given in the report of this month, which gives only occupancy.';
			return e;
		};
		out['vw-capacity'].push({ ...base, value: m.capacityBeds, ...extra('capacity', m.capacityBeds) });
		const rate: Obs = { ...base, value: m.capacityPer100k, series: seriesFor(m.period), ...extra('per100k', m.capacityPer100k) };
		const population = seriesFor(m.period) === 'adults-16-plus' ? POPULATION['2023-04'] : POPULATION['2024-04'];
		if (secondary && m.capacityPer100k !== null && m.capacityBeds !== null && !rateMatches(m.capacityPer100k, m.capacityBeds, population, 1)) {
			rate.note = `The report does not say which population this rate is per; it does not match the April 2024 population (${m.capacityBeds.toLocaleString('en-GB')} beds would be ${roundTo((m.capacityBeds / population) * 100000, 1)} per 100,000).`;
		}
		out['vw-beds-per-100k'].push(rate);
		const occ: Obs = { ...base, value: m.occupancyPct, ...extra('occupancy', m.occupancyPct) };
		if (m.note) occ.note = m.note.replace(/^\*\s*/, '');
		out['vw-occupancy'].push(occ);
	}
	const rank = (area: string) => (area === ENGLAND ? '' : area);
	const order = (a: Obs, b: Obs) =>
		(rank(a.area) < rank(b.area) ? -1 : rank(a.area) > rank(b.area) ? 1 : 0) || monthIndex(a.period) - monthIndex(b.period);
	for (const list of Object.values(out)) list.sort(order);
	return out;
}

function option(args: string[], name: string): string | undefined {
	const hit = args.find((a) => a.startsWith(`--${name}=`));
	return hit?.slice(name.length + 3);
}

/** The national series: --national, else beside the files, else in their parent folder. */
export function findNational(args: string[], files: string[]): string {
	const given = option(args, 'national');
	if (given) return given;
	const dir = dirname(files[0] ?? '.');
	for (const candidate of [join(dir, 'virtual-wards-national.json'), join(dir, '..', 'virtual-wards-national.json')]) {
		if (existsSync(candidate)) return candidate;
	}
	throw new Error('virtual-wards-national.json not found beside the files or in their parent folder: pass --national=<file>');
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const paths = args.filter((a) => !a.startsWith('--')).sort();
	if (paths.length === 0) {
		console.error('usage: npm run import:virtual-wards -- [--as-of=YYYY-MM-DD] [--national=<json>] <VWyyyymm.xlsx>...');
		process.exit(2);
	}
	const files = await Promise.all(paths.map(readVirtualWardFile));
	const national = readNational(findNational(args, paths));
	const differences = files.flatMap((f) => compareWithNational(f, national));
	if (differences.length > 0) {
		console.error(`England's row differs from the national series:\n  ${differences.join('\n  ')}`);
		process.exit(1);
	}
	const observations = buildObservations(files, national);
	for (const id of Object.keys(DATASET_DEFAULTS) as (keyof typeof DATASET_DEFAULTS)[]) {
		const path = join('data', 'datasets', `${id}.json`);
		const existing = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
		const asOf = option(args, 'as-of') ?? (existing?.['asOf'] as string | undefined);
		if (!asOf) {
			console.error(`${path} does not exist yet: pass --as-of=YYYY-MM-DD, the date you checked the figures`);
			process.exit(2);
		}
		const { observations: _old, ...meta } = existing ?? (DATASET_DEFAULTS[id] as Record<string, unknown>);
		const dataset = { ...meta, asOf, observations: observations[id] };
		const parsed = parseWithFriendlyErrors(DatasetSchema, dataset, path);
		if (!parsed.ok) {
			console.error(formatProblems(parsed.problems));
			process.exit(1);
		}
		writeFileSync(path, `${JSON.stringify(dataset, null, '\t')}\n`);
		console.log(`wrote ${path}: ${observations[id].length} figures`);
	}
	console.log(`read ${files.length} files (${files.map((f) => f.month).join(', ')}); England equals the national series in every one`);
}

if (import.meta.main) await main();

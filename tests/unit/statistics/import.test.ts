/**
 * The importer reads NHS England's 13 monthly files (committed as fixtures,
 * so CI needs nothing outside the repository): every ICB adds up to England,
 * England's row equals the gathered national series, every footnote travels
 * with the figure it explains, and the committed datasets are byte for byte
 * what the importer writes: no figure is typed by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importVirtualWards, type ImportInput } from '../../../src/lib/statistics/import.ts';
import { findNational, parseNational, type NationalMonth } from '../../../src/lib/statistics/national.ts';
import {
	ENGLAND,
	parseLongDate,
	parseMonthName,
	readVirtualWardWorkbook,
	SUPPRESSED_NOTE,
	tidyHeader,
	type VirtualWardFile,
} from '../../../src/lib/statistics/read-workbook.ts';
import { datasetChanges, formatChanges } from '../../../src/lib/statistics/report.ts';
import {
	buildObservations,
	DATASET_IDS,
	secondarySource,
	UNSTATED_SERIES,
	type DatasetId,
} from '../../../src/lib/statistics/to-datasets.ts';
import {
	checkIcbs,
	checkTotals,
	compareWithNational,
	decimalsOf,
	ratioConsistent,
} from '../../../src/lib/statistics/validate.ts';
import { loadDatasets, loadSystems, must } from '../../helpers/data.ts';
import { ROOT } from '../../helpers/site.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'virtual-ward-statistics');
const NATIONAL = join(FIXTURES, 'virtual-wards-national.json');
const NAMES = readdirSync(FIXTURES)
	.filter((f) => f.endsWith('.xlsx'))
	.sort();
const nationalResult = parseNational(readFileSync(NATIONAL, 'utf8'), 'virtual-wards-national.json');
if (!nationalResult.ok) throw new Error('the national series fixture does not parse');
const national: NationalMonth[] = nationalResult.months;
const icbs = [...loadSystems().values()].map((s) => ({ code: s.id, name: s.name }));
let files: VirtualWardFile[] = [];

const fileFor = (month: string) =>
	must(
		files.find((f) => f.month === month),
		month,
	);
const icbOf = (month: string, code: string) =>
	must(
		fileFor(month).icbs.find((r) => r.area === code),
		`${code} in ${month}`,
	);

beforeAll(async () => {
	files = [];
	for (const name of NAMES) {
		const read = await readVirtualWardWorkbook(readFileSync(join(FIXTURES, name)), name);
		if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.problems)}`);
		files.push(read.file);
	}
});

describe('reading the files', () => {
	it('has all 13 published months, July 2023 to July 2024, each with its publication date and 42 ICBs', () => {
		expect(files.map((f) => f.month)).toEqual([
			'2023-07',
			'2023-08',
			'2023-09',
			'2023-10',
			'2023-11',
			'2023-12',
			'2024-01',
			'2024-02',
			'2024-03',
			'2024-04',
			'2024-05',
			'2024-06',
			'2024-07',
		]);
		expect(files[0]?.published).toBe('2023-08-10');
		for (const f of files) expect(new Set(f.icbs.map((r) => r.area)).size, f.file).toBe(42);
	});

	it("reads England's row, named ENGLAND or ENGLAND*, with occupancy as a percentage", () => {
		expect(files[0]?.england).toMatchObject({
			area: ENGLAND,
			name: 'ENGLAND',
			capacity: 9713,
			per100k: 18.9,
			population: 51396905,
			patients: 6227,
			occupancy: 64.1,
		});
		expect(files.at(-1)?.england).toMatchObject({ name: 'ENGLAND', capacity: 12365, per100k: 19.6, occupancy: 73.9 });
	});

	it('keeps the headers as the files print them, for messages', () => {
		expect(files[0]?.columns.capacity).toEqual({ column: 6, header: 'Virtual Ward Capacity (see note 1)' });
		expect(files[0]?.columns.occupancy.header).toBe('Occupancy % (see note 5)');
		expect(tidyHeader('Virtual Ward Capacity \n(see note 1) ')).toBe('Virtual Ward Capacity (see note 1)');
	});

	it('detects the change of denominator from the header of the per-100k column', () => {
		expect(files.filter((f) => f.basis === 'adults-16-plus').map((f) => f.month)).toEqual([
			'2023-07',
			'2023-08',
			'2023-09',
			'2023-10',
			'2023-11',
			'2023-12',
			'2024-01',
			'2024-02',
			'2024-03',
		]);
	});

	it('finds the same ICB wherever the rows are (the order changed in March 2024)', () => {
		const qyg = files.map((f) => f.icbs.findIndex((r) => r.area === 'QYG'));
		expect(new Set(qyg).size).toBeGreaterThan(1);
		expect(icbOf('2024-03', 'QYG').name).toMatch(/^NHS Cheshire and Merseyside Integrated Care Board$/i);
	});
});

describe('footnotes', () => {
	it('keeps occupancy over 100% ("*" in July 2023, "100%*" later) as a missing value with the note', () => {
		const july = fileFor('2023-07').icbs.filter((r) => r.markers.occupancy);
		expect(july.map((r) => r.markers.occupancy)).toEqual(['*', '*', '*']);
		for (const r of july) expect(r).toMatchObject({ occupancy: null, notes: { occupancy: SUPPRESSED_NOTE } });
		expect(fileFor('2023-08').icbs.some((r) => r.markers.occupancy === '100%*')).toBe(true);
	});

	it('January 2024: Northamptonshire did not submit, so its printed zeros are not figures and every figure of the row carries the footnote', () => {
		const qpm = icbOf('2024-01', 'QPM');
		expect(qpm).toMatchObject({
			name: 'NHS Northamptonshire Integrated Care Board',
			capacity: 338,
			patients: null,
			occupancy: null,
			notSubmitted: true,
		});
		expect(qpm.occupancyRaw).toBe(0);
		expect(qpm.notes.occupancy).toMatch(
			/^NHS Northamptonshire Integrated Care Board did not complete a successful submission this reporting period\. Therefore, the publication displays an occupancy of zero/,
		);
		expect(qpm.notes.capacity).toBe(qpm.notes.occupancy);
		// England's row is marked * too: the same footnote says the national occupancy is affected.
		expect(fileFor('2024-01').england.notes.occupancy).toBe(qpm.notes.occupancy);
		expect(fileFor('2024-01').england.occupancy).toBe(70.2);
	});

	it('July 2024: "**" where Northamptonshire sent no activity data, explained in the Notes sheet', () => {
		expect(icbOf('2024-07', 'QPM')).toMatchObject({
			capacity: 350,
			patients: null,
			occupancy: null,
			markers: { patients: '**', occupancy: '**' },
		});
		expect(icbOf('2024-07', 'QPM').notes.occupancy).toBe(
			'Note that no Wards in NHS Northamptonshire Integrated Care Board submitted activity data in this reporting cycle.',
		);
	});

	it('carries no note where the file explains nothing (ENGLAND* from February 2024 has no footnote)', () => {
		expect(fileFor('2024-02').england.notes).toEqual({});
	});
});

describe('checks on the real files', () => {
	it('every file names all 42 ICBs, each once', () => {
		for (const f of files) expect(checkIcbs(f, icbs), f.file).toEqual([]);
	});

	it('the ICBs add up to England in every file, and rates and occupancy agree with their counts within the rounding the file uses', () => {
		for (const f of files) expect(checkTotals(f), f.file).toEqual([]);
		// What the check relies on, verified independently: capacity exactly, patients over the ICBs that published one.
		for (const f of files) {
			expect(
				f.icbs.reduce((a, r) => a + (r.capacity ?? 0), 0),
				f.file,
			).toBe(f.england.capacity);
			expect(
				f.icbs.reduce((a, r) => a + (r.patients ?? 0), 0),
				f.file,
			).toBe(f.england.patients);
		}
	});

	it("England's row equals the national series in every month", () => {
		for (const f of files) expect(compareWithNational(f, national, 'national.json'), f.file).toEqual([]);
	});

	it('compares ratios within the rounding of the stored value', () => {
		expect(decimalsOf(0.65)).toBe(2);
		expect(decimalsOf(0.641099557294348)).toBe(15);
		expect(ratioConsistent(0.543, 217 / 400, 3)).toBe(true); // November 2023, rounded half up
		expect(ratioConsistent(0.99, 193 / 195, 3)).toBe(true); // 0.990 stored as 0.99
		expect(ratioConsistent(0.98, 193 / 195, 3)).toBe(false);
		expect(ratioConsistent(0.641099557294348, 6227 / 9713, 3)).toBe(true);
		expect(ratioConsistent(0.6411, 6227 / 9713, 3)).toBe(false);
	});
});

describe('the datasets', () => {
	let input: ImportInput;
	beforeAll(() => {
		const paths = Object.fromEntries(DATASET_IDS.map((id) => [id, `data/datasets/${id}.json`])) as Record<
			DatasetId,
			string
		>;
		input = {
			files: NAMES.map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) })),
			national: { path: 'virtual-wards-national.json', text: readFileSync(NATIONAL, 'utf8') },
			icbs,
			existing: Object.fromEntries(
				DATASET_IDS.map((id) => [
					id,
					{ path: paths[id], json: JSON.parse(readFileSync(join(ROOT, paths[id]), 'utf8')) as Record<string, unknown> },
				]),
			),
			paths,
			asOf: undefined,
		};
	});

	it('are byte for byte what the importer writes from the 13 files, and importing again changes nothing', async () => {
		const outcome = await importVirtualWards(input);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		for (const id of DATASET_IDS)
			expect(outcome.texts[id], id).toBe(readFileSync(join(ROOT, 'data', 'datasets', `${id}.json`), 'utf8'));
		for (const c of outcome.changes) expect(c).toMatchObject({ added: [], replaced: [], removed: [] });
	});

	it('have every published month for every ICB', () => {
		const datasets = loadDatasets();
		for (const id of DATASET_IDS) {
			const d = must(datasets.get(id), id);
			for (const { code } of icbs) {
				const months = d.observations.filter((o) => o.area === code).map((o) => o.period);
				expect(months, `${id} ${code}`).toEqual(files.map((f) => f.month));
			}
		}
	});

	it("England's figures equal the national series for every month it gives", () => {
		const datasets = loadDatasets();
		const value = (id: DatasetId, period: string) =>
			datasets.get(id)?.observations.find((o) => o.area === ENGLAND && o.period === period)?.value;
		for (const n of national) {
			expect(value('vw-capacity', n.period), n.period).toBe(n.capacityBeds);
			expect(value('vw-beds-per-100k', n.period), n.period).toBe(n.capacityPer100k);
			expect(value('vw-occupancy', n.period), n.period).toBe(n.occupancyPct);
		}
	});

	it('ICB figures equal the cells of the files, read independently', async () => {
		const datasets = loadDatasets();
		const spots: [string, string, DatasetId, string, number | null][] = [
			// file, ICB, dataset, column, expected value (null: no figure)
			['VW202401.xlsx', 'QPM', 'vw-capacity', 'F', 338],
			['VW202401.xlsx', 'QPM', 'vw-occupancy', 'J', null],
			['VW202311.xlsx', 'QE1', 'vw-occupancy', 'J', 54.3],
			['VW202402.xlsx', 'QMF', 'vw-capacity', 'F', 424],
			['VW202406.xlsx', 'QH8', 'vw-beds-per-100k', 'G', 14],
			['VW202406.xlsx', 'QSL', 'vw-capacity', 'F', 115],
		];
		for (const [name, code, id, column, expected] of spots) {
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.readFile(join(FIXTURES, name));
			const sheet = must(workbook.getWorksheet('Virtual Ward Data'), name);
			let cell: ExcelJS.CellValue = undefined;
			sheet.eachRow((row) => {
				if (row.getCell('D').value === code) cell = row.getCell(column).value;
			});
			const raw = cell as unknown;
			if (expected !== null) {
				const published =
					id === 'vw-occupancy' ? Math.round((raw as number) * 1000) / 10 : Math.round((raw as number) * 10) / 10;
				expect(published, `${name} ${code} ${column}`).toBe(expected);
			}
			const o = datasets
				.get(id)
				?.observations.find((x) => x.area === code && x.period === `${name.slice(2, 6)}-${name.slice(6, 8)}`);
			expect(o?.value, `${name} ${code} ${id}`).toBe(expected);
			if (expected === null) expect(o?.note, `${name} ${code}`).toMatch(/did not complete a successful submission/);
		}
	});

	it('carry the footnotes: the January 2024 non-submission and the July 2024 gap in England', () => {
		const built = buildObservations(files, national);
		const england = (id: DatasetId, period: string) => built[id].find((o) => o.area === ENGLAND && o.period === period);
		expect(england('vw-occupancy', '2024-01')?.note).toMatch(
			/national occupancy rate figures are subsequently impacted/,
		);
		expect(england('vw-occupancy', '2024-07')?.note).toMatch(
			/^England's occupancy counts the capacity of NHS Northamptonshire Integrated Care Board but none of its patients\. NHS England's footnote: Note that no Wards/,
		);
		expect(built['vw-occupancy'].filter((o) => o.value === null && o.area !== ENGLAND).every((o) => o.note)).toBe(true);
	});

	it('take the months without a file from the national series, flagging trade press figures with their report', () => {
		const built = buildObservations(files, national);
		expect(built['vw-capacity'].find((o) => o.period === '2025-10')).toMatchObject({
			value: 12588,
			secondary: true,
			source: 'htn-2025-october-virtual-wards',
		});
		const october2024 = must(
			national.find((n) => n.period === '2024-10'),
			'Oct 2024',
		);
		expect(secondarySource(october2024, 'capacity')).toBe('htn-2025-october-virtual-wards');
		expect(secondarySource(october2024, 'occupancy')).toBe('htn-2024-11-october-virtual-wards');
	});

	it('do not claim a population for a rate whose report does not give one (October 2025)', () => {
		const built = buildObservations(files, national);
		const rate = (period: string) => built['vw-beds-per-100k'].find((o) => o.period === period);
		expect(rate('2025-10')).toMatchObject({
			value: 19.7,
			series: UNSTATED_SERIES,
			note: expect.stringMatching(/^The report does not say which population this rate is per\./),
		});
		// October and December 2024 agree with the April 2024 all-ages population, as their reports say.
		expect(rate('2024-10')?.series).toBe('all-ages');
		expect(rate('2024-12')?.series).toBe('all-ages');
	});
});

describe('what an import prints', () => {
	it('lists months added, replaced (with what changed), removed and unchanged', () => {
		const before = [
			{ period: '2023-07', area: ENGLAND, value: 1 },
			{ period: '2023-08', area: ENGLAND, value: 2 },
			{ period: '2023-09', area: ENGLAND, value: 3 },
		];
		const after = [
			{ period: '2023-07', area: ENGLAND, value: 1 },
			{ period: '2023-08', area: ENGLAND, value: 2, note: 'n' },
			{ period: '2023-08', area: 'QYG', value: 5 },
			{ period: '2023-10', area: ENGLAND, value: 4 },
		];
		const c = datasetChanges('vw-x.json', before, after);
		expect(c).toEqual({
			id: 'vw-x.json',
			added: ['2023-10'],
			replaced: [{ month: '2023-08', added: 1, changed: 1, removed: 0 }],
			removed: ['2023-09'],
			unchanged: ['2023-07'],
			written: 4,
		});
		expect(formatChanges([c])).toEqual([
			'vw-x.json: 4 figures written',
			'  months added (1): October 2023',
			'  months replaced (1): August 2023 (1 figure added, 1 figure changed)',
			'  months removed (1): September 2023',
			'  months unchanged: 1',
		]);
	});
});

describe('finding the national series', () => {
	const texts: Record<string, string> = {
		'a/virtual-wards-national.json': 'A',
		'a/b/virtual-wards-national.json': 'B',
		'c/virtual-wards-national.json': 'A',
	};
	const read = (p: string) => texts[p];

	it('looks beside each file and in its parent, whatever the order of the files', () => {
		expect(findNational(['x/VW202307.xlsx', 'c/d/VW202308.xlsx'], undefined, read)).toMatchObject({
			ok: true,
			path: 'c/virtual-wards-national.json',
		});
		expect(findNational(['c/d/VW202308.xlsx', 'x/VW202307.xlsx'], undefined, read)).toMatchObject({
			ok: true,
			path: 'c/virtual-wards-national.json',
		});
		expect(findNational(['a/VW202307.xlsx', 'c/VW202308.xlsx'], undefined, read)).toMatchObject({
			ok: true,
			text: 'A',
		});
	});

	it('stops when the copies differ, naming them', () => {
		const found = findNational(['a/b/VW202307.xlsx'], undefined, read);
		expect(found.ok).toBe(false);
		if (!found.ok)
			expect(found.problems[0]?.message).toMatch(
				/^differs from a\/virtual-wards-national\.json: keep one national series/,
			);
	});
});

it('parses the cells above the table', () => {
	expect(parseMonthName('July 2023')).toBe('2023-07');
	expect(parseLongDate('8th August 2024')).toBe('2024-08-08');
	expect(parseMonthName('Jul-23')).toBeUndefined();
	expect(parseLongDate('2024-08-08')).toBeUndefined();
});

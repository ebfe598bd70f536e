/**
 * The importer reads NHS England's files (committed as fixtures, so CI needs
 * nothing outside the repository), its England row equals the gathered
 * national series for every month, and the committed datasets are exactly
 * what it produces: no figure is typed by hand.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildObservations,
	compareWithNational,
	ENGLAND,
	normaliseHeader,
	parseLongDate,
	parseMonthName,
	readNational,
	readVirtualWardFile,
	secondarySource,
	type VirtualWardFile,
} from '../../scripts/import-virtual-wards.ts';
import { loadDatasets, must } from '../helpers/data.ts';
import { ROOT } from '../helpers/site.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'virtual-ward-statistics');
const national = readNational(join(FIXTURES, 'virtual-wards-national.json'));
let files: VirtualWardFile[] = [];

beforeAll(async () => {
	const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
	files = await Promise.all(names.map((f) => readVirtualWardFile(join(FIXTURES, f))));
});

describe('reading the files', () => {
	it('reads the month, the publication date and 42 ICBs from each file', () => {
		expect(files.map((f) => f.month)).toEqual(['2023-07', '2023-08', '2023-09', '2023-10', '2023-12', '2024-03', '2024-04', '2024-05', '2024-07']);
		expect(files[0]?.published).toBe('2023-08-10');
		for (const f of files) expect(new Set(f.icbs.map((r) => r.area)).size, f.file).toBe(42);
	});

	it("reads England's row, named ENGLAND or ENGLAND*, with occupancy as a percentage", () => {
		expect(files[0]?.england).toMatchObject({ area: ENGLAND, name: 'ENGLAND', capacity: 9713, per100k: 18.9, population: 51396905, patients: 6227, occupancy: 64.1 });
		expect(files.at(-1)?.england).toMatchObject({ name: 'ENGLAND*', capacity: 12365, per100k: 19.6, occupancy: 73.9 });
	});

	it('equals the national series for England in every month it covers', () => {
		const covered = files.filter((f) => national.some((n) => n.period === f.month));
		expect(covered).toHaveLength(files.length);
		for (const f of files) expect(compareWithNational(f, national), f.file).toEqual([]);
	});

	it('detects the change of denominator from the header of the per-100k column', () => {
		expect(files.filter((f) => f.basis === 'adults-16-plus').map((f) => f.month)).toEqual(['2023-07', '2023-08', '2023-09', '2023-10', '2023-12', '2024-03']);
	});

	it('keeps suppression markers as missing values with a note', () => {
		const july = must(files.find((f) => f.month === '2023-07'), 'July 2023');
		const suppressed = july.icbs.filter((r) => r.suppressed.occupancy);
		expect(suppressed.map((r) => r.suppressed.occupancy?.marker)).toEqual(['*', '*', '*']);
		for (const r of suppressed) expect(r.occupancy).toBeNull();
		const northamptonshire = must(files.at(-1)?.icbs.find((r) => r.area === 'QPM'), 'QPM');
		expect(northamptonshire).toMatchObject({ patients: null, occupancy: null, suppressed: { patients: { marker: '**' } } });
		expect(files.find((f) => f.month === '2023-08')?.icbs.some((r) => r.suppressed.occupancy?.marker === '100%*')).toBe(true);
	});

	it('finds the same ICB wherever the rows are (the order changed in March 2024)', () => {
		const qyg = files.map((f) => f.icbs.findIndex((r) => r.area === 'QYG'));
		expect(new Set(qyg).size).toBeGreaterThan(1);
		// The names change case between files ("Cheshire And Merseyside"); the code does not.
		expect(files.find((f) => f.month === '2024-03')?.icbs.find((r) => r.area === 'QYG')?.name).toMatch(/^NHS Cheshire and Merseyside Integrated Care Board$/i);
	});
});

describe('the datasets', () => {
	it('are exactly what the importer builds from the files and the national series', () => {
		const built = buildObservations(files, national);
		const committed = loadDatasets();
		for (const id of ['vw-capacity', 'vw-beds-per-100k', 'vw-occupancy'] as const) {
			const d = must(committed.get(id), id);
			const normalise = (o: { period: string; area: string; value: number | null; series?: string | undefined; source?: unknown; secondary?: boolean | undefined; note?: string | undefined }) => ({
				period: o.period,
				area: o.area,
				value: o.value,
				series: o.series,
				source: typeof o.source === 'string' ? o.source : (o.source as { id: string } | undefined)?.id,
				secondary: o.secondary === true,
				note: o.note,
			});
			expect(d.observations.map(normalise), id).toEqual(built[id].map(normalise));
		}
	});

	it('take the months missing from the files from the national series, flagging trade press figures with their report', () => {
		const built = buildObservations(files, national);
		const october2025 = built['vw-capacity'].find((o) => o.period === '2025-10');
		expect(october2025).toMatchObject({ value: 12588, secondary: true, source: 'htn-2025-october-virtual-wards' });
		const november2023 = built['vw-capacity'].find((o) => o.period === '2023-11' && o.area === ENGLAND);
		expect(november2023).toEqual({ period: '2023-11', area: ENGLAND, value: 11231 });
		const october2024 = must(national.find((n) => n.period === '2024-10'), 'Oct 2024');
		expect(secondarySource(october2024, 'capacity')).toBe('htn-2025-october-virtual-wards');
		expect(secondarySource(october2024, 'occupancy')).toBe('htn-2024-11-october-virtual-wards');
	});
});

it('parses the cells above the table', () => {
	expect(normaliseHeader('Virtual Ward Capacity \n(see note 1) ')).toBe('virtual ward capacity (see note 1)');
	expect(parseMonthName('July 2023')).toBe('2023-07');
	expect(parseLongDate('8th August 2024')).toBe('2024-08-08');
	expect(() => parseMonthName('Jul-23')).toThrow(/not a month/);
});

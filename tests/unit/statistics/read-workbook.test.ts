/** Reading NHS England's monthly xlsx files: the table, its footnotes and the cells above it (src/lib/statistics/read-workbook.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	ENGLAND,
	parseLongDate,
	parseMonthName,
	SUPPRESSED_NOTE,
	tidyHeader,
	type VirtualWardFile,
} from '../../../src/lib/statistics/read-workbook.ts';
import { must } from '../../helpers/data.ts';
import { readFixtureFiles } from '../../helpers/statistics.ts';

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
	files = await readFixtureFiles();
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
		for (const r of july)
			expect(r).toMatchObject({ occupancy: null, notes: { occupancy: SUPPRESSED_NOTE }, occupancyExceeds: 100 });
		expect(fileFor('2023-08').icbs.some((r) => r.markers.occupancy === '100%*')).toBe(true);
	});

	it('marks only the occupancies suppressed as over 100% as exceeding 100, not a non-submission', () => {
		const july2024 = fileFor('2024-07').icbs;
		expect(
			july2024
				.filter((r) => r.occupancyExceeds !== undefined)
				.map((r) => r.area)
				.sort(),
		).toEqual(['QH8', 'QHL', 'QJG', 'QNQ', 'QRL']);
		const northants = must(
			july2024.find((r) => r.area === 'QPM'),
			'QPM',
		);
		expect(northants.occupancy).toBeNull();
		expect(northants.occupancyExceeds).toBeUndefined();
	});

	it('January 2024: Northamptonshire did not submit, so its printed zeros are not figures and its activity figures (not capacity or the rate) carry the footnote', () => {
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
		expect(qpm.notes.patients).toBe(qpm.notes.occupancy);
		expect(qpm.notes.capacity).toBeUndefined();
		expect(qpm.notes.per100k).toBeUndefined();
		expect(fileFor('2024-01').england.notes.capacity).toBeUndefined();
		expect(fileFor('2024-01').england.notes.per100k).toBeUndefined();
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

describe('the cells above the table', () => {
	it('parses the cells above the table', () => {
		expect(parseMonthName('July 2023')).toBe('2023-07');
		expect(parseLongDate('8th August 2024')).toBe('2024-08-08');
		expect(parseMonthName('Jul-23')).toBeUndefined();
		expect(parseLongDate('2024-08-08')).toBeUndefined();
	});
});

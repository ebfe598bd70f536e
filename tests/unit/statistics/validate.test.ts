/** The checks on the monthly files: every ICB once, ICBs adding up to England, England equal to the national series (src/lib/statistics/validate.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NationalMonth } from '../../../src/lib/statistics/national.ts';
import type { VirtualWardFile } from '../../../src/lib/statistics/read-workbook.ts';
import {
	checkIcbs,
	checkTotals,
	compareWithNational,
	decimalsOf,
	ratioConsistent,
} from '../../../src/lib/statistics/validate.ts';
import { ICBS, nationalSeries, readFixtureFiles } from '../../helpers/statistics.ts';

const national: NationalMonth[] = nationalSeries();
const icbs = ICBS;
let files: VirtualWardFile[] = [];

beforeAll(async () => {
	files = await readFixtureFiles();
});

describe('checks on the monthly files', () => {
	it('every file names all 42 ICBs, each once', () => {
		expect(files).toHaveLength(13);
		expect(icbs).toHaveLength(42);
		for (const f of files) expect(checkIcbs(f, icbs), f.file).toEqual([]);
	});

	it('the ICBs add up to England in every file, and rates and occupancy agree with their counts within the rounding the file uses', () => {
		expect(files).toHaveLength(13);
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
		expect(files).toHaveLength(13);
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

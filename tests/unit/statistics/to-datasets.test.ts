/** Observations built from the monthly files and the national series (src/lib/statistics/to-datasets.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NationalMonth } from '../../../src/lib/statistics/national.ts';
import { ENGLAND, type VirtualWardFile } from '../../../src/lib/statistics/read-workbook.ts';
import {
	buildObservations,
	secondarySource,
	UNSTATED_SERIES,
	type DatasetId,
} from '../../../src/lib/statistics/to-datasets.ts';
import { must } from '../../helpers/data.ts';
import { nationalSeries, readFixtureFiles } from '../../helpers/statistics.ts';

const national: NationalMonth[] = nationalSeries();
let files: VirtualWardFile[] = [];

beforeAll(async () => {
	files = await readFixtureFiles();
});

describe('the observations', () => {
	it('carry the footnotes: the January 2024 non-submission and the July 2024 gap in England', () => {
		const built = buildObservations(files, national);
		const england = (id: DatasetId, period: string) => built[id].find((o) => o.area === ENGLAND && o.period === period);
		expect(england('vw-occupancy', '2024-01')?.note).toMatch(
			/national occupancy rate figures are subsequently impacted/,
		);
		expect(england('vw-occupancy', '2024-07')?.note).toMatch(
			/^England's occupancy counts the capacity of NHS Northamptonshire Integrated Care Board but none of its patients\. NHS England's footnote: Note that no Wards/,
		);
		const withoutFigure = built['vw-occupancy'].filter((o) => o.value === null && o.area !== ENGLAND);
		expect(withoutFigure.length).toBeGreaterThan(0);
		expect(withoutFigure.filter((o) => !o.note)).toEqual([]);
	});

	it('write "exceeds": 100 on an occupancy suppressed as over 100%, and on no other figure', () => {
		const built = buildObservations(files, national);
		const over = built['vw-occupancy'].filter((o) => o.exceeds !== undefined);
		expect(over).toHaveLength(27);
		for (const o of over)
			expect(o).toMatchObject({ value: null, exceeds: 100, note: expect.stringMatching(/^Occupancy over 100%/) });
		expect(
			over
				.filter((o) => o.period === '2024-07')
				.map((o) => o.area)
				.sort(),
		).toEqual(['QH8', 'QHL', 'QJG', 'QNQ', 'QRL']);
		expect([...built['vw-capacity'], ...built['vw-beds-per-100k']].some((o) => o.exceeds !== undefined)).toBe(false);
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

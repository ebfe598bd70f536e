/**
 * An area's monthly figures (src/lib/model/systems-figures.ts): a rate from a
 * count and its population, a region's sums (never partial), notes passed on,
 * and the runs of months on one definition.
 */
import { describe, expect, it } from 'vitest';
import {
	areaMonths,
	definitionChanges,
	joinNotes,
	monthDefinitions,
	rateFigure,
	regionMonths,
	type AreaMonth,
	type MemberMonths,
} from '../../../src/lib/model/systems-figures.ts';
import type { Series } from '../../../src/schemas/dataset.ts';
import type { System } from '../../../src/schemas/system.ts';
import { loadDatasets, must } from '../../helpers/data.ts';

const series = (id: string, per: string): Series => ({
	id,
	label: per,
	per,
	populationBasis: id === 'adults' ? 'gp-registered-16-plus' : 'gp-registered-all-ages',
});
const ALL_AGES = series('all-ages', 'people of all ages registered with a GP');
const ADULTS = series('adults', 'adults aged 16 and over registered with a GP');

const system = (id: string, population: number): System => ({
	id,
	onsCode: 'E54000001',
	name: `NHS ${id} Integrated Care Board`,
	region: 'London',
	regionCode: 'Y56',
	populations: [{ basis: 'gp-registered-all-ages', month: '2024-04', value: population, source: { id: 's' } }],
});
const month = (period: string, value: number | null, population: number, s = ALL_AGES, note?: string): AreaMonth => ({
	period,
	capacity: { value, note },
	rate: { value: null, exact: null, published: null, agrees: true, population, series: s, note },
	occupancy: { value: null, note: undefined },
});
const member = (id: string, population: number, months: AreaMonth[]): MemberMonths => ({
	system: system(id, population),
	shortName: id,
	months,
});

describe('rateFigure', () => {
	it('computes the rate, rounds it as published, and checks it against the published figure', () => {
		const published = { period: '2024-07', area: 'X', value: 10.1, secondary: false };
		const rate = must(rateFigure({ value: 101, note: undefined }, 1_000_000, ALL_AGES, published, 1), 'rate');
		expect(rate).toMatchObject({ value: 10.1, published: 10.1, agrees: true, population: 1_000_000 });
		expect(
			rateFigure({ value: 101, note: undefined }, 1_000_000, ALL_AGES, { ...published, value: 12 }, 1)?.agrees,
		).toBe(false);
		expect(rateFigure({ value: 101, note: undefined }, undefined, ALL_AGES, published, 1)).toBeUndefined();
		expect(rateFigure({ value: null, note: 'Did not submit.' }, 1_000_000, ALL_AGES, undefined, 1)).toMatchObject({
			value: null,
			exact: null,
			agrees: true,
			note: 'Did not submit.',
		});
	});

	it('joins distinct notes once each', () => {
		expect(joinNotes('A.', undefined, 'A.', 'B.')).toBe('A. B.');
		expect(joinNotes(undefined)).toBeUndefined();
	});
});

describe('areaMonths', () => {
	it("reads an area's primary months, oldest first, and says when no occupancy is recorded", () => {
		const datasets = loadDatasets();
		const sets = {
			capacity: must(datasets.get('vw-capacity'), 'capacity'),
			rate: must(datasets.get('vw-beds-per-100k'), 'rate'),
			occupancy: { ...must(datasets.get('vw-occupancy'), 'occupancy'), observations: [] },
		};
		const months = areaMonths(sets, 'QUA', () => 1_000_000);
		expect(months).toHaveLength(13);
		expect(months[0]?.period).toBe('2023-07');
		expect(months.every((m) => m.occupancy.note === 'No occupancy figure is recorded for this month.')).toBe(true);
	});
});

describe('regionMonths', () => {
	it("give no figure when an ICB has none (never a partial sum), and pass a member's note on, named", () => {
		const [full] = regionMonths(
			[
				member('A', 100_000, [month('2024-07', 30, 100_000)]),
				member('B', 300_000, [month('2024-07', 10, 300_000, ALL_AGES, 'A footnote.')]),
			],
			1,
		);
		expect(full?.capacity.value).toBe(40);
		expect(full?.rate?.value).toBe(10);
		expect(full?.capacity.note).toMatch(/B: A footnote\./);
		const [gap] = regionMonths(
			[
				member('A', 100_000, [month('2024-07', 30, 100_000)]),
				member('B', 300_000, [month('2024-07', null, 300_000, ALL_AGES, 'Did not submit.')]),
			],
			1,
		);
		expect(gap?.capacity.value).toBeNull();
		expect(gap?.rate?.value).toBeNull();
		expect(gap?.capacity.note).toMatch(/No regional figure: B had no published capacity/);
		expect(gap?.occupancy.value).toBeNull();
	});
});

describe('months by definition', () => {
	const months = [
		month('2024-02', 1, 1, ADULTS),
		month('2024-03', 1, 1, ADULTS),
		month('2024-04', 1, 1, ALL_AGES),
		month('2024-05', 1, 1, ALL_AGES),
	];

	it('marks where each definition starts, and where it changed', () => {
		expect(monthDefinitions(months)).toEqual([
			{ changed: false, starts: ADULTS },
			{ changed: false, starts: undefined },
			{ changed: true, starts: ALL_AGES },
			{ changed: false, starts: undefined },
		]);
	});

	it('lists the changes with the definitions before and after', () => {
		expect(definitionChanges(months)).toEqual([{ period: '2024-04', from: ADULTS, to: ALL_AGES }]);
		expect(definitionChanges(months.slice(0, 2))).toEqual([]);
	});
});

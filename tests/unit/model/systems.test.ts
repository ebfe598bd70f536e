/**
 * The systems model (src/lib/model/systems.ts) on the real data: every ICB's
 * beds per 100,000 computed from capacity and population and checked against
 * NHS England's published rates, notes carried, England's own population,
 * region sums, ranks in the latest month, and the targets judged against.
 */
import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../../src/lib/model/datasets.ts';
import { per100k, roundTo } from '../../../src/lib/model/rates.ts';
import { ambitionSummary } from '../../../src/lib/model/systems-ranking.ts';
import { buildSystemsData, hasSystemsDatasets, RATE_DATASET } from '../../../src/lib/model/systems.ts';
import { loadDatasets, loadSystems, loadTargets, must } from '../../helpers/data.ts';

const datasets = loadDatasets();
const systems = loadSystems();
const targets = loadTargets();
const data = buildSystemsData(systems.values(), datasets, targets);
const rates = must(datasets.get('vw-beds-per-100k'), 'vw-beds-per-100k');
const capacity = must(datasets.get('vw-capacity'), 'vw-capacity');

describe('beds per 100,000 of each ICB', () => {
	it("is computed from capacity and the population of the month's definition, and agrees with every published rate", () => {
		let checked = 0;
		for (const s of data.systems.values()) {
			for (const m of s.months) {
				const published = rates.observations.find((o) => o.area === s.system.id && o.period === m.period);
				const count = capacity.observations.find((o) => o.area === s.system.id && o.period === m.period);
				expect(m.rate, `${s.system.id} ${m.period}`).toBeDefined();
				const population = must(
					s.system.populations.find((p) => p.basis === m.rate?.series.populationBasis),
					'population',
				).value;
				expect(m.rate?.value).toBe(roundTo(per100k(must(count?.value ?? undefined, 'count'), population), 1));
				expect(m.rate?.published).toBe(published?.value);
				expect(m.rate?.agrees, `${s.system.id} ${m.period}`).toBe(true);
				checked += 1;
			}
		}
		expect(checked).toBe(42 * 13);
	});

	it('gives NHS Black Country 51.1 per 100,000 adults aged 16+ in December 2023, as NHS England published', () => {
		const published = must(
			rates.observations.find((o) => o.area === 'QUA' && o.period === '2023-12'),
			'published',
		);
		const month = must(
			data.systems.get('QUA')?.months.find((m) => m.period === '2023-12'),
			'QUA 2023-12',
		);
		expect(month.rate?.value).toBe(published.value);
		expect(month.rate?.value).toBe(51.1);
		expect(month.rate?.series.id).toBe('adults-16-plus');
		expect(month.rate?.population).toBe(
			systems.get('QUA')?.populations.find((p) => p.basis === 'gp-registered-16-plus')?.value,
		);
	});

	it('carries a note with a noted figure, and keeps a suppressed occupancy as null with its note', () => {
		const northants = must(
			data.systems.get('QPM')?.months.find((m) => m.period === '2024-01'),
			'QPM 2024-01',
		);
		// The failed submission concerns activity: capacity and its rate carry no note.
		expect(northants.capacity.value).toBe(338);
		expect(northants.capacity.note).toBeUndefined();
		expect(northants.rate?.note).toBeUndefined();
		expect(northants.occupancy.value).toBeNull();
		expect(northants.occupancy.note).toMatch(/did not complete/);
		const suppressed = must(
			data.systems.get('QRL')?.months.find((m) => m.period === '2024-07'),
			'QRL 2024-07',
		);
		expect(suppressed.occupancy.value).toBeNull();
		expect(suppressed.occupancy.note).toMatch(/suppressed/);
	});

	it("uses England's own population for England", () => {
		const july = must(
			data.england.find((m) => m.period === '2024-07'),
			'England July 2024',
		);
		expect(july.rate?.value).toBe(19.6);
		expect(data.england).toHaveLength(13);
		expect(data.england.every((m) => m.period <= '2024-07')).toBe(true);
		expect(data.england.some((m) => m.capacity.value === null)).toBe(false);
		expect(ENGLAND).toBe('E92000001');
	});
});

describe('regions', () => {
	it("sum their ICBs' capacity and population and derive the rate from the sums", () => {
		expect(data.regions).toHaveLength(7);
		expect(data.regions.reduce((n, r) => n + r.systems.length, 0)).toBe(42);
		let months = 0;
		for (const region of data.regions) {
			expect(region.code).toMatch(/^Y\d{2}$/);
			for (const m of region.months) {
				const members = region.systems.map((s) =>
					must(
						s.months.find((x) => x.period === m.period),
						`${s.system.id} ${m.period}`,
					),
				);
				const beds = members.reduce((n, x) => n + (x.capacity.value ?? 0), 0);
				const population = members.reduce((n, x) => n + (x.rate?.population ?? 0), 0);
				expect(m.capacity.value).toBe(beds);
				expect(m.rate?.population).toBe(population);
				expect(m.rate?.exact).toBeCloseTo(per100k(beds, population), 10);
				months += 1;
			}
		}
		expect(months).toBe(7 * 13);
	});
});

describe('ranks and standings in the latest month', () => {
	it('ranks the real ICBs: ties in July 2024 share a place', () => {
		expect(data.latestPeriod).toBe('2024-07');
		const july = [...data.systems.values()].map((s) => s.rateRank);
		expect(july).toHaveLength(42);
		expect(july.every((r) => r?.of === 42)).toBe(true);
		const positions = july.map((r) => r?.position ?? 0);
		expect(Math.min(...positions)).toBe(1);
		// Several ICBs share a rate in July 2024 (for example 15.0 and 29.1), so some places are shared.
		expect(july.some((r) => (r?.tied ?? 1) > 1)).toBe(true);
	});

	it('judges against the targets with a goal that the rate and occupancy datasets measure', () => {
		expect(data.rateTarget.id).toBe('vw-40-50-per-100k');
		expect(data.occupancyTarget.id).toBe('vw-occupancy-80');
		// Counted once per build, for the ambition's deadline.
		expect(data.ambition?.period).toBe('2023-12');
		expect(data.ambition).toEqual(ambitionSummary(data.systems.values(), data.rateTarget, 1));
		expect(data.systems.get('QUA')).toMatchObject({ rateStanding: 'below', occupancyStanding: 'below' });
		// Shorter names first: the ICBs are in order of short name.
		const names = [...data.systems.values()].map((s) => s.shortName);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
	});
});

describe('what the model needs', () => {
	it('says whether the three virtual ward datasets are there', () => {
		expect(hasSystemsDatasets(datasets)).toBe(true);
		const without = new Map(datasets);
		without.delete(RATE_DATASET);
		expect(hasSystemsDatasets(without)).toBe(false);
		expect(() => buildSystemsData(systems.values(), without, targets)).toThrow(
			'data/datasets/vw-beds-per-100k.json is missing',
		);
	});

	it('throws, naming the dataset, when no target with a goal measures the rate or occupancy', () => {
		const noRate = targets.filter((t) => t.dataset !== RATE_DATASET);
		expect(noRate.length).toBe(targets.length - 1);
		expect(() => buildSystemsData(systems.values(), datasets, noRate)).toThrow(
			'data/targets.json has no target with a goal measured by "vw-beds-per-100k"',
		);
		const noGoal = targets.map((t) => (t.dataset === 'vw-occupancy' ? { ...t, goal: undefined } : t));
		expect(() => buildSystemsData(systems.values(), datasets, noGoal)).toThrow('measured by "vw-occupancy"');
	});
});

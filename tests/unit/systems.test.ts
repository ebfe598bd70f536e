/**
 * The systems model (src/lib/model/systems.ts): per-100k through the one
 * function of rates.ts, checked against NHS England's published rates; region
 * sums and derived rates; ranking with ties; standings; the generated sentence.
 */
import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../src/lib/model/datasets.ts';
import { per100k, roundTo } from '../../src/lib/model/rates.ts';
import {
	ambitionSentence,
	ambitionSummary,
	buildSystemsData,
	ordinal,
	rankText,
	rankWithTies,
	rateClass,
	regionMonths,
	standing,
	systemSentence,
	type AreaMonth,
	type SystemFigures,
} from '../../src/lib/model/systems.ts';
import type { Series } from '../../src/schemas/dataset.ts';
import type { System } from '../../src/schemas/system.ts';
import { loadDatasets, loadSystems, loadTargets, must } from '../helpers/data.ts';

const datasets = loadDatasets();
const systems = loadSystems();
const data = buildSystemsData(systems.values(), datasets, loadTargets());
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
		expect(northants.capacity.note).toMatch(/did not complete a successful submission/);
		expect(northants.rate?.note).toMatch(/did not complete a successful submission/);
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
		expect(data.england.every((m) => m.period <= '2024-07')).toBe(true);
		expect(data.england.some((m) => m.capacity.value === null)).toBe(false);
		expect(ENGLAND).toBe('E92000001');
	});
});

describe('regions', () => {
	it("sum their ICBs' capacity and population and derive the rate from the sums", () => {
		expect(data.regions).toHaveLength(7);
		expect(data.regions.reduce((n, r) => n + r.systems.length, 0)).toBe(42);
		for (const region of data.regions) {
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
			}
		}
	});

	it("give no figure when an ICB has none (never a partial sum), and pass a member's note on, named", () => {
		const series: Series = {
			id: 'all-ages',
			label: 'All ages',
			per: 'people of all ages',
			populationBasis: 'gp-registered-all-ages',
		};
		const system = (id: string, population: number): System => ({
			id,
			onsCode: 'E54000001',
			name: `NHS ${id} Integrated Care Board`,
			region: 'London',
			regionCode: 'Y56',
			populations: [{ basis: 'gp-registered-all-ages', month: '2024-04', value: population, source: { id: 's' } }],
		});
		const month = (value: number | null, population: number, note?: string): AreaMonth => ({
			period: '2024-07',
			capacity: { value, note },
			rate: { value: null, exact: null, published: null, agrees: true, population, series, note },
			occupancy: { value: null, note: undefined },
		});
		const member = (id: string, population: number, m: AreaMonth): SystemFigures => ({
			system: system(id, population),
			shortName: id,
			months: [m],
			latest: m,
			rateRank: undefined,
			occupancyRank: undefined,
			rateStanding: 'no-figure',
			occupancyStanding: 'no-figure',
		});
		const [full] = regionMonths(
			[member('A', 100_000, month(30, 100_000)), member('B', 300_000, month(10, 300_000, 'A footnote.'))],
			1,
		);
		expect(full?.capacity.value).toBe(40);
		expect(full?.rate?.value).toBe(10);
		expect(full?.capacity.note).toMatch(/B: A footnote\./);
		const [gap] = regionMonths(
			[member('A', 100_000, month(30, 100_000)), member('B', 300_000, month(null, 300_000, 'Did not submit.'))],
			1,
		);
		expect(gap?.capacity.value).toBeNull();
		expect(gap?.rate?.value).toBeNull();
		expect(gap?.capacity.note).toMatch(/No regional figure: B had no published capacity/);
	});
});

describe('ranking with ties', () => {
	it('shares the best place between equal figures (at the published precision) and skips the next', () => {
		const ranks = rankWithTies(
			[
				{ id: 'a', value: 30 },
				{ id: 'b', value: 41.04 },
				{ id: 'c', value: 41.0 },
				{ id: 'd', value: null },
				{ id: 'e', value: 12 },
			],
			1,
		);
		expect(ranks.get('b')).toEqual({ position: 1, tied: 2, of: 4 });
		expect(ranks.get('c')).toEqual({ position: 1, tied: 2, of: 4 });
		expect(ranks.get('a')).toEqual({ position: 3, tied: 1, of: 4 });
		expect(ranks.get('e')).toEqual({ position: 4, tied: 1, of: 4 });
		expect(ranks.has('d')).toBe(false);
	});

	it('says a tie in words', () => {
		expect(rankText({ position: 3, tied: 1, of: 42 })).toBe('3rd of 42');
		expect(rankText({ position: 10, tied: 2, of: 42 })).toBe('joint 10th of 42 (tied with 1 other ICB)');
		expect(rankText({ position: 21, tied: 3, of: 40 })).toBe('joint 21st of 40 (tied with 2 other ICBs)');
		expect(rankText(undefined)).toBe('not ranked: no figure');
		expect([1, 2, 3, 4, 11, 12, 13, 22, 101, 111].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'22nd',
			'101st',
			'111th',
		]);
	});

	it('ranks the real ICBs: ties in July 2024 share a place', () => {
		const july = [...data.systems.values()].map((s) => s.rateRank);
		expect(july.every((r) => r?.of === 42)).toBe(true);
		const positions = july.map((r) => r?.position ?? 0);
		expect(Math.min(...positions)).toBe(1);
		// Several ICBs share a rate in July 2024 (for example 15.0 and 29.1), so some places are shared.
		expect(july.some((r) => (r?.tied ?? 1) > 1)).toBe(true);
	});
});

describe('standing against the goals', () => {
	it('compares a rate with 40-50 and an occupancy with 80%', () => {
		expect(standing(39.9, { min: 40, max: 50 })).toBe('below');
		expect(standing(40, { min: 40, max: 50 })).toBe('within');
		expect(standing(50.5, { min: 40, max: 50 })).toBe('above');
		expect(standing(80, { min: 80 })).toBe('met');
		expect(standing(79.9, { min: 80 })).toBe('below');
		expect(standing(null, { min: 80 })).toBe('no-figure');
	});

	it('puts a rate in one of five map classes', () => {
		expect([10.2, 15, 19.9, 20, 35.1, 41.6, 51.1].map(rateClass)).toEqual([0, 1, 1, 2, 3, 4, 4]);
		expect(rateClass(null)).toBeUndefined();
	});
});

describe('the generated sentence', () => {
	const goals = { rate: '40-50', occupancy: '80%', rateGoal: { min: 40, max: 50 } };

	it('says the figures of the latest month in words', () => {
		const s = must(data.systems.get('QUA'), 'QUA');
		const july = must(s.latest, 'latest');
		expect(systemSentence(s.system.name, july, goals)).toBe(
			`In July 2024, NHS Black Country Integrated Care Board had ${july.capacity.value} virtual ward beds, 24.7 per 100,000 people of all ages registered with a GP, below the 40-50 ambition; occupancy was 57.1%.`,
		);
	});

	it('says a suppressed occupancy as such, never as a number or a 0', () => {
		const s = must(data.systems.get('QRL'), 'QRL');
		const sentence = systemSentence(s.system.name, s.latest, goals);
		expect(sentence).toMatch(/no occupancy figure was published \(see the note in the table\)\.$/);
		expect(sentence).not.toMatch(/occupancy was 0/);
	});

	it('says a noted figure has a note, and within or above the ambition', () => {
		const month: AreaMonth = {
			period: '2023-12',
			capacity: { value: 533, note: 'A footnote.' },
			rate: {
				value: 51.1,
				exact: 51.1,
				published: 51.1,
				agrees: true,
				population: 1,
				series: must(rates.series?.[0], 'series'),
				note: undefined,
			},
			occupancy: { value: 83.1, note: undefined },
		};
		expect(systemSentence('X', month, goals)).toBe(
			'In December 2023, X had 533 virtual ward beds (with a note: see the table), 51.1 per 100,000 adults aged 16 and over registered with a GP, above the 40-50 ambition; occupancy was 83.1%.',
		);
		expect(systemSentence('X', undefined, goals)).toBe('No virtual ward figures have been published for X.');
	});
});

describe('how many ICBs reached the ambition by its deadline', () => {
	it('counts them from the published rates, with the lowest and highest, and says so in a sentence', () => {
		// Independently of the model: NHS England's published ICB rates for December 2023.
		const december = rates.observations.filter(
			(o) => o.period === '2023-12' && o.area !== ENGLAND && o.value !== null && !o.secondary,
		);
		const reached = december.filter((o) => (o.value ?? 0) >= 40);
		const summary = must(ambitionSummary(data), 'the summary');
		expect(summary.period).toBe('2023-12');
		expect(summary.withFigure).toBe(december.length);
		expect(summary.reached.map((r) => r.value).sort()).toEqual(reached.map((o) => o.value).sort());
		const values = december.map((o) => o.value ?? 0);
		expect(summary.highest?.value).toBe(Math.max(...values));
		expect(summary.lowest?.value).toBe(Math.min(...values));
		const sentence = ambitionSentence(summary);
		expect(sentence).toContain(
			`In December 2023, the ambition's deadline, ${reached.length} of the ${december.length} integrated care boards`,
		);
		expect(sentence).toContain('Black Country (51.1)');
		expect(sentence).toContain('per 100,000 adults aged 16 and over');
	});
});

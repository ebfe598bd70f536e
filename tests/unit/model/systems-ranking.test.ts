/**
 * How ICBs compare (src/lib/model/systems-ranking.ts): standings against a
 * goal, competition ranking with ties, the lists' orders, the map's classes
 * (the top one from the ambition), and the count of ICBs that reached the
 * ambition by its deadline, checked independently against the published rates.
 */
import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../../src/lib/model/datasets.ts';
import {
	ambitionSummary,
	inOrder,
	ordinal,
	rankText,
	rankWithTies,
	rateClass,
	rateClasses,
	standing,
} from '../../../src/lib/model/systems-ranking.ts';
import { buildSystemsData } from '../../../src/lib/model/systems.ts';
import { loadDatasets, loadSystems, loadTargets, must } from '../../helpers/data.ts';

describe('standing against the goals', () => {
	it('compares a rate with a range and an occupancy with a single value', () => {
		expect(standing(39.9, { min: 40, max: 50 })).toBe('below');
		expect(standing(40, { min: 40, max: 50 })).toBe('within');
		expect(standing(50.5, { min: 40, max: 50 })).toBe('above');
		expect(standing(80, { min: 80 })).toBe('met');
		expect(standing(79.9, { min: 80 })).toBe('below');
		expect(standing(null, { min: 80 })).toBe('no-figure');
		expect(standing(80, undefined)).toBe('no-figure');
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

	it('orders ICBs by name as given, or by rank with the unranked last and ties by name', () => {
		const rank = (position: number) => ({ position, tied: 1, of: 2 });
		const list = [
			{ shortName: 'C', rateRank: undefined, occupancyRank: rank(1) },
			{ shortName: 'B', rateRank: rank(1), occupancyRank: rank(2) },
			{ shortName: 'A', rateRank: rank(1), occupancyRank: undefined },
		];
		expect(inOrder(list, 'name').map((s) => s.shortName)).toEqual(['C', 'B', 'A']);
		expect(inOrder(list, 'rate').map((s) => s.shortName)).toEqual(['A', 'B', 'C']);
		expect(inOrder(list, 'occupancy').map((s) => s.shortName)).toEqual(['C', 'B', 'A']);
	});
});

describe("the map's classes", () => {
	it('split 0 to the ambition, whose lower end opens the top class', () => {
		const classes = rateClasses(40);
		expect(classes).toEqual([
			{ min: 0, max: 15 },
			{ min: 15, max: 20 },
			{ min: 20, max: 30 },
			{ min: 30, max: 40 },
			{ min: 40, max: undefined },
		]);
		expect([10.2, 15, 19.9, 20, 35.1, 41.6, 51.1].map((v) => rateClass(v, classes))).toEqual([0, 1, 1, 2, 3, 4, 4]);
		expect(rateClass(null, classes)).toBeUndefined();
		expect(rateClasses(25)).toEqual([
			{ min: 0, max: 15 },
			{ min: 15, max: 20 },
			{ min: 20, max: 25 },
			{ min: 25, max: undefined },
		]);
	});
});

describe('how many ICBs reached the ambition by its deadline', () => {
	const datasets = loadDatasets();
	const data = buildSystemsData(loadSystems().values(), datasets, loadTargets());
	const rates = must(datasets.get('vw-beds-per-100k'), 'rates');

	it('counts them from the published rates, with the lowest and highest', () => {
		// Independently of the model: NHS England's published ICB rates for December 2023.
		const december = rates.observations.filter(
			(o) => o.period === '2023-12' && o.area !== ENGLAND && o.value !== null && !o.secondary,
		);
		expect(december).toHaveLength(42);
		const reached = december.filter((o) => (o.value ?? 0) >= 40);
		const summary = must(ambitionSummary(data.systems.values(), data.rateTarget, 1), 'the summary');
		expect(summary.period).toBe('2023-12');
		expect(summary.threshold).toBe(40);
		expect(summary.term).toBe('ambition');
		expect(summary.withFigure).toBe(december.length);
		expect(summary.reached.length).toBeGreaterThan(0);
		expect(summary.reached.map((r) => r.value).sort()).toEqual(reached.map((o) => o.value).sort());
		const values = december.map((o) => o.value ?? 0);
		expect(summary.highest?.value).toBe(Math.max(...values));
		expect(summary.lowest?.value).toBe(Math.min(...values));
	});

	it('follows the target: its deadline month and the lower end of its goal', () => {
		const later = { ...data.rateTarget, deadline: '2024-07', goal: { min: 30, max: 60 } };
		const summary = must(ambitionSummary(data.systems.values(), later, 1), 'the summary');
		expect(summary.period).toBe('2024-07');
		expect(summary.threshold).toBe(30);
		expect(summary.reached.length).toBeGreaterThan(0);
		expect(summary.reached.every((r) => r.value >= 30)).toBe(true);
		expect(ambitionSummary(data.systems.values(), { ...later, deadline: '2020-01' }, 1)).toBeUndefined();
		expect(ambitionSummary(data.systems.values(), { ...later, goal: undefined }, 1)).toBeUndefined();
	});
});

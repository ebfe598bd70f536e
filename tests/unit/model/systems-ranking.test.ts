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
	figureStanding,
	inOrder,
	occupancySummary,
	ordinal,
	rankText,
	rankWithTies,
	rateClass,
	rateClasses,
	standing,
} from '../../../src/lib/model/systems-ranking.ts';
import type { AreaMonth } from '../../../src/lib/model/systems-figures.ts';
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

describe('an occupancy reported over 100% (NHS England\'s "100%*")', () => {
	const over = { value: null, exceeds: 100 };

	it('stands at or above an objective up to 100%, and is not known against a higher one or without a goal', () => {
		expect(figureStanding(over, { min: 80 })).toBe('met');
		expect(figureStanding(over, { min: 100 })).toBe('met');
		expect(figureStanding(over, { min: 110 })).toBe('no-figure');
		expect(figureStanding(over, { min: 40, max: 50 })).toBe('above');
		expect(figureStanding(over, undefined)).toBe('no-figure');
		expect(figureStanding({ value: null }, { min: 80 })).toBe('no-figure');
		expect(figureStanding(undefined, { min: 80 })).toBe('no-figure');
		expect(figureStanding({ value: 79.9, exceeds: undefined }, { min: 80 })).toBe('below');
	});

	it('ranks above every published figure, up to 100.0, all those over 100% tied in first place', () => {
		const ranks = rankWithTies(
			[
				{ id: 'a', value: 94.2 },
				{ id: 'b', value: null, exceeds: 100 },
				{ id: 'c', value: 100 },
				{ id: 'd', value: null, exceeds: 100 },
				{ id: 'e', value: null },
				{ id: 'f', value: 60 },
			],
			1,
		);
		expect(ranks.size).toBe(5);
		expect(ranks.get('b')).toEqual({ position: 1, tied: 2, of: 5 });
		expect(ranks.get('d')).toEqual({ position: 1, tied: 2, of: 5 });
		expect(ranks.get('c')).toEqual({ position: 3, tied: 1, of: 5 });
		expect(ranks.get('a')).toEqual({ position: 4, tied: 1, of: 5 });
		expect(ranks.get('f')).toEqual({ position: 5, tied: 1, of: 5 });
		expect(ranks.has('e')).toBe(false);
		expect(rankText(ranks.get('b'))).toBe('joint 1st of 5 (tied with 1 other ICB)');
	});

	it('is counted at or above the objective, named, and a missing figure is not', () => {
		const month = (occupancy: AreaMonth['occupancy']): AreaMonth[] => [
			{ period: '2024-07', capacity: { value: 1, note: undefined }, rate: undefined, occupancy },
		];
		const target = {
			...must(
				loadTargets().find((t) => t.id === 'vw-occupancy-80'),
				'target',
			),
		};
		const summary = occupancySummary(
			[
				{ shortName: 'A', months: month({ value: 81, note: undefined }) },
				{ shortName: 'B', months: month({ value: null, note: 'Over 100%.', exceeds: 100 }) },
				{ shortName: 'C', months: month({ value: 79.9, note: undefined }) },
				{ shortName: 'D', months: month({ value: null, note: 'Did not submit.' }) },
			],
			target,
			'2024-07',
		);
		expect(summary).toEqual({
			period: '2024-07',
			term: 'objective',
			threshold: 80,
			boards: 4,
			withFigure: 3,
			reached: 2,
			reportedOver: ['B'],
			exceeds: 100,
		});
		expect(occupancySummary([], target, '2024-07')).toBeUndefined();
	});

	const data = buildSystemsData(loadSystems().values(), loadDatasets(), loadTargets());
	const occupancyTarget = data.occupancyTarget;

	it('makes 18 of the 42 ICBs at or above 80% in July 2024 (13 published, 5 reported over 100%)', () => {
		const july = must(occupancySummary(data.systems.values(), occupancyTarget, '2024-07'), 'July 2024');
		expect(july).toMatchObject({ boards: 42, withFigure: 41, reached: 18 });
		expect(july.reportedOver).toEqual([
			'Birmingham and Solihull',
			'Frimley',
			'Hampshire and Isle of Wight',
			'Mid and South Essex',
			'Suffolk and North East Essex',
		]);
		expect(data.occupancyCount).toEqual(july);
	});

	it('counts September 2023 the same way: 14 ICBs, 3 of them reported over 100%', () => {
		const september = must(occupancySummary(data.systems.values(), occupancyTarget, '2023-09'), 'September 2023');
		expect(september.reached).toBe(14);
		expect(september.reportedOver).toHaveLength(3);
	});

	it('ranks the five first, tied, and Lincolnshire (94.2%) sixth of 41', () => {
		const ranked = [...data.systems.values()].filter((s) => s.occupancyRank?.position === 1);
		expect(ranked.map((s) => s.system.id).sort()).toEqual(['QH8', 'QHL', 'QJG', 'QNQ', 'QRL']);
		for (const s of ranked) {
			expect(s.occupancyRank).toEqual({ position: 1, tied: 5, of: 41 });
			expect(s.occupancyStanding).toBe('met');
		}
		const lincolnshire = must(data.systems.get('QJM'), 'QJM');
		expect(lincolnshire.latest?.occupancy.value).toBe(94.2);
		expect(lincolnshire.occupancyRank).toEqual({ position: 6, tied: 1, of: 41 });
		const northants = must(data.systems.get('QPM'), 'QPM');
		expect(northants.occupancyRank).toBeUndefined();
		expect(northants.occupancyStanding).toBe('no-figure');
	});
});

import { describe, expect, it } from 'vitest';
import {
	comparedWithGoal,
	computeStatus,
	reaches,
	STATUS_RULES,
	STATUSES,
	trendSlope,
	type StatusInput,
} from '../../../src/lib/model/status.ts';

const base: StatusInput = {
	goal: { min: 40, max: 50 },
	direction: 'increase',
	deadline: '2023-12',
	asOf: '2024-06-30',
	observations: [],
};
const obs = (period: string, value: number | null, series?: string) => ({ period, value, series });

describe('reaches and comparedWithGoal', () => {
	it('treats a range goal by direction: at least min when increasing, at most max when decreasing, inside when within', () => {
		const goal = { min: 40, max: 50 };
		expect([39, 40, 45, 50, 55].map((v) => reaches(v, goal, 'increase'))).toEqual([false, true, true, true, true]);
		expect([39, 45, 50, 55].map((v) => reaches(v, goal, 'decrease'))).toEqual([true, true, true, false]);
		expect([39, 40, 50, 51].map((v) => reaches(v, goal, 'within'))).toEqual([false, true, true, false]);
		expect(reaches(7, { min: 8, max: undefined }, 'decrease')).toBe(true);
	});

	it('says where a value stands', () => {
		expect(comparedWithGoal(23, { min: 40, max: 50 })).toBe('below');
		expect(comparedWithGoal(45, { min: 40, max: 50 })).toBe('within');
		expect(comparedWithGoal(51, { min: 40, max: 50 })).toBe('above');
		expect(comparedWithGoal(90, { min: 90, max: undefined })).toBe('at');
	});
});

describe('computeStatus after the deadline', () => {
	it('is missed when the figure for the deadline month is short of a range goal (the 40-50 ambition)', () => {
		const r = computeStatus({
			...base,
			observations: [obs('2023-11', 21.9), obs('2023-12', 23.0), obs('2024-03', 23.1)],
		});
		expect(r).toMatchObject({
			status: 'missed',
			judged: { period: '2023-12', value: 23 },
			latest: { period: '2024-03' },
			deadlinePassed: true,
		});
	});

	it('is met when the last figure in the deadline window reaches the goal', () => {
		const r = computeStatus({
			...base,
			goal: { min: 90, max: undefined },
			observations: [obs('2022-06', 86), obs('2023-11', 90)],
		});
		expect(r).toMatchObject({ status: 'met', judged: { period: '2023-11' } });
	});

	it('ignores figures older than the window, and then judges on the first figure after the deadline if it is short', () => {
		const stale = computeStatus({
			...base,
			goal: { min: 100, max: undefined },
			deadline: '2026-03',
			asOf: '2026-11-25',
			observations: [obs('2025-02', 91)],
		});
		expect(stale).toMatchObject({ status: 'no-data', latest: { period: '2025-02' } });
		expect(stale.judged).toBeUndefined();
		const after = computeStatus({ ...base, observations: [obs('2023-06', 20), obs('2024-04', 30)] });
		expect(after).toMatchObject({ status: 'missed', judged: { period: '2024-04' } });
		const lateSuccess = computeStatus({ ...base, observations: [obs('2023-06', 20), obs('2024-04', 45)] });
		expect(lateSuccess.status).toBe('no-data');
	});

	it('judges a decreasing metric the other way round', () => {
		const input = { ...base, goal: { min: 5, max: undefined }, direction: 'decrease' as const };
		expect(computeStatus({ ...input, observations: [obs('2023-12', 4)] }).status).toBe('met');
		expect(computeStatus({ ...input, observations: [obs('2023-12', 6)] }).status).toBe('missed');
	});
});

describe('computeStatus before the deadline', () => {
	const before = { ...base, deadline: '2024-12', asOf: '2024-04-30' };

	it('is on track when the trend of an increasing metric reaches the goal by the deadline', () => {
		const r = computeStatus({
			...before,
			observations: [obs('2024-01', 30), obs('2024-02', 32), obs('2024-03', 34), obs('2024-04', 36)],
		});
		expect(r.status).toBe('on-track');
		expect(r.projected).toBeCloseTo(52, 5);
	});

	it('is at risk when the trend falls short', () => {
		const r = computeStatus({
			...before,
			observations: [obs('2024-01', 20), obs('2024-02', 20.5), obs('2024-04', 21)],
		});
		expect(r.status).toBe('at-risk');
		expect(r.projected).toBeLessThan(40);
	});

	it('is at risk, with no trend, on a single figure short of the goal; on track if that figure already reaches it', () => {
		const single = computeStatus({ ...before, observations: [obs('2024-04', 30)] });
		expect(single.status).toBe('at-risk');
		expect(single.projected).toBeUndefined();
		expect(computeStatus({ ...before, observations: [obs('2024-04', 41)] }).status).toBe('on-track');
	});

	it('fits the trend within the latest series only, never across a change of definition', () => {
		// Adults 16+ rose steeply; the all-ages series (a bigger denominator) is flat and lower.
		const observations = [
			obs('2023-10', 10, 'adults'),
			obs('2023-12', 30, 'adults'),
			obs('2024-03', 38, 'adults'),
			obs('2024-04', 19, 'all'),
			obs('2024-05', 19.2, 'all'),
		];
		const r = computeStatus({ ...before, asOf: '2024-05-31', observations });
		expect(r.status).toBe('at-risk');
		expect(r.projected).toBeCloseTo(19.2 + 0.2 * 7, 5);
		// Joined across the break, the same figures would have looked on track.
		const joined = computeStatus({
			...before,
			asOf: '2024-05-31',
			observations: observations.map((o) => ({ ...o, series: undefined })),
		});
		expect(joined.projected).not.toBeCloseTo(r.projected as number, 1);
	});

	it('is on track for a decreasing metric whose trend goes down fast enough', () => {
		const r = computeStatus({
			...before,
			goal: { min: 10, max: undefined },
			direction: 'decrease',
			observations: [obs('2024-02', 30), obs('2024-03', 27), obs('2024-04', 24)],
		});
		expect(r.status).toBe('on-track');
	});
});

describe('computeStatus with no data', () => {
	it('has no data without a goal, without figures, or with only missing figures', () => {
		expect(computeStatus({ ...base, goal: undefined, observations: [obs('2023-12', 23)] }).status).toBe('no-data');
		expect(computeStatus({ ...base, observations: [] }).status).toBe('no-data');
		expect(computeStatus({ ...base, observations: [obs('2023-12', null)] }).status).toBe('no-data');
	});

	it('uses the as-of date, not the clock: figures after it are unknown and the deadline may not have passed', () => {
		const input = {
			...base,
			asOf: '2023-12-15',
			observations: [obs('2023-11', 38), obs('2023-12', 39), obs('2024-01', 45)],
		};
		const r = computeStatus(input);
		expect(r.deadlinePassed).toBe(false);
		expect(r.latest?.period).toBe('2023-12');
		expect(computeStatus(input)).toEqual(r);
	});
});

it('writes a rule in plain English for every status', () => {
	expect(STATUS_RULES.map((r) => r.status).sort()).toEqual([...STATUSES].sort());
	for (const r of STATUS_RULES) expect(r.rule.length).toBeGreaterThan(40);
});

it('fits a least-squares slope per month', () => {
	expect(trendSlope([{ period: '2024-01', value: 1 }])).toBeUndefined();
	expect(
		trendSlope([
			{ period: '2024-01', value: 1 },
			{ period: '2024-03', value: 5 },
		]),
	).toBe(2);
});

describe('computeStatus with a figure whose source gives only its year', () => {
	const socialCare: StatusInput = {
		goal: { min: 80 },
		direction: 'increase',
		deadline: '2024-03',
		asOf: '2026-11-25',
		observations: [],
	};

	it('is missed when a year wholly after the deadline is short of the goal (75% in 2025, month not stated)', () => {
		const r = computeStatus({ ...socialCare, observations: [obs('2021-12', 41), obs('2022-06', 45), obs('2025', 75)] });
		expect(r).toMatchObject({ status: 'missed', judged: { period: '2025', value: 75 }, latest: { period: '2025' } });
	});

	it('is met by no year figure: a year reaching the goal after the deadline leaves the status unknown', () => {
		const r = computeStatus({ ...socialCare, observations: [obs('2022-06', 45), obs('2025', 85)] });
		expect(r.status).toBe('no-data');
	});

	it('never counts a year that the deadline falls in as at the deadline or after it', () => {
		const r = computeStatus({ ...socialCare, observations: [obs('2022-06', 45), obs('2024', 60)] });
		expect(r.status).toBe('no-data');
		expect(r.judged).toBeUndefined();
	});

	it('orders a year after the months it starts with and fits no trend through it', () => {
		const r = computeStatus({
			...socialCare,
			deadline: '2026-03',
			asOf: '2025-12-31',
			observations: [obs('2025-01', 50), obs('2025', 60)],
		});
		expect(r).toMatchObject({ status: 'at-risk', latest: { period: '2025' } });
		expect(r.reason).toContain('no trend');
	});
});

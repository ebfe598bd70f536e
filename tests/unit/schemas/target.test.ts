/** The target schema (src/schemas/target.ts): a valid example, the main invalid ones, and the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { TargetSchema } from '../../../src/schemas/target.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/problems/error-map.ts';
import type { Problem } from '../../../src/lib/problems/problems.ts';
import type { z } from 'zod';

function problems(schema: z.ZodType, input: unknown): Omit<Problem, 'file'>[] {
	const r = parseWithFriendlyErrors(schema, input, 'f');
	return r.ok ? [] : r.problems.map(({ field, message }) => ({ field, message }));
}

describe('targets', () => {
	const target = {
		id: 'vw-40-50-per-100k',
		priority: 'virtual-wards',
		headline: '40-50 virtual beds per 100,000 population',
		statement: 'Develop virtual wards by December 2023.',
		metric: 'Capacity per 100,000',
		unit: 'beds per 100,000 population',
		goal: '40-50',
		deadline: '2023-12',
		sources: ['pg-2022-23-v2'],
	};
	it('reads a range, a number or an object as the goal', () => {
		const parse = (goal: unknown) => {
			const r = parseWithFriendlyErrors(TargetSchema, { ...target, goal }, 'f');
			return r.ok ? r.data.goal : r.problems;
		};
		expect(parse('40-50')).toEqual({ min: 40, max: 50 });
		expect(parse(10000)).toEqual({ min: 10000, max: undefined });
		expect(parse({ min: 80 })).toEqual({ min: 80 });
		expect(parse('50-40')).toEqual([{ file: 'f', field: 'goal', message: 'max must not be below min' }]);
	});
	it("rejects a bad deadline and an unknown direction (an unknown priority is the check's: it reads data/priorities.json)", () => {
		expect(problems(TargetSchema, { ...target, priority: 'cyber', deadline: 'Dec 2023', direction: 'up' })).toEqual([
			{ field: 'direction', message: 'must be one of increase, decrease, within' },
			{ field: 'deadline', message: '"Dec 2023" is not a month: write it as YYYY-MM, for example 2023-12' },
		]);
	});
});

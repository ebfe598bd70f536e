/** The priority schema (src/schemas/priority.ts): a valid example, the main invalid ones, and the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { PrioritySchema } from '../../../src/schemas/priority.ts';
import { parseWithFriendlyErrors, type Problem } from '../../../src/lib/content-check/problems.ts';
import type { z } from 'zod';

function problems(schema: z.ZodType, input: unknown): Omit<Problem, 'file'>[] {
	const r = parseWithFriendlyErrors(schema, input, 'f');
	return r.ok ? [] : r.problems.map(({ field, message }) => ({ field, message }));
}

describe('priorities', () => {
	it('accepts a priority with or without a headline target, and rejects an unknown id', () => {
		const p = {
			id: 'workforce-skills',
			title: 'Digital skills',
			summary: 'Plans to up-skill the workforce in digital.',
		};
		expect(problems(PrioritySchema, p)).toEqual([]);
		expect(problems(PrioritySchema, { ...p, headlineTarget: 'digital-investment-plans' })).toEqual([]);
		expect(problems(PrioritySchema, { ...p, id: 'cyber' })[0]).toEqual({
			field: 'id',
			message: '"cyber" is not a priority: use one of virtual-wards, digitisation, investment-plans, workforce-skills',
		});
	});
});

/** The priority schema (src/schemas/priority.ts): a valid example, the main invalid ones, and the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { PrioritySchema } from '../../../src/schemas/priority.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/problems/error-map.ts';
import type { Problem } from '../../../src/lib/problems/problems.ts';
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
		// Any id in lower-case words and hyphens is a priority: adding one is a data entry and a content folder.
		expect(problems(PrioritySchema, { ...p, id: 'cyber' })).toEqual([]);
		expect(problems(PrioritySchema, { ...p, id: 'Cyber Security' })[0]?.field).toBe('id');
	});
});

/** The system schema (src/schemas/system.ts): a valid example, the main invalid ones, and the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { SystemSchema } from '../../../src/schemas/system.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/problems/error-map.ts';
import type { Problem } from '../../../src/lib/problems/problems.ts';
import type { z } from 'zod';

function problems(schema: z.ZodType, input: unknown): Omit<Problem, 'file'>[] {
	const r = parseWithFriendlyErrors(schema, input, 'f');
	return r.ok ? [] : r.problems.map(({ field, message }) => ({ field, message }));
}

describe('systems', () => {
	const system = {
		id: 'QYG',
		onsCode: 'E54000008',
		name: 'NHS Cheshire and Merseyside Integrated Care Board',
		region: 'North West',
		regionCode: 'Y62',
		populations: [
			{ basis: 'gp-registered-16-plus', month: '2023-04', value: 2274535, source: 'nhsd-gp-registered-population' },
		],
	};
	it('accepts an ICB and rejects a bad code and region', () => {
		expect(problems(SystemSchema, system)).toEqual([]);
		expect(problems(SystemSchema, { ...system, id: 'E54000008', region: 'North East & Yorkshire' })).toEqual([
			{ field: 'id', message: 'must be an ICB ODS code such as QYG' },
			{
				field: 'region',
				message:
					'"North East & Yorkshire" is not an NHS region: did you mean "North East and Yorkshire"? Use East of England, London, Midlands, North East and Yorkshire, North West, South East, South West',
			},
		]);
	});
});

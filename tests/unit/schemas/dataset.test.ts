/** The dataset schema (src/schemas/dataset.ts): a valid example, the main invalid ones, and the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../src/schemas/dataset.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/problems/error-map.ts';
import type { Problem } from '../../../src/lib/problems/problems.ts';
import type { z } from 'zod';

function problems(schema: z.ZodType, input: unknown): Omit<Problem, 'file'>[] {
	const r = parseWithFriendlyErrors(schema, input, 'f');
	return r.ok ? [] : r.problems.map(({ field, message }) => ({ field, message }));
}

describe('datasets', () => {
	const dataset = {
		id: 'vw-capacity',
		title: 'Virtual ward capacity',
		unit: 'beds',
		definition: 'Beds available on virtual wards.',
		publisher: 'NHS England',
		licence: 'Open Government Licence v3.0',
		sources: ['nhse-virtual-ward-statistics'],
		asOf: '2024-08-08',
		observations: [{ period: '2023-12', area: 'E92000001', value: 11805 }],
	};
	it('accepts a dataset, flags secondary values as false by default', () => {
		const r = parseWithFriendlyErrors(DatasetSchema, dataset, 'f');
		expect(r.ok && r.data.observations[0]?.secondary).toBe(false);
		expect(r.ok && r.data.illustrative).toBe(false);
	});
	it('names the observation and field that is wrong', () => {
		expect(
			problems(DatasetSchema, { ...dataset, observations: [{ period: '2023-13', area: 'England', value: '11,805' }] }),
		).toEqual([
			{
				field: 'observations[0].period',
				message: '"2023-13" must be a month YYYY-MM, a date YYYY-MM-DD, or a year YYYY when the source states no month',
			},
			{
				field: 'observations[0].area',
				message:
					'"England" is not an area code: use E92000001 (England), an NHS region code E40xxxxxx or an ICB code such as QYG',
			},
			{ field: 'observations[0].value', message: 'must be a number, not the text "11,805"' },
		]);
	});
});

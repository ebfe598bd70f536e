/** The source schema (src/schemas/source.ts): a valid example, the main invalid ones, and the message an editor sees. */
import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../../../src/schemas/source.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/problems/error-map.ts';
import type { Problem } from '../../../src/lib/problems/problems.ts';
import type { z } from 'zod';

function problems(schema: z.ZodType, input: unknown): Omit<Problem, 'file'>[] {
	const r = parseWithFriendlyErrors(schema, input, 'f');
	return r.ok ? [] : r.problems.map(({ field, message }) => ({ field, message }));
}

describe('sources', () => {
	const source = {
		id: 'pg-2022-23-v3',
		title: 'Guidance',
		publisher: 'NHS England',
		date: '2022-02-22',
		url: 'https://www.england.nhs.uk/',
		kind: 'primary',
		version: { number: 3, date: '2022-02-22' },
	};
	it('accepts a valid source, with a month-only or missing date', () => {
		expect(problems(SourceSchema, source)).toEqual([]);
		expect(problems(SourceSchema, { ...source, date: '2022-02' })).toEqual([]);
		const { date: _d, ...undated } = source;
		expect(problems(SourceSchema, undated)).toEqual([]);
	});
	it('rejects a bad address, date and kind', () => {
		expect(problems(SourceSchema, { ...source, url: 'www.england.nhs.uk', date: '22/02/2022', kind: 'news' })).toEqual([
			{ field: 'date', message: '"22/02/2022" must be a date YYYY-MM-DD or a month YYYY-MM' },
			{ field: 'url', message: 'must be a full web address starting with https://' },
			{ field: 'kind', message: 'must be primary or secondary' },
		]);
	});
});

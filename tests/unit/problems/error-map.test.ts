/** Zod issues in an editor's words (src/lib/problems/error-map.ts). */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWithFriendlyErrors } from '../../../src/lib/problems/error-map.ts';
import { sourceRef } from '../../../src/schemas/fragments.ts';

const problems = (schema: z.ZodType, input: unknown) => {
	const r = parseWithFriendlyErrors(schema, input, 'f.mdx');
	return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
};

describe('parseWithFriendlyErrors', () => {
	it('says a value given as text that spells a number or true or false should lose its quotes', () => {
		const schema = z.object({ order: z.number(), draft: z.boolean({ error: 'must be true or false' }) });
		expect(problems(schema, { order: '4', draft: 'false' })).toEqual([
			'order: must be a number, not the text "4": write 4 without quotes',
			'draft: must be true or false, not the text "false": write false without quotes',
		]);
		expect(problems(schema, { order: 'four', draft: 'maybe' })).toEqual([
			'order: must be a number, not the text "four"',
			'draft: must be true or false',
		]);
	});

	it("shows the object or list's items a field takes, from its description", () => {
		const note = z.object({ date: z.string() }).meta({ description: 'A change: { date: YYYY-MM-DD }' });
		const schema = z.object({ changes: z.array(note), withdrawn: note });
		expect(problems(schema, { changes: { date: 'x' }, withdrawn: true })).toEqual([
			'changes: must be a list, not an object: write each item on its own line starting with "- ", as - { date: YYYY-MM-DD }',
			'withdrawn: must be an object { … }, not true: write { date: YYYY-MM-DD }',
		]);
	});

	it('shows how to write one value as a list', () => {
		expect(problems(z.object({ synonyms: z.array(z.string()) }), { synonyms: 'cybersecurity' })).toEqual([
			'synonyms: must be a list, not the text "cybersecurity": write ["cybersecurity"]',
		]);
	});

	it('reports a required field misspelt once, as the unknown field it became', () => {
		const schema = z.strictObject({ date: z.string(), note: z.string() });
		expect(problems(schema, { date: 'x', notes: 'y' })).toEqual([
			'notes: unknown field "notes": did you mean "note"? Allowed fields are date, note',
		]);
		expect(problems(schema, { date: 'x' })).toEqual(['note: is required']);
	});

	it('quotes a text that fits none of the forms a field takes', () => {
		expect(problems(z.object({ source: sourceRef }), { source: 'pg-2022-23-vé' })).toEqual([
			'source: "pg-2022-23-vé" must be a source id (for example pg-2022-23-v3) or { id, section, page }',
		]);
	});
});

/** Strict JSON with positions (src/lib/content-check/json.ts): syntax errors at their line and column, with what to do. */
import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/lib/content-check/json.ts';

const read = (text: string) => readJson({ path: 'data/x.json', text });
const syntax = (text: string) => read(text).problems.map((p) => `${String(p.line)}:${String(p.column)} ${p.message}`);

describe('readJson', () => {
	it('reads valid JSON and locates fields, falling back to the nearest enclosing one', () => {
		const r = read('[\n\t{\n\t\t"id": "a",\n\t\t"list": [1, 2]\n\t}\n]');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value).toEqual([{ id: 'a', list: [1, 2] }]);
		expect(r.problems).toEqual([]);
		expect(r.locate([0, 'list', 1])).toEqual({ line: 4, column: 15 });
		// An entry (an object with an id) is located at its id, which names it.
		expect(r.locate([0])).toEqual({ line: 3, column: 9 });
		expect(r.locate([0, 'missing'])).toEqual({ line: 3, column: 9 });
	});

	it('names a trailing comma and a comment, once each, as the only problems', () => {
		expect(syntax('[\n\t{ "a": 1, },\n\t2,\n]')).toEqual([
			'2:10 is not valid JSON: a comma after the last field of an object: remove this ","',
			'3:3 is not valid JSON: a comma after the last item of a list: remove this ","',
		]);
		expect(syntax('[\n\t// a note\n\t1\n]')).toEqual([
			'2:2 is not valid JSON: JSON does not allow comments: remove it (use a "note" field where the schema has one)',
		]);
	});

	it('reports only the first other error, with advice for the usual ones', () => {
		expect(syntax('[\n\t{ "a": 1\n\t  "b": 2 }\n]')).toEqual([
			'3:4 is not valid JSON: a comma is missing before this: put "," between two items or two fields',
		]);
		expect(syntax("{ 'a': 1 }")).toEqual([
			`1:3 is not valid JSON: unexpected ': JSON text and field names need straight double quotes ", not single quotes`,
		]);
		expect(syntax('{ "a": yes }')).toEqual([
			'1:8 is not valid JSON: unexpected yes: put text in double quotes ("yes"); the only bare words JSON allows are true, false and null',
		]);
		expect(syntax('{ "a": "two\nlines" }')).toEqual([
			'1:8 is not valid JSON: text is not closed: end it with a double quote " on the same line (write a line break inside text as \\n)',
		]);
		expect(syntax('[{ "id": "x",')).toEqual([
			'1:14 is not valid JSON: the file ends before the JSON is complete: close every { with } and every [ with ], and remove any "," before them',
		]);
		expect(syntax('  ')).toEqual([
			'1:1 is not valid JSON: the file is empty: a data file holds a JSON list [ … ] or object { … }',
		]);
	});

	it('names a duplicate key with both lines, and keeps the file readable', () => {
		const r = read('{\n\t"title": "a",\n\t"unit": "%",\n\t"title": "b"\n}');
		expect(r.ok).toBe(true);
		expect(r.problems).toEqual([
			{
				file: 'data/x.json',
				field: 'title',
				line: 4,
				column: 2,
				message: 'the key "title" appears twice (lines 2 and 4): keep one',
			},
		]);
		const nested = read('[{ "id": "a", "goal": { "min": 1, "min": 2 } }]');
		expect(nested.problems.map((p) => p.field)).toEqual(['[0].goal.min']);
	});
});

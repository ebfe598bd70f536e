/** Problems for other tools: `check:content --format json` (src/lib/problems/json.ts). */
import { describe, expect, it } from 'vitest';
import { formatProblemsJson, problemsJson } from '../../../src/lib/problems/json.ts';

describe('the JSON output', () => {
	it('lists every problem, then every warning, with their counts, in the order of the plain list', () => {
		const json = problemsJson({
			problems: [
				{ file: 'data/targets.json', line: 16, column: 15, field: '[0].deadline', message: 'is not a month' },
				{ file: 'content/virtual-ward/page.mdx', field: '', message: 'is not in a priority folder' },
			],
			warnings: [{ file: 'content/a/b.mdx', line: 3, column: 1, field: 'long-sentence', message: 'is long' }],
		});
		expect(json).toEqual({
			errors: 2,
			warnings: 1,
			problems: [
				{
					severity: 'error',
					file: 'content/virtual-ward/page.mdx',
					line: null,
					column: null,
					field: '',
					message: 'is not in a priority folder',
				},
				{
					severity: 'error',
					file: 'data/targets.json',
					line: 16,
					column: 15,
					field: '[0].deadline',
					message: 'is not a month',
				},
				{
					severity: 'warning',
					file: 'content/a/b.mdx',
					line: 3,
					column: 1,
					field: 'long-sentence',
					message: 'is long',
				},
			],
		});
	});

	it('is JSON text that reads back to the same records, ending with a newline', () => {
		const findings = {
			problems: [{ file: 'a "quoted".mdx', line: 1, field: 'x', message: 'a\nline break and a \\ backslash' }],
			warnings: [],
		};
		const text = formatProblemsJson(findings);
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(problemsJson(findings));
		expect(problemsJson({ problems: [], warnings: [] })).toEqual({ errors: 0, warnings: 0, problems: [] });
	});
});

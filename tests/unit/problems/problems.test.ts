/** Problems: field paths, the list an editor reads, and zod's errors in plain words (src/lib/content-check/problems.ts). */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/lib/problems/error-map.ts';
import { formatProblems, reportedProblems, sortProblems } from '../../../src/lib/problems/problems.ts';

describe('formatting', () => {
	it('formats paths and a problem list sorted by file', () => {
		expect(formatPath(['observations', 3, 'period'])).toBe('observations[3].period');
		expect(formatPath([2, 'sources', 0])).toBe('[2].sources[0]');
		expect(
			formatProblems([
				{ file: 'b.json', field: 'x', message: 'is wrong' },
				{ file: 'a.mdx', field: '', message: 'is broken' },
			]),
		).toBe('2 problems in content or data:\n  a.mdx: is broken\n  b.json → x: is wrong');
	});
});

describe('problems and warnings together', () => {
	it('are listed problems first, each sorted by file then line, and marked with their severity', () => {
		expect(
			reportedProblems({
				problems: [
					{ file: 'b.json', line: 9, field: '', message: 'b9' },
					{ file: 'a.mdx', line: 4, field: '', message: 'a4' },
					{ file: 'a.mdx', line: 2, field: '', message: 'a2' },
				],
				warnings: [{ file: 'a.mdx', line: 1, field: '', message: 'w' }],
			}).map((p) => `${p.severity} ${p.message}`),
		).toEqual(['error a2', 'error a4', 'error b9', 'warning w']);
		expect(sortProblems([{ file: 'x', field: '', message: 'no line' }])).toHaveLength(1);
	});
});

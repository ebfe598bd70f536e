/** Problems: field paths, the list an editor reads, and zod's errors in plain words (src/lib/content-check/problems.ts). */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/lib/problems/error-map.ts';
import { formatProblems } from '../../../src/lib/problems/problems.ts';

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

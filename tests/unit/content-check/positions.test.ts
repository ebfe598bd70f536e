/** Lines, columns and field paths (src/lib/content-check/positions.ts). */
import { describe, expect, it } from 'vitest';
import { parseFieldPath, positionsIn } from '../../../src/lib/content-check/positions.ts';

describe('positions', () => {
	it('turns an offset into a 1-based line and column', () => {
		const at = positionsIn('ab\ncd\r\n\nef');
		expect([0, 1, 3, 4, 8, 9].map((o) => at(o))).toEqual([
			{ line: 1, column: 1 },
			{ line: 1, column: 2 },
			{ line: 2, column: 1 },
			{ line: 2, column: 2 },
			{ line: 4, column: 1 },
			{ line: 4, column: 2 },
		]);
	});
	it('reads a printed field back into a path, and refuses what is not one', () => {
		expect(parseFieldPath('[3].sources[0]')).toEqual([3, 'sources', 0]);
		expect(parseFieldPath('observations[12].value')).toEqual(['observations', 12, 'value']);
		expect(parseFieldPath('title')).toEqual(['title']);
		expect(parseFieldPath('line 12')).toBeUndefined();
		expect(parseFieldPath('')).toBeUndefined();
	});
});

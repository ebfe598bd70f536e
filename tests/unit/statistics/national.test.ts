/** Finding the gathered national series beside the monthly files (src/lib/statistics/national.ts). */
import { describe, expect, it } from 'vitest';
import { findNational } from '../../../src/lib/statistics/national.ts';

describe('finding the national series', () => {
	const texts: Record<string, string> = {
		'a/virtual-wards-national.json': 'A',
		'a/b/virtual-wards-national.json': 'B',
		'c/virtual-wards-national.json': 'A',
	};
	const read = (p: string) => texts[p];

	it('looks beside each file and in its parent, whatever the order of the files', () => {
		expect(findNational(['x/VW202307.xlsx', 'c/d/VW202308.xlsx'], undefined, read)).toMatchObject({
			ok: true,
			path: 'c/virtual-wards-national.json',
		});
		expect(findNational(['c/d/VW202308.xlsx', 'x/VW202307.xlsx'], undefined, read)).toMatchObject({
			ok: true,
			path: 'c/virtual-wards-national.json',
		});
		expect(findNational(['a/VW202307.xlsx', 'c/VW202308.xlsx'], undefined, read)).toMatchObject({
			ok: true,
			text: 'A',
		});
	});

	it('stops when the copies differ, naming them', () => {
		const found = findNational(['a/b/VW202307.xlsx'], undefined, read);
		expect(found.ok).toBe(false);
		if (!found.ok)
			expect(found.problems[0]?.message).toMatch(
				/^differs from a\/virtual-wards-national\.json: keep one national series/,
			);
	});
});

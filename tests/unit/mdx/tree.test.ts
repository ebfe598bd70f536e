/** The MDX tree's helpers: component uses, outside code (src/lib/mdx/tree.ts). */
import { describe, expect, it } from 'vitest';
import { componentUses } from '../../../src/lib/mdx/tree.ts';

describe('component uses', () => {
	it('skips code fences', () => {
		expect(componentUses('```\n<Figure id="x" />\n```\n<Figure id=\'a\' period="b" />')).toEqual([
			{ name: 'Figure', attributes: { id: 'a', period: 'b' }, line: 4, column: 1 },
		]);
	});
});

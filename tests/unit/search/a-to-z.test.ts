/** The A to Z of the search page (src/lib/search/a-to-z.ts). */
import { describe, expect, it } from 'vitest';
import { aToZ } from '../../../src/lib/search/a-to-z.ts';

describe('A to Z', () => {
	it('groups pages by first letter, numbers first, titles in order', () => {
		const page = (title: string) => ({ title, href: `/${title}/`, type: 'Guidance' });
		const letters = aToZ([
			page('virtual wards'),
			page('What Good Looks Like'),
			page('2022/23 funding'),
			page('Cyber security'),
			page('Électronique'),
			page('Virtual beds'),
		]);
		expect(letters.map((l) => [l.letter, l.id, l.pages.map((p) => p.title)])).toEqual([
			['0-9', 'a-z-0-9', ['2022/23 funding']],
			['C', 'a-z-c', ['Cyber security']],
			['E', 'a-z-e', ['Électronique']],
			['V', 'a-z-v', ['Virtual beds', 'virtual wards']],
			['W', 'a-z-w', ['What Good Looks Like']],
		]);
		expect(aToZ([])).toEqual([]);
	});
});

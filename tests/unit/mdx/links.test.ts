/** The site links of a page body (src/lib/mdx/links.ts): what the advice on links to withdrawn pages reads. */
import { describe, expect, it } from 'vitest';
import { linksToPages, siteLinksIn } from '../../../src/lib/mdx/links.ts';

const body = `Read [the funding page](/virtual-wards/funding/#money) or [NHS England](https://www.england.nhs.uk/).

See [the targets][t] and [the ambition](/virtual-wards/national-ambition/).

[t]: /targets/?sort=deadline
`;

describe('site links', () => {
	it('lists links and definitions to site addresses, without fragment or query, at their lines in the file', () => {
		expect(siteLinksIn(body, 10)).toEqual([
			{ url: '/virtual-wards/funding/#money', path: '/virtual-wards/funding/', line: 10, column: 6 },
			{ url: '/virtual-wards/national-ambition/', path: '/virtual-wards/national-ambition/', line: 12, column: 26 },
			{ url: '/targets/?sort=deadline', path: '/targets/', line: 14, column: 1 },
		]);
	});

	it('names the guidance page each link goes to, among the pages asked about', () => {
		expect(linksToPages(body, 1, ['virtual-wards/funding', 'digitisation/epr']).map((l) => [l.id, l.line])).toEqual([
			['virtual-wards/funding', 1],
		]);
		expect(linksToPages(body, 1, [])).toEqual([]);
		expect(siteLinksIn('<Quote', 1)).toEqual([]);
	});
});

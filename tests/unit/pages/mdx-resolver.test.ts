/** The MDX components' resolver (src/lib/pages/mdx-resolver.ts): what Figure, Quote and TargetChart print, and their errors. */
import { describe, expect, it } from 'vitest';
import { mdxResolver, resolverFor } from '../../../src/lib/pages/mdx-resolver.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();
const resolver = mdxResolver(site, 'content/x/page.mdx', []);

describe('MDX resolver', () => {
	it('prints a figure with its unit, linked to its dataset when the page has no note for it', () => {
		const figure = resolver.figure({ id: 'vw-capacity', period: '2023-09' });
		expect(figure.text).toBe('10,500 beds');
		expect(figure.ref).toEqual({
			text: '[source]',
			href: '/data/vw-capacity/',
			id: undefined,
			label: 'Source of this figure: Virtual ward capacity',
		});
	});

	it("cites a quotation's source with publisher, date and page", () => {
		expect(resolver.quote({ source: 'guide-v2', page: 12 })).toMatchInlineSnapshot(`
			{
			  "cite": "https://example.org/guidance-v2",
			  "details": "NHS England, 14 January 2022, page 12",
			  "source": {
			    "href": "https://example.org/guidance-v2",
			    "text": "Test planning guidance",
			  },
			}
		`);
	});

	it('gives a chart figure with the page-chart prefix', () => {
		expect(resolver.chart({ id: 'vw-rate-goal' }).id).toBe('page-chart-vw-rate-goal');
	});

	it("names the page's file and the component in every error", () => {
		expect(() => resolver.figure({ id: 'nope', period: '2023-12' })).toThrow(
			/^content\/x\/page\.mdx → <Figure id="nope">: "nope" is not a dataset in data\/datasets\//,
		);
		expect(() => resolver.figure({ id: 'vw-capacity', period: '1999-01' })).toThrow(
			'content/x/page.mdx → <Figure id="vw-capacity" period="1999-01">: vw-capacity has no published figure for E92000001 in 1999-01',
		);
		expect(() => resolver.quote({ source: 'nope' })).toThrow(
			'<Quote source="nope">: "nope" is not a source in data/sources.json',
		);
		expect(() => resolver.chart({ id: 'records-2026' })).toThrow(
			'<TargetChart id="records-2026">: no chart with this id',
		);
		expect(() => resolverFor(undefined, '<Figure>')).toThrow(
			'<Figure>: MDX components render only inside a guidance page',
		);
		expect(resolverFor(resolver, '<Figure>')).toBe(resolver);
	});
});

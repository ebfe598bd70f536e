/** The MDX components' resolver (src/lib/pages/mdx-resolver.ts): what Figure, Quote and TargetChart print, and their errors. */
import { describe, expect, it } from 'vitest';
import { mdxResolver, resolverFor } from '../../../src/lib/pages/mdx-resolver.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();
const resolver = mdxResolver(site, 'content/x/page.mdx', []);

describe('MDX resolver', () => {
	it('prints a figure with its unit, linked to its dataset when the page has no note for it', () => {
		const figure = resolver.figure({ id: 'vw-capacity', period: '2023-09' });
		expect(figure.text).toMatch(/^[\d,]+ beds$/);
		expect(figure.ref).toEqual({
			text: '[source]',
			href: '/data/vw-capacity/',
			id: undefined,
			label: `Source of this figure: ${site.datasets.get('vw-capacity')?.title}`,
		});
	});

	it("cites a quotation's source with publisher, date and page", () => {
		const source = site.sources.get('nhse-uec-recovery-plan-2023');
		const quote = resolver.quote({ source: 'nhse-uec-recovery-plan-2023', page: 12 });
		expect(quote.source).toEqual({ text: source?.title, href: source?.url });
		expect(quote.details.startsWith(`${source?.publisher}`)).toBe(true);
		expect(quote.details.endsWith(', page 12')).toBe(true);
	});

	it('gives a chart figure with the page-chart prefix', () => {
		expect(resolver.chart({ id: 'vw-40-50-per-100k' }).id).toBe('page-chart-vw-40-50-per-100k');
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
		expect(() => resolver.chart({ id: 'digital-investment-plans' })).toThrow(
			'<TargetChart id="digital-investment-plans">: no chart with this id',
		);
		expect(() => resolverFor(undefined, '<Figure>')).toThrow(
			'<Figure>: MDX components render only inside a guidance page',
		);
		expect(resolverFor(resolver, '<Figure>')).toBe(resolver);
	});
});

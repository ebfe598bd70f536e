/** The layout model (src/lib/pages/layout.ts): titles, canonical and Open Graph addresses, header, footer and search fields, on the fixture site. */
import { describe, expect, it } from 'vitest';
import { PUBLISHER } from '../../../src/config/publisher.ts';
import { layoutModel, suggestChange } from '../../../src/lib/pages/layout.ts';
import { metaCsp } from '../../../src/lib/build/security-headers.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('layout model', () => {
	it('titles every page after the site, the home page with the site title', () => {
		expect(layoutModel(site, { title: 'Home', description: 'd', path: '/' }).fullTitle).toBe(
			'Planning guidance portal - 2022/23 digital priorities',
		);
		expect(layoutModel(site, { title: 'Glossary', description: 'd', path: '/glossary/' }).fullTitle).toBe(
			'Glossary - Planning guidance portal',
		);
	});

	it('gives a canonical path, except on an error page', () => {
		expect(layoutModel(site, { title: 't', description: 'd', path: '/data/' }).canonicalPath).toBe('/data/');
		expect(
			layoutModel(site, { title: 't', description: 'd', path: '/404.html', errorPage: true }).canonicalPath,
		).toBeUndefined();
	});

	it('marks the current section in the header, and links home, search and the support pages', () => {
		const layout = layoutModel(site, {
			title: 't',
			description: 'd',
			path: '/virtual-wards/funding/',
			priority: 'virtual-wards',
		});
		expect(layout.header.home).toBe('/');
		expect(layout.header.searchAction).toBe('/search/');
		expect(layout.header.nav.map((n) => n.current)).toEqual([
			'true',
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(layout.footer.links.map((l) => l.href)).toEqual([
			'/timeline/',
			'/updates/',
			'/sources/',
			'/glossary/',
			'/about/',
			'/feed.xml',
		]);
		expect(layout.csp).toBe(metaCsp());
		expect(layout.crumbs).toEqual([]);
	});

	it('gives every page a description and Open Graph fields, with the canonical address absolute, and announces the feed', () => {
		const layout = layoutModel(
			site,
			{ title: 'Funding', description: 'How it is paid for.', path: '/virtual-wards/funding/', kind: 'article' },
			PUBLISHER,
			new URL('https://example.nhs.uk'),
		);
		expect(layout.canonicalUrl).toBe('https://example.nhs.uk/virtual-wards/funding/');
		expect(layout.openGraph).toEqual({
			title: 'Funding',
			description: 'How it is paid for.',
			url: 'https://example.nhs.uk/virtual-wards/funding/',
			type: 'article',
			siteName: 'Planning guidance portal',
			locale: 'en_GB',
		});
		expect(layout.feed.href).toBe('/feed.xml');
		expect(layout.icon).toBe('/favicon.svg');
		const error = layoutModel(site, { title: 'Not found', description: 'd', path: '/404.html', errorPage: true });
		expect(error.openGraph.url).toBeUndefined();
		expect(error.openGraph.type).toBe('website');
	});

	it('shows the NHS logo only for an NHS organisation, and describes the publisher in the footer', () => {
		const independent = layoutModel(site, { title: 't', description: 'd', path: '/data/' });
		expect(independent.header.logo).toBe(false);
		expect(independent.header.homeLabel).toBe('Planning guidance portal homepage');
		expect(independent.footer.publisher).toBe(PUBLISHER.description);
		const trust = layoutModel(
			site,
			{ title: 't', description: 'd', path: '/data/' },
			{ ...PUBLISHER, nhsOrganisation: true },
		);
		expect(trust.header.logo).toBe(true);
		expect(trust.header.homeLabel).toBe('NHS Planning guidance portal homepage');
	});

	it('makes "Suggest a change" a link only when the repository\'s address is set', () => {
		expect(suggestChange({ ...PUBLISHER, repositoryUrl: undefined })).toMatchObject({ kind: 'text' });
		expect(
			suggestChange({ ...PUBLISHER, repositoryUrl: undefined }).kind === 'text' &&
				suggestChange({ ...PUBLISHER, repositoryUrl: undefined }),
		).toMatchObject({ text: expect.stringContaining('pull request') });
		expect(suggestChange({ ...PUBLISHER, repositoryUrl: 'https://git.example.org/team/portal/' })).toMatchObject({
			kind: 'link',
			link: { text: 'Suggest a change', href: 'https://git.example.org/team/portal/blob/main/CONTRIBUTING.md' },
		});
	});

	it('writes the search fields of a searchable page, and none for a page left out of search', () => {
		const indexed = layoutModel(site, {
			title: 't',
			description: 'd',
			path: '/x/',
			search: { type: 'dataset', filters: { priority: ['Virtual wards'] } },
		});
		expect(indexed.search).toEqual([
			{ attribute: 'data-pagefind-filter', name: 'type', value: 'Dataset' },
			{ attribute: 'data-pagefind-meta', name: 'type', value: 'Dataset' },
			{ attribute: 'data-pagefind-filter', name: 'priority', value: 'Virtual wards' },
		]);
		expect(layoutModel(site, { title: 't', description: 'd', path: '/x/' }).search).toBeUndefined();
	});
});

/** The glossary (src/lib/pages/glossary.ts), sources (src/lib/pages/sources.ts), about (src/lib/pages/about.ts) and 404 (src/lib/pages/not-found.ts) models, on the real data. */
import { describe, expect, it } from 'vitest';
import { aboutPage } from '../../../src/lib/pages/about.ts';
import { glossaryPage } from '../../../src/lib/pages/glossary.ts';
import { notFoundPage } from '../../../src/lib/pages/not-found.ts';
import { sourcesPage } from '../../../src/lib/pages/sources.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();

describe('glossary page', () => {
	const page = glossaryPage(site);

	it('lists every entry, links related entries by term and searches for the abbreviation', () => {
		expect(page.entries.map((e) => e.id)).toEqual(site.glossary.map((g) => g.id));
		const dma = page.entries.find((e) => e.id === 'dma');
		const wgll = site.glossary.find((g) => g.id === 'wgll');
		expect(dma?.related).toEqual([{ text: wgll?.term, href: '#wgll' }]);
		expect(dma?.search).toEqual({ href: '/search/?q=DMA', name: 'DMA' });
		expect(page.entries.find((e) => e.id === 'cyber-security')?.synonyms).toBe('Also called: cybersecurity.');
	});

	it('cites each source of the entries once', () => {
		const ids = new Set(site.glossary.flatMap((g) => g.sources.map((s) => s.id)));
		expect(page.sources?.items.length).toBe(ids.size);
	});
});

describe('sources page', () => {
	it('lists every source once, primary then secondary, each by title', () => {
		const page = sourcesPage(site);
		const all = [...page.primary.items, ...page.secondary.items];
		expect(all.length).toBe(site.sources.size);
		expect(page.secondary.items.every((s) => s.secondary)).toBe(true);
		const titles = page.primary.items.map((s) => s.link.text);
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en-GB')));
		expect(page.primary.headingId).toBe('primary-sources-heading');
	});
});

describe('about and 404 pages', () => {
	it('links the about page to every source', () => {
		const page = aboutPage(site);
		expect(page.links.sources).toBe('/sources/');
		expect(page.layout.fullTitle).toBe('About this portal - Planning guidance portal');
	});

	it('gives the 404 page no canonical address, and the priorities to browse from', () => {
		const page = notFoundPage(site);
		expect(page.layout.canonicalPath).toBeUndefined();
		expect(page.priorities.map((p) => p.href)).toEqual(site.priorities.map((p) => `/${p.id}/`));
		expect(page.layout.search).toBeUndefined();
	});
});

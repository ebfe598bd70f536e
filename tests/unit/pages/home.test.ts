/** The home page model (src/lib/pages/home.ts), on the real content and data. */
import { describe, expect, it } from 'vitest';
import { homePage } from '../../../src/lib/pages/home.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();
const page = homePage(site);

describe('home page', () => {
	it('has one card per priority, linked to its overview, with its page count', () => {
		expect(page.cards.map((c) => c.href)).toEqual(site.priorities.map((p) => `/${p.id}/`));
		expect(page.cards.map((c) => c.pageCount)).toEqual(
			site.priorities.map((p) => `${site.guidance.get(p.id)?.length} guidance pages`),
		);
		expect(page.layout.fullTitle).toBe('Planning guidance portal - 2022/23 digital priorities');
		expect(page.layout.canonicalPath).toBe('/');
	});

	it('shows each headline target with its deadline and status, and says so where there is none', () => {
		const vw = page.cards[0];
		expect(vw?.headline?.text).toBe(site.targetsById.get('vw-40-50-per-100k')?.headline);
		expect(vw?.headline?.deadline.datetime).toBe(site.targetsById.get('vw-40-50-per-100k')?.deadline);
		expect(vw?.headline?.status.status).toBe(site.progress.get('vw-40-50-per-100k')?.status.status);
		expect(vw?.headline?.status.asOf).toMatch(/^as of the figures for /);
		const skills = page.cards.find((c) => c.href === '/workforce-skills/');
		expect(skills?.headline).toBeUndefined();
		expect(skills?.noHeadline).toContain('No dated target');
	});
});

describe('home page caveats', () => {
	it('caveats exactly the headline targets whose wording was read only in news, linking their secondary sources', () => {
		const s = realSite();
		for (const card of homePage(s).cards) {
			const priority = s.priorities.find((p) => p.title === card.heading);
			const target = priority?.headlineTarget ? s.targetsById.get(priority.headlineTarget) : undefined;
			expect(card.headline?.caveat !== undefined, card.heading).toBe(target?.wording?.confidence === 'read-secondary');
			for (const link of card.headline?.caveat?.sources ?? [])
				expect([...s.sources.values()].find((src) => src.url === link.href)?.kind).toBe('secondary');
		}
	});
});

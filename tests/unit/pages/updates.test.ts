/** The updates page and feed (src/lib/pages/updates.ts) and the timeline's layout (src/lib/pages/timeline.ts), on the real content and data. */
import { describe, expect, it } from 'vitest';
import { timelinePage } from '../../../src/lib/pages/timeline.ts';
import { updates, updatesFeed, updatesPage } from '../../../src/lib/pages/updates.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();

describe('updates page and feed', () => {
	it('prints every update and links the feed', () => {
		const page = updatesPage(site);
		expect(page.updates).toEqual(updates(site));
		expect(page.feed.href).toBe('/feed.xml');
		expect(page.layout.canonicalPath).toBe('/updates/');
		expect(page.layout.crumbs).toEqual([{ text: 'Home', href: '/' }]);
	});

	it('gives the feed one item per update, titled with what happened', () => {
		const feed = updatesFeed(site);
		const all = updates(site);
		expect(feed.items.length).toBe(all.length);
		expect(feed.items[0]).toEqual({
			title: `${all[0]?.title} (${all[0]?.kind})`,
			link: all[0]?.href,
			date: all[0]?.date,
			description: all[0]?.description,
		});
	});
});

describe('timeline page', () => {
	it('has its own address and a status tag on every deadline', () => {
		const page = timelinePage(site);
		expect(page.layout.canonicalPath).toBe('/timeline/');
		const deadlines = page.years.flatMap((y) => y.items).filter((i) => i.kind === 'deadline');
		expect(deadlines.every((i) => i.status !== undefined && i.date.text.startsWith('Deadline: '))).toBe(true);
	});
});

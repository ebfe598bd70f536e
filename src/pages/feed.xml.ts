/** /feed.xml: the updates (src/lib/pages/updates.ts) as RSS 2.0, written by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { updatesFeed } from '../lib/pages/updates.ts';
import { getSite } from '../queries.ts';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('feed.xml needs the `site` setting in astro.config.mjs for its links');
	const feed = updatesFeed(await getSite());
	return rss({
		title: feed.title,
		description: feed.description,
		site,
		items: feed.items.map((item) => ({
			title: item.title,
			link: item.link,
			pubDate: new Date(`${item.date}T00:00:00Z`),
			description: item.description,
			// Several updates of one page share its link: each then has an id of its own (not a link, so isPermaLink="false").
			...(item.id === undefined
				? {}
				: { customData: `<guid isPermaLink="false">${new URL(item.id, site).href}</guid>` }),
		})),
		customData: '<language>en-gb</language>',
	});
};

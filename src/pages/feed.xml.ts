/** /feed.xml: the updates (src/lib/pages/updates.ts) as RSS 2.0, written by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { updates } from '../lib/pages/updates.ts';
import { getSite } from '../queries.ts';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('feed.xml needs the `site` setting in astro.config.mjs for its links');
	return rss({
		title: 'Planning guidance portal: updates',
		description: 'Pages reviewed and figures checked on the 2022/23 planning guidance digital priorities portal.',
		site,
		items: updates(await getSite()).map((u) => ({
			title: `${u.title} (${u.kind})`,
			link: u.href,
			pubDate: new Date(`${u.date}T00:00:00Z`),
			description: u.description,
		})),
		customData: '<language>en-gb</language>',
	});
};

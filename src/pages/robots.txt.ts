/** /robots.txt: every page may be crawled; names the sitemap (written by @astrojs/sitemap). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/build/robots.ts';
import { sitemapHref } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
	if (!site) throw new Error('robots.txt needs the `site` setting in astro.config.mjs to name the sitemap');
	return new Response(robotsTxt(new URL(sitemapHref(), site)), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};

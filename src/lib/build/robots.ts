/**
 * robots.txt and the sitemap's rules: which built pages are public. Error
 * pages and the search page (its results depend on a query) are left out of
 * the sitemap; nothing is disallowed to crawlers.
 */

/** The sitemap index @astrojs/sitemap writes at the root of the site. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** Whether a page's address belongs in the sitemap. */
export function inSitemap(page: string): boolean {
	const path = new URL(page).pathname;
	return !/^\/(404|500)\/?$/.test(path) && !/^\/search\/$/.test(path);
}

/** The robots.txt of a site published at `site`. */
export function robotsTxt(site: URL): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, site).href}\n`;
}

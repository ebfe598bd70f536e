/**
 * robots.txt and the sitemap's rules: which built pages are public. Error
 * pages and the search page (its results depend on a query) are left out of
 * the sitemap; nothing is disallowed to crawlers.
 */

/** Whether a page's address belongs in the sitemap, for a site published under `base` ("/" or "/planning-guidance/"). */
export function inSitemap(page: string, base = '/'): boolean {
	let path = new URL(page).pathname;
	if (base !== '/' && path.startsWith(base)) path = path.slice(base.length - 1);
	return !/^\/(404|500)\/?$/.test(path) && !/^\/search\/$/.test(path);
}

/** The sitemap integration's filter for a site published under `base`. */
export function sitemapFilter(base: string): (page: string) => boolean {
	return (page) => inSitemap(page, base);
}

/** The robots.txt of a site whose sitemap index is at `sitemap` (an absolute URL). */
export function robotsTxt(sitemap: URL): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`;
}

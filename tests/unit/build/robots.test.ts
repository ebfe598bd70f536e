/** robots.txt and the sitemap's rules (src/lib/build/robots.ts). */
import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt, sitemapFilter } from '../../../src/lib/build/robots.ts';

describe('the sitemap', () => {
	it('leaves out the error pages and the search page, at the root or under a base path', () => {
		expect(inSitemap('https://example.org/virtual-wards/')).toBe(true);
		expect(inSitemap('https://example.org/404/')).toBe(false);
		expect(inSitemap('https://example.org/500')).toBe(false);
		expect(inSitemap('https://example.org/search/')).toBe(false);
		const filter = sitemapFilter('/planning-guidance/');
		expect(filter('https://example.org/planning-guidance/search/')).toBe(false);
		expect(filter('https://example.org/planning-guidance/404/')).toBe(false);
		expect(filter('https://example.org/planning-guidance/targets/')).toBe(true);
	});
});

describe('robots.txt', () => {
	it('allows everything and names the sitemap index', () => {
		expect(robotsTxt(new URL('https://example.org/sitemap-index.xml'))).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
		);
	});
});

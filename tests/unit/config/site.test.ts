/** The base path, site URL and review date of a build (src/config/site.ts), and the addresses under a base (src/lib/routes.ts). */
import { describe, expect, it } from 'vitest';
import {
	basePathFromEnv,
	BASE_PATH,
	normaliseBase,
	publishAsOfFromEnv,
	reviewAsOfFromEnv,
	siteUrlFromEnv,
	withBase,
} from '../../../src/config/site.ts';
import { homeHref, withoutBase } from '../../../src/lib/routes.ts';
import { siteAddresses } from '../../../src/lib/routes/data.ts';

describe('base path', () => {
	it('is "/" in plain Node and tests, and normalised from BASE_PATH with both slashes', () => {
		expect(BASE_PATH).toBe('/');
		expect(homeHref()).toBe('/');
		expect(basePathFromEnv({})).toBe('/');
		expect(basePathFromEnv({ BASE_PATH: '' })).toBe('/');
		for (const written of ['planning-guidance', '/planning-guidance', '/planning-guidance/', 'planning-guidance/']) {
			expect(normaliseBase(written)).toBe('/planning-guidance/');
		}
		expect(normaliseBase('/nhs/planning-guidance')).toBe('/nhs/planning-guidance/');
	});

	it("goes before every site-relative address, once, and never before another origin's", () => {
		expect(withBase('/virtual-wards/funding/', '/pg/')).toBe('/pg/virtual-wards/funding/');
		expect(withBase('/', '/pg/')).toBe('/pg/');
		expect(withBase('/data/x.csv', '/')).toBe('/data/x.csv');
		expect(withBase('https://example.org/', '/pg/')).toBe('https://example.org/');
		expect(withBase('//cdn.example.org/x', '/pg/')).toBe('//cdn.example.org/x');
		expect(withBase('#section', '/pg/')).toBe('#section');
		expect(withoutBase('/pg/data/', '/pg/')).toBe('/data/');
		expect(withoutBase('/pg/', '/pg/')).toBe('/');
	});

	it('leaves siteAddresses without the base, as editors write links', () => {
		const addresses = siteAddresses({
			priorities: [{ id: 'virtual-wards', title: 'Virtual wards' }],
			pages: [{ priority: 'virtual-wards', slug: 'funding', title: 'Funding', draft: false }],
			targets: [],
			datasets: [],
		});
		expect(addresses.has('/virtual-wards/funding/')).toBe(true);
	});
});

describe('site URL and review date', () => {
	it('reads SITE_URL, with a default', () => {
		expect(siteUrlFromEnv({})).toBe('https://planning-guidance.example.nhs.uk');
		expect(siteUrlFromEnv({ SITE_URL: 'https://example.nhs.uk' })).toBe('https://example.nhs.uk');
	});

	it('reads REVIEW_AS_OF as a date, or nothing, and names a wrong one', () => {
		expect(reviewAsOfFromEnv({})).toBeUndefined();
		expect(reviewAsOfFromEnv({ REVIEW_AS_OF: ' ' })).toBeUndefined();
		expect(reviewAsOfFromEnv({ REVIEW_AS_OF: '2027-06-01' })).toBe('2027-06-01');
		expect(() => reviewAsOfFromEnv({ REVIEW_AS_OF: 'June 2027' })).toThrow(
			'REVIEW_AS_OF: "June 2027" is not a date: write it as YYYY-MM-DD',
		);
	});

	it('reads PUBLISH_AS_OF the same way, naming it in a wrong one', () => {
		expect(publishAsOfFromEnv({ REVIEW_AS_OF: '2027-06-01' })).toBeUndefined();
		expect(publishAsOfFromEnv({ PUBLISH_AS_OF: '2026-12-04' })).toBe('2026-12-04');
		expect(() => publishAsOfFromEnv({ PUBLISH_AS_OF: '04/12/2026' })).toThrow(
			'PUBLISH_AS_OF: "04/12/2026" is not a date: write it as YYYY-MM-DD',
		);
	});
});

/** The 404 page model (src/lib/pages/not-found.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { notFoundPage } from '../../../src/lib/pages/not-found.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('404 page', () => {
	it('gives the 404 page no canonical address, and the priorities to browse from', () => {
		const page = notFoundPage(site);
		expect(page.layout.canonicalPath).toBeUndefined();
		expect(page.priorities.map((p) => p.href)).toEqual([
			'/virtual-wards/',
			'/digitisation/',
			'/investment-plans/',
			'/workforce-skills/',
		]);
		expect(page.layout.search).toBeUndefined();
	});
});

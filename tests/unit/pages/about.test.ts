/** The about page model (src/lib/pages/about.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { aboutPage } from '../../../src/lib/pages/about.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('about page', () => {
	it('links the about page to every source', () => {
		const page = aboutPage(site);
		expect(page.links.sources).toBe('/sources/');
		expect(page.layout.fullTitle).toBe('About this portal - Planning guidance portal');
	});
});

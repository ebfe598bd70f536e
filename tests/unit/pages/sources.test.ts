/** The sources page model (src/lib/pages/sources.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { sourcesPage } from '../../../src/lib/pages/sources.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('sources page', () => {
	it('lists every source once, primary then secondary, each by title', () => {
		const page = sourcesPage(site);
		const all = [...page.primary.items, ...page.secondary.items];
		expect(all.length).toBe(site.sources.size);
		expect(all.map((s) => [s.secondary, s.link.text, s.date])).toMatchInlineSnapshot(`
			[
			  [
			    false,
			    "Test GP-registered population",
			    "April 2024",
			  ],
			  [
			    false,
			    "Test planning guidance",
			    "24 December 2021",
			  ],
			  [
			    false,
			    "Test planning guidance",
			    "14 January 2022",
			  ],
			  [
			    false,
			    "Test virtual ward statistics",
			    "July 2024",
			  ],
			  [
			    true,
			    "An undated briefing on digital records",
			    "date not stated",
			  ],
			  [
			    true,
			    "Most trusts have a record system, says news report",
			    "20 November 2023",
			  ],
			  [
			    true,
			    "Virtual wards ambition set, news report says",
			    "1 March 2022",
			  ],
			]
		`);
		expect(page.primary.headingId).toBe('primary-sources-heading');
	});
});

/** A target's page model (src/lib/pages/target.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { targetPage } from '../../../src/lib/pages/target.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('target page', () => {
	it('gives a measured target its goal, progress, dataset and chart', () => {
		const page = targetPage(site, 'vw-rate-goal');
		const progress = site.progress.get('vw-rate-goal');
		expect(page.goal).toBe(`40-50 ${site.targetsById.get('vw-rate-goal')?.unit}`);
		expect(page.progress.summary).toBe(progress?.summary);
		expect(page.progress).toMatchInlineSnapshot(`
			{
			  "note": undefined,
			  "summary": "11,000 beds, 22.0 per 100,000 adults aged 16 and over registered with a GP in December 2023: below the 40-50 ambition; the deadline was missed.",
			}
		`);
		expect(page.measuredBy?.link.href).toBe('/data/vw-beds-per-100k/');
		expect(page.chart?.id).toBe('chart-vw-rate-goal');
		expect(page.followedBy?.link.href).toBe('/targets/vw-beds-goal/');
		expect(page.noMeasure).toBeUndefined();
		expect(page.layout.crumbs.map((c) => c.text)).toEqual(['Home', 'Targets']);
		expect(page.layout.search).toContainEqual({
			attribute: 'data-pagefind-meta',
			name: 'deadline',
			value: 'December 2023',
		});
		expect(page.statusRules).toBe('/targets/#how-status-is-worked-out');
	});

	it('says when a target has no measure, and links the targets it replaces and follows', () => {
		const plans = targetPage(site, 'plans-2022');
		expect(plans.goal).toBe('No measurable goal');
		expect(plans.noMeasure).toBe('This target has no measurable goal, so its status shows "No data".');
		expect(plans.chart).toBeUndefined();
		expect(targetPage(site, 'records-2026').replaces).toEqual([
			{ text: site.targetsById.get('records-2025')?.headline, href: '/targets/records-2025/' },
		]);
		expect(targetPage(site, 'vw-beds-goal').follows.map((f) => f.link.href)).toEqual(['/targets/vw-rate-goal/']);
	});

	it("quotes the target's wording with its source and how sure we are of it", () => {
		expect(targetPage(site, 'vw-rate-goal').wording).toMatchInlineSnapshot(`
			{
			  "confidence": "Read in a news or briefing source that quotes or reports the publisher, not in the original.",
			  "details": "Test Health News, 1 March 2022",
			  "quote": "towards a national ambition of 40-50 virtual beds per 100,000 population",
			  "source": {
			    "href": "https://example.org/news-wards",
			    "text": "Virtual wards ambition set, news report says",
			  },
			}
		`);
		expect(targetPage(site, 'vw-beds-goal').wording).toBeUndefined();
	});

	it('refuses a target the site does not have', () => {
		expect(() => targetPage(site, 'nope')).toThrow('no target "nope"');
	});
});

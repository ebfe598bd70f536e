/** The targets list model (src/lib/pages/targets.ts) and a target's page (src/lib/pages/target.ts), on the real data. */
import { describe, expect, it } from 'vitest';
import { targetPage } from '../../src/lib/pages/target.ts';
import { targetsPage } from '../../src/lib/pages/targets.ts';
import { STATUS_RULES } from '../../src/lib/model/status.ts';
import { realSite } from '../helpers/real-site.ts';
import { statusesAsOfSentence } from '../../src/lib/model/as-of.ts';

const site = realSite();

describe('targets page', () => {
	const page = targetsPage(site);

	it("has a table for each priority with targets, every target once, in the site's order", () => {
		expect(page.sections.map((s) => s.heading)).toEqual(
			site.priorities.filter((p) => site.targets.some((t) => t.priority === p.id)).map((p) => p.title),
		);
		expect(page.sections.flatMap((s) => s.rows.map((r) => r.id))).toEqual(site.targets.map((t) => t.id));
		expect(page.sections[0]?.caption).toBe(`Targets for ${site.priorities[0]?.title}`);
	});

	it('says "No published figure" where nothing measures a target, and names successors', () => {
		const rows = page.sections.flatMap((s) => s.rows);
		expect(rows.find((r) => r.id === 'digital-investment-plans')).toMatchObject({
			latest: 'No published figure',
			latestNote: undefined,
			status: { status: 'no-data', text: 'No data' },
		});
		expect(rows.find((r) => r.id === 'epr-100-mar-2025')?.successors).toEqual([
			{
				words: 'Replaced by a later target',
				link: { text: site.targetsById.get('epr-100-mar-2026')?.headline, href: '/targets/epr-100-mar-2026/' },
			},
		]);
	});

	it("states the site's one as-of sentence, from the review date, and every status rule", () => {
		const review = [...site.datasets.values()]
			.map((d) => d.asOf)
			.sort()
			.at(-1);
		expect(review).toBeDefined();
		expect(page.asOf).toBe(statusesAsOfSentence(review ?? ''));
		expect(page.rules.map((r) => r.rule)).toEqual(STATUS_RULES.map((r) => r.rule));
		expect(page.windowMonthsBefore).toBe(2);
		expect(page.layout.canonicalPath).toBe('/targets/');
	});
});

describe('target page', () => {
	it('gives a measured target its goal, progress, dataset and chart', () => {
		const page = targetPage(site, 'vw-40-50-per-100k');
		const progress = site.progress.get('vw-40-50-per-100k');
		expect(page.goal).toBe(`40-50 ${site.targetsById.get('vw-40-50-per-100k')?.unit}`);
		expect(page.progress.summary).toBe(progress?.summary);
		expect(page.measuredBy?.link.href).toBe('/data/vw-beds-per-100k/');
		expect(page.chart?.id).toBe('chart-vw-40-50-per-100k');
		expect(page.followedBy?.link.href).toBe('/targets/vw-10000-beds/');
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
		const plans = targetPage(site, 'digital-investment-plans');
		expect(plans.goal).toBe('No measurable goal');
		expect(plans.noMeasure).toBe('This target has no measurable goal, so its status shows "No data".');
		expect(plans.chart).toBeUndefined();
		expect(targetPage(site, 'epr-100-mar-2026').replaces).toEqual([
			{ text: site.targetsById.get('epr-100-mar-2025')?.headline, href: '/targets/epr-100-mar-2025/' },
		]);
		expect(targetPage(site, 'vw-10000-beds').follows.map((f) => f.link.href)).toEqual(['/targets/vw-40-50-per-100k/']);
	});

	it("quotes the target's wording with its source and how sure we are of it", () => {
		const page = targetPage(site, 'epr-90-dec-2023');
		const target = site.targetsById.get('epr-90-dec-2023');
		expect(page.wording?.quote).toBe(target?.wording?.quote);
		expect(page.wording?.source.href).toBe(site.sources.get(target?.wording?.source.id ?? '')?.url);
		expect(page.wording?.confidence).toMatch(/\.$/);
	});

	it('refuses a target the site does not have', () => {
		expect(() => targetPage(site, 'nope')).toThrow('no target "nope"');
	});
});

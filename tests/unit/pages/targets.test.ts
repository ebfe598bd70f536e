/** The targets list model (src/lib/pages/targets.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { targetsPage } from '../../../src/lib/pages/targets.ts';
import { STATUS_RULES } from '../../../src/lib/model/status.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';
import { statusesAsOfSentence } from '../../../src/lib/model/as-of.ts';

const site = fixtureSite();

describe('targets page', () => {
	const page = targetsPage(site);

	it("has a table for each priority with targets, every target once, in the site's order", () => {
		expect(page.sections.map((s) => s.heading)).toEqual(
			site.priorities.filter((p) => site.targets.some((t) => t.priority === p.id)).map((p) => p.title),
		);
		expect(page.sections.flatMap((s) => s.rows.map((r) => r.id))).toEqual(site.targets.map((t) => t.id));
		expect(page.sections.map((s) => [s.heading, s.rows.map((r) => r.id)])).toMatchInlineSnapshot(`
			[
			  [
			    "Virtual wards",
			    [
			      "vw-occupancy-goal",
			      "vw-beds-goal",
			      "vw-rate-goal",
			    ],
			  ],
			  [
			    "A core level of digitisation",
			    [
			      "records-2025",
			      "records-2026",
			    ],
			  ],
			  [
			    "Digital investment plans",
			    [
			      "plans-2022",
			    ],
			  ],
			]
		`);
		expect(page.sections[0]?.caption).toBe(`Targets for ${site.priorities[0]?.title}`);
	});

	it('says "No published figure" where nothing measures a target, and names successors', () => {
		const rows = page.sections.flatMap((s) => s.rows);
		expect(rows.find((r) => r.id === 'plans-2022')).toMatchObject({
			latest: 'No published figure',
			latestNote: undefined,
			status: { status: 'no-data', text: 'No data' },
		});
		expect(rows.find((r) => r.id === 'records-2025')?.successors).toEqual([
			{
				words: 'Replaced by a later target',
				link: { text: site.targetsById.get('records-2026')?.headline, href: '/targets/records-2026/' },
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

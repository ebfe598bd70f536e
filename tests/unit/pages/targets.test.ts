/** The targets list model (src/lib/pages/targets.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { decidingFigure, targetsPage } from '../../../src/lib/pages/targets.ts';
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
			figure: 'No published figure',
			figureNote: undefined,
			later: undefined,
			status: { status: 'no-data', text: 'No data' },
		});
		expect(rows.find((r) => r.id === 'records-2025')?.successors).toEqual([
			{
				words: 'Replaced by a later target',
				link: { text: site.targetsById.get('records-2026')?.headline, href: '/targets/records-2026/' },
			},
		]);
	});

	it('shows the figure that decided a passed deadline, with its month, and the latest beside it when later', () => {
		const rows = page.sections.flatMap((s) => s.rows);
		const progress = site.progress.get('vw-occupancy-goal');
		const judged = progress?.status.judged;
		const latest = progress?.status.latest;
		expect(progress?.status.deadlinePassed).toBe(true);
		expect(judged?.period).toBe('2023-09');
		expect(latest && judged && latest.period > judged.period).toBe(true);
		const row = rows.find((r) => r.id === 'vw-occupancy-goal');
		expect(row?.figure).toBe(progress?.judgedText);
		expect(row?.figure).toContain('September 2023');
		expect(row?.later?.text).toBe(progress?.latestText);
		expect(row?.later?.text).not.toContain('September 2023');
	});

	it('shows no later figure when the deciding figure is the latest', () => {
		const progress = site.progress.get('vw-occupancy-goal');
		expect(progress?.status.latest).toBeDefined();
		if (!progress?.status.latest) return;
		const latestOnly = { ...progress, judgedText: progress.latestText, judgedNote: progress.latestNote };
		const atLatest = { ...latestOnly, status: { ...progress.status, judged: progress.status.latest } };
		expect(decidingFigure(atLatest)).toEqual({
			figure: progress.latestText,
			figureNote: progress.latestNote,
			later: undefined,
		});
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

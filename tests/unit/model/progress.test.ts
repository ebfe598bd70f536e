/** Progress against each target and its wording (src/lib/model/progress.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../../src/lib/model/charts.ts';
import { datasetSummary, targetProgress } from '../../../src/lib/model/progress.ts';
import { must } from '../../helpers/data.ts';
import { fixtureProject } from '../../helpers/fixture-site.ts';

const { site, project } = fixtureProject();
const { datasets } = site;
const targets = project.targets;
const target = (id: string) =>
	must(
		targets.find((t) => t.id === id),
		id,
	);

describe('targetProgress', () => {
	it('finds the December 2023 ambition missed, with the count and the rate per 100,000 adults', () => {
		const p = targetProgress(target('vw-rate-goal'), datasets);
		expect(p.status.status).toBe('missed');
		expect(p.summary).toMatchInlineSnapshot(
			`"11,000 beds, 22.0 per 100,000 adults aged 16 and over registered with a GP in December 2023: below the 40-50 ambition; the deadline was missed."`,
		);
	});

	it('finds the 10,000-bed objective met by September 2023', () => {
		const p = targetProgress(target('vw-beds-goal'), datasets);
		expect(p.status.status).toBe('met');
		expect(p.summary).toMatchInlineSnapshot(
			`"10,500 beds in September 2023: above the 10,000 objective; the goal was met by the deadline."`,
		);
	});

	it('carries the note of a noted latest figure, flagged as secondary, while the summary gives the judged figure', () => {
		const p = targetProgress(target('vw-beds-goal'), datasets);
		expect(p.latestText).toMatchInlineSnapshot(`"12,800 beds in March 2025 (secondary source)"`);
		expect(p.latestNote).toBe('As reported in the news; no ICB figures were published for this month.');
		expect(p.summaryNote).toBeUndefined();
	});

	it("says when no figure was published near the deadline, pointing to the latest figure's note", () => {
		const p = targetProgress(target('records-2025'), datasets);
		expect(p.status.status).toBe('no-data');
		expect(p.summary).toMatchInlineSnapshot(
			`"The latest figure is 90% of trusts in November 2023 (with a note: see the table); no figure was published near the March 2025 deadline, so the status is not known."`,
		);
		expect(p.summaryNote).toBe(p.latestNote);
		expect(p.latestNote).toEqual(expect.any(String));
	});

	it('says what each status stands on, for the home and priority pages', () => {
		expect(targetProgress(target('vw-beds-goal'), datasets).statusAsOf).toBe('as of the figures for September 2023');
		expect(targetProgress(target('vw-rate-goal'), datasets).statusAsOf).toBe('as of the figures for December 2023');
		expect(targetProgress(target('plans-2022'), datasets).statusAsOf).toBeUndefined();
	});

	it('has no data for a target no dataset measures, and keeps its outcome', () => {
		expect(targetProgress(target('plans-2022'), datasets)).toMatchObject({
			dataset: undefined,
			status: { status: 'no-data' },
			latestText: undefined,
		});
		const later = targetProgress(target('records-2026'), datasets);
		expect(later).toMatchObject({ dataset: undefined, status: { status: 'no-data' }, statusAsOf: undefined });
		expect(later.target.outcome?.text).toContain('not judged');
	});
});

describe('charts', () => {
	it('draws one chart per target measured by a dataset and one per dataset, with unique ids', () => {
		const specs = chartSpecs(site.progress.values(), datasets.values(), undefined);
		expect(specs.map((s) => s.id)).toEqual([
			'vw-occupancy-goal',
			'vw-beds-goal',
			'vw-rate-goal',
			'records-2025',
			'record-coverage',
			'vw-beds-per-100k',
			'vw-capacity',
			'vw-occupancy',
		]);
	});

	it('summarises a broken series one series at a time, and the trade press figures after it', () => {
		expect(datasetSummary(must(datasets.get('vw-beds-per-100k'), 'rate'))).toMatchInlineSnapshot(
			`"Virtual ward beds per 100,000 population, England: Per 100,000 adults aged 16+ (until March 2024): from 21.0 in September 2023 to 22.0 in December 2023; Per 100,000 people of all ages (from April 2024): one figure, 20.0 in June 2024."`,
		);
		expect(datasetSummary(must(datasets.get('vw-capacity'), 'capacity'))).toMatchInlineSnapshot(
			`"Virtual ward capacity, England: from 10,500 beds in September 2023 to 12,000 beds in June 2024; news and trade press report 1 more figure: 12,800 beds (with a note: see the table) in March 2025."`,
		);
	});
});

describe('datasetSummary of a one-figure series and a year without its month', () => {
	const app = {
		...must(datasets.get('vw-capacity'), 'capacity'),
		id: 'app',
		title: 'App users',
		unit: 'million users',
		series: undefined,
		observations: [
			{ period: '2022-02', area: 'E92000001', value: 24, secondary: true },
			{ period: '2022-06', area: 'E92000001', value: 28, secondary: false },
			{ period: '2025', area: 'E92000001', value: 30, secondary: false },
		],
	};

	it('says "one figure" once, never "from X to X", and never calls a single earlier secondary figure the latest', () => {
		const one = { ...app, observations: app.observations.slice(0, 2) };
		const text = datasetSummary(one);
		expect(text).toBe(
			'App users, England: one figure, 28 million users in June 2022; news and trade press report 1 more figure: 24 million users in February 2022.',
		);
		expect(text).not.toContain('the latest');
	});

	it('writes a year whose month is not stated as "2025 (month not stated)"', () => {
		expect(datasetSummary(app)).toContain(
			'from 28 million users in June 2022 to 30 million users in 2025 (month not stated)',
		);
	});
});

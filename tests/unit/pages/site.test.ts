/** What pages share, derived once (src/lib/pages/site.ts), from the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/lib/pages/site.ts';
import { fixtureProject, fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('the site', () => {
	it('orders priorities as the site does, targets by priority, deadline and headline, datasets by id, the glossary by name', () => {
		expect(site.priorities.map((p) => p.id)).toEqual([
			'virtual-wards',
			'digitisation',
			'investment-plans',
			'workforce-skills',
		]);
		expect(site.targets.map((t) => t.id)).toEqual([
			'vw-occupancy-goal',
			'vw-beds-goal',
			'vw-rate-goal',
			'records-2025',
			'records-2026',
			'plans-2022',
		]);
		expect([...site.datasets.keys()]).toEqual(['record-coverage', 'vw-beds-per-100k', 'vw-capacity', 'vw-occupancy']);
		expect(site.glossary.map((g) => g.id)).toEqual(['epr', 'icb', 'virtual-ward']);
	});

	it('publishes no draft, and keeps each priority in the order of its pages', () => {
		expect([...site.guidance].map(([id, pages]) => [id, pages.map((p) => p.id)])).toEqual([
			['virtual-wards', ['overview', 'ambition']],
			['digitisation', ['records', 'maturity']],
			['investment-plans', []],
			['workforce-skills', []],
		]);
	});

	it('computes progress and a chart for every target once, systems data when the virtual ward datasets are there, and the map', () => {
		expect([...site.progress.keys()]).toEqual(site.targets.map((t) => t.id));
		expect([...site.charts.keys()]).toEqual([
			'vw-occupancy-goal',
			'vw-beds-goal',
			'vw-rate-goal',
			'records-2025',
			'record-coverage',
			'vw-beds-per-100k',
			'vw-capacity',
			'vw-occupancy',
			// An ICB's chart, one per system, after England's.
			'systems/qcc',
			'systems/qaa',
			'systems/qbb',
		]);
		expect(site.systemsData).toBeDefined();
		expect([...(site.map?.paths.keys() ?? [])]).toEqual(['E54000001', 'E54000002', 'E54000003']);
	});

	it('has no systems data without the virtual ward datasets, no map without boundaries, and no pages for a priority it is not given', () => {
		const { project } = fixtureProject();
		const input = { ...project, guidance: new Map(), boundaries: undefined };
		const without = buildSite({ ...input, datasets: project.datasets.filter((d) => d.id !== 'vw-occupancy') });
		expect(without.systemsData).toBeUndefined();
		expect(without.map).toBeUndefined();
		// Priorities come from data/priorities.json: a site without one has no pages for it (the content check reports its folder).
		expect(buildSite({ ...input, priorities: project.priorities.slice(1) }).priorities.map((p) => p.id)).not.toContain(
			'virtual-wards',
		);
	});
});

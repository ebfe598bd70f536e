/** Every address of the site in one module (src/lib/routes.ts): the builders, and the list of what a build writes. */
import { describe, expect, it } from 'vitest';
import { chartHref, datasetHref, guidanceHref, priorityHref, targetHref } from '../../src/lib/routes.ts';
import { siteAddresses } from '../../src/lib/routes/data.ts';
import * as datasets from '../../src/lib/model/datasets.ts';
import * as guidance from '../../src/lib/model/guidance.ts';
import { fixtureProject } from '../helpers/fixture-site.ts';

describe('routes', () => {
	it('builds each address, and the older modules hand out the same functions', () => {
		expect(guidanceHref('virtual-wards', 'funding')).toBe('/virtual-wards/funding/');
		expect(chartHref('vw-capacity')).toBe('/charts/vw-capacity.svg');
		expect(guidance.priorityHref).toBe(priorityHref);
		expect(datasets.datasetHref).toBe(datasetHref);
		expect(datasets.targetHref).toBe(targetHref);
	});

	it('lists what a build writes: published pages only, charts for measured targets and every dataset', () => {
		const addresses = siteAddresses({
			priorities: [
				{ id: 'virtual-wards', title: 'Virtual wards' },
				{ id: 'workforce-skills', title: 'Workforce skills' },
			],
			pages: [
				{ priority: 'virtual-wards', slug: 'funding', title: 'Funding', draft: false },
				{ priority: 'virtual-wards', slug: 'next-steps', title: 'Next steps', draft: true },
			],
			targets: [
				{ id: 'vw-40-50-per-100k', headline: '40 to 50', dataset: 'vw-beds-per-100k' },
				{ id: 'digital-investment-plans', headline: 'Plans' },
			],
			datasets: [{ id: 'vw-beds-per-100k', title: 'Beds per 100,000' }],
		});
		expect(addresses).toContain('/virtual-wards/funding/');
		expect(addresses).not.toContain('/virtual-wards/next-steps/');
		expect(addresses).toContain('/charts/vw-40-50-per-100k.svg');
		expect(addresses).not.toContain('/charts/digital-investment-plans.svg');
		expect(addresses).toContain('/targets/digital-investment-plans/');
		for (const a of [
			'/',
			'/workforce-skills/',
			'/data/vw-beds-per-100k.csv',
			'/data/vw-beds-per-100k.json',
			'/sources/',
			'/glossary/',
			'/search/',
			'/about/',
		])
			expect(addresses).toContain(a);
	});

	it('gives the fixture site one address per page or file the routes build, counted from its entries', () => {
		const { project } = fixtureProject();
		const addresses = siteAddresses({
			priorities: project.priorities,
			pages: project.pages.map((p) => ({
				priority: p.priority,
				slug: p.slug,
				title: p.data.title,
				draft: p.data.draft,
			})),
			targets: project.targets,
			datasets: project.datasets,
			systems: project.systems,
		});
		const regions = new Set(project.systems.map((s) => s.regionCode)).size;
		const charted = project.targets.filter((t) => t.dataset !== undefined).length;
		const published = project.pages.filter((p) => !p.data.draft).length;
		// home, the priorities, guidance, targets (and their charts), data (and each dataset's page, CSV, JSON and chart),
		// sources, glossary, search and about, and the timeline, its calendar, the updates and their feed;
		// the list of systems in 4 orders, each system's page, CSV, JSON and chart, the regions compared and each region's page;
		// the editions' list and each edition's page (the fixture has none).
		expect(addresses.size).toBe(
			1 +
				1 +
				project.editions.length +
				4 +
				published +
				1 +
				project.targets.length +
				charted +
				1 +
				4 * project.datasets.length +
				4 +
				4 +
				4 +
				4 * project.systems.length +
				1 +
				regions,
		);
	});
});

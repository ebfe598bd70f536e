/**
 * What is derived from the list of routes (src/lib/routes/data.ts): every
 * address links may point to, the A to Z, and breadcrumbs, on a small
 * project written here (no live content).
 */
import { describe, expect, it } from 'vitest';
import { crumbsOf, ROUTE_LIST, searchablePages, siteAddresses } from '../../../src/lib/routes/data.ts';
import { ROUTES, type GuidanceKey } from '../../../src/lib/routes/list.ts';
import type { Route, RoutedProject } from '../../../src/lib/routes/types.ts';

const project: RoutedProject = {
	priorities: [
		{ id: 'virtual-wards', title: 'Virtual wards' },
		{ id: 'digitisation', title: 'A core level of digitisation' },
	],
	pages: [
		{ priority: 'virtual-wards', slug: 'funding', title: 'Funding', draft: false },
		{ priority: 'virtual-wards', slug: 'next-steps', title: 'Next steps', draft: true },
		{ priority: 'digitisation', slug: 'epr', title: 'Electronic patient records', draft: false },
	],
	targets: [
		{ id: 'vw-beds', headline: '40-50 beds per 100,000', dataset: 'vw-rate' },
		{ id: 'epr-plans', headline: 'EPR plans by March 2025' },
		{ id: 'lost', headline: 'Measured by a dataset that is not there', dataset: 'gone' },
	],
	datasets: [{ id: 'vw-rate', title: 'Virtual ward beds per 100,000' }],
	systems: [
		{ id: 'QUA', name: 'NHS Black Country ICB', region: 'Midlands', regionCode: 'Y60' },
		{ id: 'QE1', name: 'NHS Lancashire and South Cumbria ICB', region: 'North West', regionCode: 'Y62' },
		{ id: 'QHL', name: 'NHS Birmingham and Solihull ICB', region: 'Midlands', regionCode: 'Y60' },
	],
	editions: [{ id: '2025-26', title: '2025/26 priorities and operational planning guidance' }],
};

describe('siteAddresses', () => {
	it('lists every page and file of every linkable route, without drafts, 404 or robots.txt', () => {
		expect([...siteAddresses(project)].sort()).toMatchInlineSnapshot(`
			[
			  "/",
			  "/about/",
			  "/charts/systems/qe1.svg",
			  "/charts/systems/qhl.svg",
			  "/charts/systems/qua.svg",
			  "/charts/vw-beds.svg",
			  "/charts/vw-rate.svg",
			  "/data/",
			  "/data/vw-rate.csv",
			  "/data/vw-rate.json",
			  "/data/vw-rate/",
			  "/deadlines.ics",
			  "/digitisation/",
			  "/digitisation/epr/",
			  "/editions/",
			  "/editions/2025-26/",
			  "/feed.xml",
			  "/glossary/",
			  "/regions/",
			  "/regions/y60/",
			  "/regions/y62/",
			  "/search/",
			  "/sources/",
			  "/systems/",
			  "/systems/by-name/",
			  "/systems/by-occupancy/",
			  "/systems/by-rate/",
			  "/systems/qe1.csv",
			  "/systems/qe1.json",
			  "/systems/qe1/",
			  "/systems/qhl.csv",
			  "/systems/qhl.json",
			  "/systems/qhl/",
			  "/systems/qua.csv",
			  "/systems/qua.json",
			  "/systems/qua/",
			  "/targets/",
			  "/targets/epr-plans/",
			  "/targets/lost/",
			  "/targets/vw-beds/",
			  "/timeline/",
			  "/updates/",
			  "/virtual-wards/",
			  "/virtual-wards/funding/",
			]
		`);
	});

	it('lists no system, region or list of systems for a project without ICBs', () => {
		const addresses = [...siteAddresses({ ...project, systems: undefined })];
		expect(addresses.length).toBeGreaterThan(10);
		expect(addresses.filter((a) => /systems|regions/.test(a))).toEqual([]);
	});
});

describe('a withdrawn guidance page', () => {
	const withdrawn: RoutedProject = {
		...project,
		pages: [...project.pages, { priority: 'virtual-wards', slug: 'old', title: 'Old', draft: false, withdrawn: true }],
	};
	it('is built at its address (links to it are not dead) but left out of the A to Z', () => {
		expect(siteAddresses(withdrawn).has('/virtual-wards/old/')).toBe(true);
		expect(searchablePages(withdrawn).map((p) => p.href)).not.toContain('/virtual-wards/old/');
		expect(searchablePages(withdrawn)).toEqual(searchablePages(project));
	});
});

describe('searchablePages', () => {
	it('gives each page of each indexed route its title and type', () => {
		expect(searchablePages(project)).toMatchInlineSnapshot(`
			[
			  {
			    "href": "/virtual-wards/",
			    "title": "Virtual wards",
			    "type": "Priority overview",
			  },
			  {
			    "href": "/digitisation/",
			    "title": "A core level of digitisation",
			    "type": "Priority overview",
			  },
			  {
			    "href": "/virtual-wards/funding/",
			    "title": "Funding",
			    "type": "Guidance",
			  },
			  {
			    "href": "/digitisation/epr/",
			    "title": "Electronic patient records",
			    "type": "Guidance",
			  },
			  {
			    "href": "/targets/vw-beds/",
			    "title": "40-50 beds per 100,000",
			    "type": "Target",
			  },
			  {
			    "href": "/targets/epr-plans/",
			    "title": "EPR plans by March 2025",
			    "type": "Target",
			  },
			  {
			    "href": "/targets/lost/",
			    "title": "Measured by a dataset that is not there",
			    "type": "Target",
			  },
			  {
			    "href": "/editions/",
			    "title": "What later guidance did with each 2022/23 commitment",
			    "type": "Guidance edition",
			  },
			  {
			    "href": "/editions/2025-26/",
			    "title": "2025/26 priorities and operational planning guidance",
			    "type": "Guidance edition",
			  },
			  {
			    "href": "/data/vw-rate/",
			    "title": "Virtual ward beds per 100,000",
			    "type": "Dataset",
			  },
			  {
			    "href": "/systems/qua/",
			    "title": "NHS Black Country ICB",
			    "type": "Integrated care board",
			  },
			  {
			    "href": "/systems/qe1/",
			    "title": "NHS Lancashire and South Cumbria ICB",
			    "type": "Integrated care board",
			  },
			  {
			    "href": "/systems/qhl/",
			    "title": "NHS Birmingham and Solihull ICB",
			    "type": "Integrated care board",
			  },
			  {
			    "href": "/regions/",
			    "title": "NHS regions compared",
			    "type": "NHS region",
			  },
			  {
			    "href": "/regions/y60/",
			    "title": "Midlands NHS region",
			    "type": "NHS region",
			  },
			  {
			    "href": "/regions/y62/",
			    "title": "North West NHS region",
			    "type": "NHS region",
			  },
			  {
			    "href": "/glossary/",
			    "title": "Glossary",
			    "type": "Glossary",
			  },
			]
		`);
	});
});

describe('a new route', () => {
	// A page type that compares a guidance page's editions: one entry, indexed, under its guidance page.
	const editions: Route<GuidanceKey> = {
		file: '[priority]/[slug]/editions.astro',
		keys: (p) => p.pages.filter((page) => !page.draft),
		href: (k) => `/${k.priority}/${k.slug}/editions/`,
		params: (k) => ({ priority: k.priority, slug: k.slug }),
		linkable: true,
		parent: (k) => ({ route: ROUTES.guidance as Route<unknown>, key: k }),
		search: { type: 'guidance', filters: ['priority'], title: (k) => `${k.title}: editions` },
	};
	const withEditions = [...ROUTE_LIST, editions as Route<unknown>];

	it('adds its addresses to the list links are checked against', () => {
		const before = siteAddresses(project);
		const after = siteAddresses(project, withEditions);
		expect([...after].filter((a) => !before.has(a))).toEqual([
			'/virtual-wards/funding/editions/',
			'/digitisation/epr/editions/',
		]);
	});

	it('adds its pages to the A to Z', () => {
		const added = searchablePages(project, withEditions).slice(searchablePages(project).length);
		expect(added).toEqual([
			{ title: 'Funding: editions', href: '/virtual-wards/funding/editions/', type: 'Guidance' },
			{ title: 'Electronic patient records: editions', href: '/digitisation/epr/editions/', type: 'Guidance' },
		]);
	});

	it('cannot be a parent without the text of its crumb', () => {
		const child: Route<GuidanceKey> = { ...editions, parent: (k) => ({ route: editions as Route<unknown>, key: k }) };
		expect(() => crumbsOf(child, project.pages[0] as GuidanceKey, project)).toThrow('has no crumb text');
	});
});

describe('crumbsOf', () => {
	const [funding] = project.pages;
	const [qua] = project.systems ?? [];
	if (!funding || !qua) throw new Error('the fixture lost its entries');

	it('gives no crumbs on the home page and Home above a page of the site', () => {
		expect(crumbsOf(ROUTES.home, {}, project)).toEqual([]);
		expect(crumbsOf(ROUTES.glossary, {}, project)).toEqual([{ text: 'Home', href: '/' }]);
	});

	it('puts a guidance page under its priority, a target under Targets and a dataset under Data', () => {
		expect(crumbsOf(ROUTES.guidance, funding, project)).toMatchInlineSnapshot(`
			[
			  {
			    "href": "/",
			    "text": "Home",
			  },
			  {
			    "href": "/virtual-wards/",
			    "text": "Virtual wards",
			  },
			]
		`);
		expect(crumbsOf(ROUTES.target, { id: 'vw-beds', headline: 'x' }, project).at(-1)).toEqual({
			text: 'Targets',
			href: '/targets/',
		});
		expect(crumbsOf(ROUTES.dataset, { id: 'vw-rate', title: 'x' }, project).at(-1)).toEqual({
			text: 'Data',
			href: '/data/',
		});
	});

	it('puts a system under its region, and a region and an order of the list under the list of systems', () => {
		expect(crumbsOf(ROUTES.system, qua, project)).toMatchInlineSnapshot(`
			[
			  {
			    "href": "/",
			    "text": "Home",
			  },
			  {
			    "href": "/systems/",
			    "text": "Integrated care boards",
			  },
			  {
			    "href": "/regions/y60/",
			    "text": "Midlands",
			  },
			]
		`);
		expect(crumbsOf(ROUTES.region, { code: 'Y60', name: 'Midlands' }, project)).toEqual(
			crumbsOf(ROUTES.systemsOrder, { order: 'rate' }, project),
		);
	});

	it('throws for a guidance page of a priority the project does not have', () => {
		expect(() => crumbsOf(ROUTES.guidance, { ...funding, priority: 'workforce-skills' }, project)).toThrow(
			'no priority "workforce-skills"',
		);
	});
});

/**
 * The list of systems (src/lib/pages/systems.ts): /systems/ by region and its
 * other orders, what it prints from the real data, its goals, deadline and
 * number of ICBs derived from the targets and systems, and the addresses and
 * navigation of the system pages.
 */
import { describe, expect, it } from 'vitest';
import { buildSystemsData } from '../../../src/lib/model/systems.ts';
import { headerNavigation } from '../../../src/lib/pages/navigation.ts';
import { systemsPage } from '../../../src/lib/pages/systems.ts';
import { systemHref } from '../../../src/lib/routes.ts';
import { siteAddresses } from '../../../src/lib/routes/data.ts';
import { must } from '../../helpers/data.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();

describe('/systems/', () => {
	const page = systemsPage(site, 'region');

	it('lists the 42 ICBs in their 7 regions, as of the latest month', () => {
		expect(page.groups).toHaveLength(7);
		expect(page.groups.flatMap((g) => g.rows)).toHaveLength(42);
		expect(page.asOf).toMatch(/^Figures for July 2024, from NHS England's monthly virtual ward statistics/);
		expect(page.columns.rate).toBe('Beds per 100,000 people of all ages registered with a GP');
		expect(page.columns.rateStanding).toBe('Against 40-50 per 100,000');
		expect(page.columns.occupancyStanding).toBe('Against 80% occupancy');
		expect(page.orders.map((o) => o.href)).toEqual([
			'/systems/',
			'/systems/by-name/',
			'/systems/by-rate/',
			'/systems/by-occupancy/',
		]);
		expect(page.orders.filter((o) => o.current).map((o) => o.href)).toEqual(['/systems/']);
		expect(page.map?.areas).toHaveLength(42);
	});

	it('says the goals, the deadline and the number of ICBs, as the targets and the systems list give them', () => {
		expect(page.lede).toBe(
			"England's national ambition was 40 to 50 virtual ward beds per 100,000 population by December 2023, and its national objective 80% occupancy by September 2023. These are the latest figures of England's 42 integrated care boards (ICBs), July 2024, against them.",
		);
		expect(page.description).toBe(
			"Virtual ward capacity, beds per 100,000 and occupancy of each of England's 42 integrated care boards in July 2024, against the national ambition of 40 to 50 per 100,000 and the national 80% occupancy objective.",
		);
		expect(page.ambition).toMatch(/^In December 2023, the ambition's deadline, \d+ of the 42 integrated care boards/);
		expect(page.lede).not.toMatch(/was asked to reach/);
	});

	it('changes those words when the targets or the systems list change', () => {
		const targets = site.targets.map((t) =>
			t.id === 'vw-40-50-per-100k'
				? { ...t, goal: { min: 30, max: 60 }, deadline: '2024-03', term: 'target' as const }
				: t.id === 'vw-occupancy-80'
					? { ...t, goal: { min: 90, max: undefined } }
					: t,
		);
		const fewer = [...site.systems.values()].slice(0, 40);
		const changed = systemsPage({ ...site, systemsData: buildSystemsData(fewer, site.datasets, targets) }, 'region');
		expect(changed.lede).toBe(
			"England's national target was 30 to 60 virtual ward beds per 100,000 population by March 2024, and its national objective 90% occupancy by September 2023. These are the latest figures of England's 40 integrated care boards (ICBs), July 2024, against them.",
		);
		expect(changed.description).toMatch(
			/against the national target of 30 to 60 per 100,000 and the national 90% occupancy objective\.$/,
		);
		expect(changed.map?.title).toMatch(/^Map of England's 40 integrated care boards/);
		expect(changed.ambition).toMatch(/^In March 2024, the target's deadline, \d+ of the 40 integrated care boards/);
		expect(changed.columns.rateStanding).toBe('Against 30-60 per 100,000');
	});

	it('prints an occupancy suppressed as over 100% as "reported over 100%" with its note, at or above 80%', () => {
		const hiow = must(
			page.groups.flatMap((g) => g.rows).find((r) => r.code === 'QRL'),
			'QRL',
		);
		expect(hiow.occupancy.text).toBe('reported over 100% (NHS England suppresses the figure)');
		expect(page.notes.find((n) => n.n === hiow.occupancy.note)?.text).toMatch(/suppressed/);
		expect(hiow.occupancyStanding.text).toBe('at or above the 80% objective');
		expect(page.convention).toMatch(/^Where NHS England printed "100%\*"/);
	});

	it('prints a missing occupancy (no submission) as "no published figure", its standing not known', () => {
		const northants = must(
			page.groups.flatMap((g) => g.rows).find((r) => r.code === 'QPM'),
			'QPM',
		);
		expect(northants.occupancy.text).toBe('no published figure');
		expect(northants.occupancyStanding.text).toBe('not known: no published figure');
	});

	it('counts the ICBs at or above 80% occupancy in July 2024, the five reported over 100% among them', () => {
		expect(page.occupancyCount).toBe(
			'In July 2024, 18 of the 42 integrated care boards had occupancy at or above the 80% objective, including 5 reported over 100% (NHS England suppresses the figure): Birmingham and Solihull; Frimley; Hampshire and Isle of Wight; Mid and South Essex; and Suffolk and North East Essex. 1 had no published figure.',
		);
	});

	it('offers the list by rate, highest first, with ranks that say ties', () => {
		const byRate = systemsPage(site, 'rate');
		const rows = must(byRate.groups[0], 'group').rows;
		expect(rows).toHaveLength(42);
		expect(rows[0]?.rank).toBe('1st of 42');
		const values = rows.map((r) => Number(r.rate.text));
		expect(values).toEqual([...values].sort((a, b) => b - a));
		expect(rows.some((r) => r.rank?.startsWith('joint '))).toBe(true);
		expect(byRate.map).toBeUndefined();
		expect(byRate.ranked).toBe(true);
		expect(byRate.layout.crumbs.map((c) => c.text)).toEqual(['Home', 'Integrated care boards']);
		expect(byRate.title).toBe('Integrated care boards by beds per 100,000 (highest first)');
	});

	it('offers the list by name without ranks, and by occupancy', () => {
		const byName = systemsPage(site, 'name');
		const names = must(byName.groups[0], 'group').rows.map((r) => r.name);
		expect(names).toHaveLength(42);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
		expect(byName.ranked).toBe(false);
		expect(must(byName.groups[0], 'group').rows.every((r) => r.rank === undefined)).toBe(true);
		const byOccupancy = must(systemsPage(site, 'occupancy').groups[0], 'group').rows;
		expect(byOccupancy).toHaveLength(42);
		expect(byOccupancy.slice(0, 5).map((r) => [r.code, r.rank])).toEqual(
			['QHL', 'QNQ', 'QRL', 'QH8', 'QJG'].map((c) => [c, 'joint 1st of 41 (tied with 4 other ICBs)']),
		);
		const lincolnshire = must(
			byOccupancy.find((r) => r.code === 'QJM'),
			'QJM',
		);
		expect(lincolnshire.occupancy.text).toBe('94.2%');
		expect(lincolnshire.rank).toBe('6th of 41');
		expect(byOccupancy.at(-1)?.rank).toBe('not ranked: no figure');
	});

	it('throws when the virtual ward datasets are missing', () => {
		expect(() => systemsPage({ ...site, systemsData: undefined })).toThrow('the virtual ward datasets are missing');
	});
});

describe('/systems/ links to the regions compared', () => {
	it('offers /regions/ on every order of the list', () => {
		for (const order of ['region', 'name', 'rate', 'occupancy'] as const)
			expect(systemsPage(site, order).regions).toEqual({
				text: 'The NHS regions compared, each summed from its ICBs',
				href: '/regions/',
			});
	});
});

describe('addresses and navigation', () => {
	it('lists every system, region, order, download and chart among the addresses links may point to', () => {
		const addresses = siteAddresses({
			priorities: [],
			pages: [],
			targets: [],
			datasets: [],
			systems: [...site.systems.values()],
		});
		for (const a of [
			'/systems/',
			'/systems/by-name/',
			'/systems/by-rate/',
			'/systems/by-occupancy/',
			'/systems/qua/',
			'/systems/qua.csv',
			'/systems/qua.json',
			'/charts/systems/qua.svg',
			'/regions/y60/',
		]) {
			expect(addresses).toContain(a);
		}
		expect(systemHref('QUA')).toBe('/systems/qua/');
	});

	it('has Systems in the header, current on system pages, and Regions beside it, current on region pages', () => {
		const nav = (path: string, text: string) =>
			headerNavigation(site.priorities, path).find((i) => i.text === text)?.current;
		expect(nav('/systems/', 'Systems')).toBe('page');
		expect(nav('/systems/qua/', 'Systems')).toBe('true');
		expect(nav('/regions/y60/', 'Systems')).toBeUndefined();
		expect(nav('/regions/y60/', 'Regions')).toBe('true');
		expect(nav('/regions/', 'Regions')).toBe('page');
		expect(nav('/targets/', 'Systems')).toBeUndefined();
	});
});

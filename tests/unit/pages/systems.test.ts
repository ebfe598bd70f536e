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
			"Each of England's 42 integrated care boards (ICBs) was asked to reach 40 to 50 virtual ward beds per 100,000 population by December 2023, and 80% occupancy. These are their latest figures, July 2024.",
		);
		expect(page.description).toBe(
			"Virtual ward capacity, beds per 100,000 and occupancy of each of England's 42 integrated care boards in July 2024, against the ambition of 40 to 50 per 100,000 and 80% occupancy.",
		);
		expect(page.ambition).toMatch(/^In December 2023, the ambition's deadline, \d+ of the 42 integrated care boards/);
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
			"Each of England's 40 integrated care boards (ICBs) was asked to reach 30 to 60 virtual ward beds per 100,000 population by March 2024, and 90% occupancy. These are their latest figures, July 2024.",
		);
		expect(changed.description).toMatch(/against the target of 30 to 60 per 100,000 and 90% occupancy\.$/);
		expect(changed.map?.title).toMatch(/^Map of England's 40 integrated care boards/);
		expect(changed.ambition).toMatch(/^In March 2024, the target's deadline, \d+ of the 40 integrated care boards/);
		expect(changed.columns.rateStanding).toBe('Against 30-60 per 100,000');
	});

	it('prints a suppressed occupancy as "no published figure" with its note, never a number', () => {
		const hiow = must(
			page.groups.flatMap((g) => g.rows).find((r) => r.code === 'QRL'),
			'QRL',
		);
		expect(hiow.occupancy.text).toBe('no published figure');
		expect(page.notes.find((n) => n.n === hiow.occupancy.note)?.text).toMatch(/suppressed/);
		expect(hiow.occupancyStanding.text).toBe('not known: no published figure');
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
		expect(byRate.layout.crumbs.map((c) => c.text)).toEqual(['Home', 'Integrated care systems']);
	});

	it('offers the list by name without ranks, and by occupancy', () => {
		const byName = systemsPage(site, 'name');
		const names = must(byName.groups[0], 'group').rows.map((r) => r.name);
		expect(names).toHaveLength(42);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
		expect(byName.ranked).toBe(false);
		expect(must(byName.groups[0], 'group').rows.every((r) => r.rank === undefined)).toBe(true);
		const byOccupancy = must(systemsPage(site, 'occupancy').groups[0], 'group').rows;
		expect(byOccupancy[0]?.rank).toBe('1st of 36');
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

	it('has Systems in the header, current on system and region pages', () => {
		const nav = (path: string) => headerNavigation(site.priorities, path).find((i) => i.text === 'Systems');
		expect(nav('/systems/')?.current).toBe('page');
		expect(nav('/systems/qua/')?.current).toBe('true');
		expect(nav('/regions/y60/')?.current).toBe('true');
		expect(nav('/targets/')?.current).toBeUndefined();
	});
});

/**
 * The page models of /systems/ (and its orders), /systems/<code>/ and
 * /regions/<code>/: what each prints, from the real data.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/format/csv.ts';
import { regionCodes, regionPage, DERIVED_LABEL } from '../../src/lib/pages/region.ts';
import { systemChartConfig, systemCodes, systemCsv, systemJson, systemPage } from '../../src/lib/pages/system.ts';
import { systemsMap, systemsPage } from '../../src/lib/pages/systems.ts';
import { headerNavigation } from '../../src/lib/pages/navigation.ts';
import { systemHref } from '../../src/lib/routes.ts';
import { siteAddresses } from '../../src/lib/routes/data.ts';
import { loadDatasets, must } from '../helpers/data.ts';
import { realSite } from '../helpers/real-site.ts';

const site = realSite();
const rates = must(loadDatasets().get('vw-beds-per-100k'), 'rates');

describe('/systems/', () => {
	const page = systemsPage(site, 'region');

	it('lists the 42 ICBs in their 7 regions, as of the latest month', () => {
		expect(page.groups).toHaveLength(7);
		expect(page.groups.flatMap((g) => g.rows)).toHaveLength(42);
		expect(page.asOf).toMatch(/^Figures for July 2024, from NHS England's monthly virtual ward statistics/);
		expect(page.columns.rate).toBe('Beds per 100,000 people of all ages registered with a GP');
		expect(page.orders.map((o) => o.href)).toEqual([
			'/systems/',
			'/systems/by-name/',
			'/systems/by-rate/',
			'/systems/by-occupancy/',
		]);
		expect(page.orders.filter((o) => o.current).map((o) => o.href)).toEqual(['/systems/']);
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
	});

	it('draws a map of 42 linked areas, each named with its figure, and a legend of five classes', () => {
		const map = must(systemsMap(site), 'map');
		expect(map.areas).toHaveLength(42);
		const bc = must(
			map.areas.find((a) => a.code === 'QUA'),
			'QUA',
		);
		expect(bc.href).toBe('/systems/qua/');
		expect(bc.label).toBe('Black Country: 24.7 beds per 100,000 people of all ages registered with a GP, July 2024');
		expect(map.legend.map((l) => l.text)).toEqual([
			'Fewer than 15 beds per 100,000',
			'15 to under 20 beds per 100,000',
			'20 to under 30 beds per 100,000',
			'30 to under 40 beds per 100,000',
			'40 or more beds per 100,000',
		]);
		expect(map.legend.reduce((n, l) => n + l.count, 0)).toBe(42);
		expect(map.attribution).toMatch(/Contains OS data © Crown copyright and database right 2023/);
	});
});

describe('/systems/<code>/', () => {
	const page = systemPage(site, 'qua');

	it('shows NHS Black Country at 51.1 beds per 100,000 adults in December 2023, as the dataset has it', () => {
		const published = must(
			rates.observations.find((o) => o.area === 'QUA' && o.period === '2023-12'),
			'published',
		);
		const december = must(
			page.table.rows.find((r) => r.period === '2023-12'),
			'December',
		);
		expect(december.rate.text).toBe(String(published.value));
		expect(december.rate.text).toBe('51.1');
		const group = page.table.rows.slice(0, 6).find((r) => r.group)?.group;
		expect(group).toMatch(/^Beds per 100,000 adults aged 16 and over registered with a GP/);
	});

	it('marks the change of definition in April 2024', () => {
		const april = must(
			page.table.rows.find((r) => r.period === '2024-04'),
			'April',
		);
		expect(april.definitionChanged).toBe(true);
		expect(april.group).toMatch(/^Definition changed in April 2024: from here, beds per 100,000 people of all ages/);
		expect(page.table.rows).toHaveLength(13);
	});

	it('gives its rank, region, population and denominator, and the sentence', () => {
		const keys = page.keyFigures.map((f) => f.key);
		expect(keys).toContain('NHS region');
		expect(page.keyFigures.find((f) => f.key === 'NHS region')).toMatchObject({
			value: 'Midlands',
			href: '/regions/y60/',
		});
		expect(page.keyFigures.find((f) => f.key.startsWith('Population'))?.value).toMatch(
			/adults aged 16 and over registered with a GP \(April 2023\); .* people of all ages registered with a GP \(April 2024\)/,
		);
		expect(page.keyFigures.find((f) => f.key.startsWith('Rank by beds'))?.value).toMatch(
			/^(joint )?\d+(st|nd|rd|th) of 42/,
		);
		expect(page.sentence).toMatch(
			/^In July 2024, NHS Black Country Integrated Care Board had \d+ virtual ward beds, 24\.7 per 100,000 people of all ages registered with a GP, below the 40-50 ambition; occupancy was 57\.1%\.$/,
		);
		expect(page.rateCheck).toMatch(/agree with every rate NHS England published/);
	});

	it('links the targets and guidance that apply to systems, and its downloads', () => {
		expect(page.targets.map((t) => t.href)).toEqual(['/targets/vw-40-50-per-100k/', '/targets/vw-occupancy-80/']);
		expect(page.guidance.length).toBeGreaterThan(0);
		expect(page.downloads.map((d) => d.href)).toEqual(['/systems/qua.csv', '/systems/qua.json']);
		expect(page.search).toMatchObject({ type: 'system', filters: { region: ['Midlands'] } });
	});

	it('says the other names of an ICB from the glossary', () => {
		expect(systemPage(site, 'QOX').otherNames).toBe('Also known as BSW.');
		expect(page.otherNames).toBeUndefined();
	});

	it('shows a non-submission as such: Northamptonshire, January 2024', () => {
		const northants = systemPage(site, 'qpm');
		const january = must(
			northants.table.rows.find((r) => r.period === '2024-01'),
			'January',
		);
		expect(january.occupancy.text).toBe('no published figure');
		expect(northants.notes.find((n) => n.n === january.occupancy.note)?.text).toMatch(
			/did not complete a successful submission/,
		);
		expect(january.capacity.note).toBeDefined();
	});

	it('downloads every month as CSV and JSON, with notes', () => {
		const rows = parseCsv(systemCsv(site, 'qpm'));
		expect(rows[0]).toEqual([
			'period',
			'icb_code',
			'icb_name',
			'region',
			'capacity_beds',
			'beds_per_100k',
			'beds_per_100k_published',
			'per',
			'population',
			'occupancy_percent',
			'note',
			'source',
		]);
		expect(rows).toHaveLength(14);
		const january = must(
			rows.find((r) => r[0] === '2024-01'),
			'January',
		);
		expect(january[9]).toBe('');
		expect(january[10]).toMatch(/did not complete a successful submission/);
		const json = JSON.parse(systemJson(site, 'qua')) as {
			months: { period: string; bedsPer100k: { value: number } }[];
			licence: string;
		};
		expect(json.months.find((m) => m.period === '2023-12')?.bedsPer100k.value).toBe(51.1);
		expect(json.licence).toBe('Open Government Licence v3.0');
	});

	it('builds a page for each of the 42 ICBs', () => {
		expect(systemCodes(site)).toHaveLength(42);
		for (const code of systemCodes(site)) expect(systemPage(site, code).table.rows).toHaveLength(13);
	});
});

describe('the chart of a system', () => {
	it('draws the ICB and England, each series apart, the 40-50 band and the definition change', async () => {
		const { config, title } = systemChartConfig(site, 'qua');
		expect(config.data.datasets.map((d) => d.label)).toEqual([
			'Black Country: Per 100,000 adults aged 16+ (July 2023 to March 2024)',
			'Black Country: Per 100,000 people of all ages (from April 2024)',
			'England: Per 100,000 adults aged 16+ (July 2023 to March 2024)',
			'England: Per 100,000 people of all ages (from April 2024)',
		]);
		expect(config.data.labels).toHaveLength(13);
		expect(config.data.datasets[0]?.data[5]).toBe(51.1);
		expect(config.options.plugins.portal.goal).toMatchObject({ min: 40, max: 50 });
		expect(config.options.plugins.portal.breaks).toEqual([{ index: 9, label: 'Definition changed' }]);
		expect(title).toMatch(/Black Country/);
		await expect(JSON.stringify(config, null, '\t')).toMatchFileSnapshot('charts/snapshots/system-qua.config.json');
	});
});

describe('/regions/<code>/', () => {
	it('labels every figure as derived from ICB figures and lists the ICBs', () => {
		expect(regionCodes(site)).toHaveLength(7);
		const midlands = regionPage(site, 'y60');
		expect(midlands.derivedLabel).toContain(DERIVED_LABEL);
		expect(DERIVED_LABEL).toBe('derived from ICB figures: NHS England publishes no regional figure');
		expect(midlands.months.caption).toContain(DERIVED_LABEL);
		expect(midlands.systems.rows).toHaveLength(11);
		expect(midlands.search).toMatchObject({ type: 'region', filters: { region: ['Midlands'] } });
		expect(midlands.keyFigures.filter((f) => f.key.includes('(derived)')).length).toBeGreaterThanOrEqual(3);
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

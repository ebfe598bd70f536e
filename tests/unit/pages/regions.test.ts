/** The NHS regions compared (src/lib/pages/regions.ts): what /regions/ prints, on the fixture site. */
import { describe, expect, it } from 'vitest';
import { DERIVED_LABEL } from '../../../src/lib/pages/region.ts';
import { rankText } from '../../../src/lib/model/systems-ranking.ts';
import { regionsByRate, regionsPage } from '../../../src/lib/pages/regions.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';
import { must } from '../../helpers/data.ts';

const site = fixtureSite();
const data = must(site.systemsData, 'systems data');
const page = regionsPage(site);

describe('/regions/', () => {
	it('has a row per region, highest beds per 100,000 first, each linking to its page', () => {
		expect(page.rows).toHaveLength(data.regions.length);
		expect(page.rows).toHaveLength(2);
		const rates = page.rows.map((r) => Number(r.rate.text));
		expect(rates.every((x) => Number.isFinite(x))).toBe(true);
		expect([...rates].sort((a, b) => b - a)).toEqual(rates);
		// The fixture's two regions have the same rate: a tie, said as such, then by name.
		expect(page.rows.map((r) => r.rank)).toEqual([
			'joint 1st of 2 (tied with 1 other region)',
			'joint 1st of 2 (tied with 1 other region)',
		]);
		expect(page.rows.map((r) => r.name)).toEqual(['London', 'North East and Yorkshire']);
		expect(page.rows.map((r) => r.href)).toEqual(page.rows.map((r) => `/regions/${r.code.toLowerCase()}/`));
	});

	it("sums each region's capacity and population from its ICBs' figures in the latest month", () => {
		const period = must(data.latestPeriod, 'latest period');
		for (const row of page.rows) {
			const region = must(
				data.regions.find((r) => r.code === row.code),
				row.code,
			);
			const months = region.systems.map((s) =>
				must(
					s.months.find((m) => m.period === period),
					s.shortName,
				),
			);
			const beds = months.reduce((sum, m) => sum + (m.capacity.value ?? Number.NaN), 0);
			const people = months.reduce((sum, m) => sum + (m.rate?.population ?? Number.NaN), 0);
			expect(row.capacity.text).toBe(beds.toLocaleString('en-GB'));
			expect(row.population).toMatch(new RegExp(`^${people.toLocaleString('en-GB')} `));
			expect(Number(row.rate.text)).toBeCloseTo((beds / people) * 100_000, 1);
			expect(row.boards).toBe(region.systems.length);
		}
	});

	it('says every figure is derived from ICB figures, and that occupancy is not derived', () => {
		expect(page.derivedLabel).toContain(DERIVED_LABEL);
		expect(page.caption).toContain(DERIVED_LABEL);
		expect(page.lede).toContain(DERIVED_LABEL);
		expect(page.rows[0]?.occupancy.text).toBe('not derived');
		expect(page.notes.map((n) => n.text)).toContain(
			'Not derived: occupancy is published for ICBs only, and some ICB figures are suppressed.',
		);
		expect(page.columns.rate).toMatch(/^Beds per 100,000 \S.* \(derived\)$/);
		expect(page.columns.standing).toBe('Against 40-50 per 100,000');
	});

	it('sits under the list of systems and is indexed as a region page', () => {
		expect(page.crumbs).toEqual([
			{ text: 'Home', href: '/' },
			{ text: 'Integrated care boards', href: '/systems/' },
		]);
		expect(page.search).toMatchObject({ type: 'region', filters: { region: ['London', 'North East and Yorkshire'] } });
		expect(page.links).toEqual([{ text: 'Every integrated care board, by region', href: '/systems/' }]);
	});

	it('ranks regions without a figure last, and says ties among regions', () => {
		expect(regionsByRate(data)).toHaveLength(2);
		const regions = { one: 'region', many: 'regions' };
		expect(rankText({ position: 3, tied: 2, of: 7 }, regions)).toBe('joint 3rd of 7 (tied with 1 other region)');
		expect(rankText({ position: 3, tied: 3, of: 7 }, regions)).toBe('joint 3rd of 7 (tied with 2 other regions)');
		expect(rankText(undefined, regions)).toBe('not ranked: no figure');
	});
});

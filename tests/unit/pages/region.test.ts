/** An NHS region's page (src/lib/pages/region.ts): what /regions/<code>/ prints, from the real data. */
import { describe, expect, it } from 'vitest';
import { DERIVED_LABEL, regionCodes, regionPage } from '../../../src/lib/pages/region.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();

describe('/regions/<code>/', () => {
	it('labels every figure as derived from ICB figures and lists the ICBs', () => {
		expect(regionCodes(site)).toHaveLength(7);
		const midlands = regionPage(site, 'y60');
		expect(midlands.derivedLabel).toContain(DERIVED_LABEL);
		expect(DERIVED_LABEL).toBe('derived from ICB figures: NHS England publishes no regional figure');
		expect(midlands.months.caption).toContain(DERIVED_LABEL);
		expect(midlands.months.rows).toHaveLength(13);
		expect(midlands.systems.rows).toHaveLength(11);
		expect(midlands.systems.columns.rateStanding).toBe('Against 40-50 per 100,000');
		expect(midlands.search).toMatchObject({ type: 'region', filters: { region: ['Midlands'] } });
		expect(midlands.keyFigures.filter((f) => f.key.includes('(derived)')).length).toBeGreaterThanOrEqual(3);
		expect(midlands.summary).toMatch(
			/^In July 2024, the 11 ICBs of Midlands had [\d,]+ virtual ward beds between them.*, [\d.]+ per 100,000 people of all ages registered with a GP \(derived from ICB figures/,
		);
		expect(() => regionPage(site, 'y00')).toThrow('no NHS region "y00"');
	});
});

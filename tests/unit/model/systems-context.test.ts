/** What applies to every ICB and what else it is called (src/lib/model/systems-context.ts), on the real site. */
import { describe, expect, it } from 'vitest';
import { applyToSystems, otherNames, SYSTEMS_AUDIENCE } from '../../../src/lib/model/systems-context.ts';
import { must } from '../../helpers/data.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();
const data = must(site.systemsData, 'systems data');

describe('what applies to systems', () => {
	const apply = applyToSystems(data, site.guidance.values());

	it('is the rate ambition and the occupancy objective', () => {
		expect(apply.targets.map((t) => t.id)).toEqual(['vw-40-50-per-100k', 'vw-occupancy-80']);
	});

	it('and the published guidance addressed to systems about either of them', () => {
		const all = [...site.guidance.values()].flat();
		const expected = all.filter(
			(p) =>
				p.data.audience.includes(SYSTEMS_AUDIENCE) &&
				p.data.targets.some((t) => t === 'vw-40-50-per-100k' || t === 'vw-occupancy-80'),
		);
		expect(apply.guidance.length).toBeGreaterThan(0);
		expect(apply.guidance.map((p) => p.id)).toEqual(expected.map((p) => p.id));
		expect(all.length).toBeGreaterThan(apply.guidance.length);
	});
});

describe('other names', () => {
	it('come from the glossary entry "icb-<code>": its abbreviation and synonyms', () => {
		expect(otherNames(site.glossary, 'QOX')).toEqual(['BSW']);
		expect(otherNames(site.glossary, 'QUA')).toEqual([]);
		expect(
			otherNames(
				[{ ...must(site.glossary[0], 'an entry'), id: 'icb-qzz', abbreviation: undefined, synonyms: ['Zed'] }],
				'qzz',
			),
		).toEqual(['Zed']);
	});
});

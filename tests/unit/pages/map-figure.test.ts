/** The map of ICBs (src/lib/pages/map-figure.ts), on the real data and boundaries. */
import { describe, expect, it } from 'vitest';
import { systemsMap } from '../../../src/lib/pages/map-figure.ts';
import { must } from '../../helpers/data.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();

describe('the map', () => {
	it('draws 42 linked areas, each named with its figure, and a legend of five classes', () => {
		const map = must(systemsMap(site), 'map');
		expect(map.areas).toHaveLength(42);
		const bc = must(
			map.areas.find((a) => a.code === 'QUA'),
			'QUA',
		);
		expect(bc.href).toBe('/systems/qua/');
		expect(bc.label).toBe('Black Country: 24.7 beds per 100,000 people of all ages registered with a GP, July 2024');
		expect(bc.className).toBe('app-map__area--2');
		expect(map.title).toBe(
			"Map of England's 42 integrated care boards, shaded by virtual ward beds per 100,000 people, July 2024",
		);
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

	it('counts areas with no figure apart, and leaves out ICBs it has no shape for', () => {
		const data = must(site.systemsData, 'data');
		const qua = must(data.systems.get('QUA'), 'QUA');
		const systems = new Map(data.systems);
		systems.set('QUA', { ...qua, latest: undefined });
		const paths = new Map(must(site.map, 'map').paths);
		paths.delete(must(data.systems.get('QOX'), 'QOX').system.onsCode);
		const map = must(
			systemsMap({
				...site,
				systemsData: { ...data, systems },
				map: { ...must(site.map, 'map'), paths },
			}),
			'map',
		);
		expect(map.areas).toHaveLength(41);
		expect(map.legend.at(-1)).toEqual({
			className: 'app-map__swatch app-map__area--none',
			text: 'no published figure',
			count: 1,
		});
		expect(systemsMap({ ...site, map: undefined })).toBeUndefined();
	});
});

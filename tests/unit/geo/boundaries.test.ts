/**
 * Boundaries (src/lib/geo/boundaries.ts): projection and simplification with
 * d3-geo and topojson, and the map's SVG paths. Their check is in
 * content-check/boundaries.test.ts; the committed file's facts in
 * tests/build/content-facts.test.ts.
 */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundaryPaths, checkInput, ICB_2023_PROVENANCE, importBoundaries } from '../../../src/lib/geo/boundaries.ts';

const square = (code: string, lon: number, lat: number, size = 0.5) => ({
	type: 'Feature' as const,
	properties: { ICB23CD: code, ICB23NM: `NHS ${code} Integrated Care Board` },
	geometry: {
		type: 'Polygon' as const,
		coordinates: [
			[
				[lon, lat],
				[lon + size, lat],
				[lon + size, lat + size],
				[lon, lat + size],
				[lon, lat],
			],
		],
	},
});
const collection: FeatureCollection = {
	type: 'FeatureCollection',
	features: [square('E54000002', -1, 52), square('E54000001', -2, 52)],
};

describe('importing boundaries', () => {
	const file = importBoundaries(collection, ICB_2023_PROVENANCE, { width: 200, keep: 1 });

	it('projects into a drawing of the given width, with its provenance, as TopoJSON', () => {
		expect(file.type).toBe('Topology');
		expect(file.width).toBe(200);
		expect(file.height).toBeGreaterThan(90);
		expect(file.height).toBeLessThan(120);
		expect(file.provenance.attribution).toMatch(/Contains OS data © Crown copyright and database right 2023/);
		expect(file.provenance.licence).toBe('Open Government Licence v3.0');
	});

	it('draws each area as an SVG path inside the drawing, in code order', () => {
		const paths = boundaryPaths(file);
		expect(paths.map((p) => p.code)).toEqual(['E54000001', 'E54000002']);
		for (const p of paths) {
			expect(p.d).toMatch(/^M[\d.,L-]+Z$/);
			const numbers = (p.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
			expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-0.1);
			expect(Math.max(...numbers)).toBeLessThanOrEqual(200.1);
		}
		// West is left: the square at 2°W is drawn left of the one at 1°W.
		const firstX = (d: string) => Number(/^M(-?[\d.]+)/.exec(d)?.[1]);
		expect(firstX(paths[0]?.d ?? '')).toBeLessThan(firstX(paths[1]?.d ?? ''));
	});

	it('refuses features without an ONS code or a polygon, naming the feature and field', () => {
		const bad = {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { ICB23CD: 'X1' }, geometry: { type: 'Point', coordinates: [0, 0] } }],
		};
		expect(checkInput(bad)).toEqual([
			{ feature: 0, field: 'properties.ICB23CD', message: 'must be an ONS ICB code such as E54000008, not "X1"' },
			{ feature: 0, field: 'geometry.type', message: 'must be Polygon or MultiPolygon, not Point' },
		]);
		expect(checkInput({})).toHaveLength(1);
		expect(() => importBoundaries(bad as unknown as FeatureCollection, ICB_2023_PROVENANCE)).toThrow(
			/feature 0 → properties.ICB23CD/,
		);
	});
});

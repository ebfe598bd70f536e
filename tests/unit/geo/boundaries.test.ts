/**
 * Boundaries (src/lib/geo/boundaries.ts) and their check
 * (src/lib/content-check/boundaries.ts): projection and simplification with
 * d3-geo and topojson, the committed file, and every mismatch between
 * boundary features and ICBs named by file, feature and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkBoundaries, BOUNDARIES_FILE } from '../../../src/lib/content-check/boundaries.ts';
import { checkProject, type ProjectFiles } from '../../../src/lib/content-check/project.ts';
import {
	boundaryCodes,
	boundaryPaths,
	checkInput,
	ICB_2023_PROVENANCE,
	importBoundaries,
	type BoundaryFile,
} from '../../../src/lib/geo/boundaries.ts';
import { readProjectFiles } from '../../../src/integrations/content-check.ts';
import { SystemSchema } from '../../../src/schemas/system.ts';
import { ROOT } from '../../helpers/site.ts';

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

describe('the committed boundaries', () => {
	const text = readFileSync(join(ROOT, BOUNDARIES_FILE), 'utf8');
	const file = JSON.parse(text) as BoundaryFile;

	it('is small, has 42 areas, one per ICB of data/systems.json, with source and licence', () => {
		expect(text.length).toBeLessThan(40_000);
		const systems = (JSON.parse(readFileSync(join(ROOT, 'data/systems.json'), 'utf8')) as unknown[]).map((s) =>
			SystemSchema.parse(s),
		);
		const codes = boundaryCodes(file).codes.map((c) => c.code);
		expect(codes).toHaveLength(42);
		expect(new Set(codes)).toEqual(new Set(systems.map((s) => s.onsCode)));
		expect(file.provenance.source).toMatch(/Office for National Statistics/);
		expect(file.made).toMatch(/npm run import:boundaries/);
	});

	it('draws paths that fit the 60 KB map budget', () => {
		const bytes = boundaryPaths(file).reduce((n, p) => n + p.d.length, 0);
		expect(bytes).toBeLessThan(40_000);
	});
});

describe('the boundaries check', () => {
	const files = readProjectFiles(ROOT);
	const systemsText = files.data.systems?.text ?? '';
	const systems = (JSON.parse(systemsText) as unknown[]).map((s, index) => ({ entry: SystemSchema.parse(s), index }));
	const topo = JSON.parse(files.boundaries?.text ?? '{}') as BoundaryFile;
	const withCodes = (edit: (geometries: { properties?: { code?: unknown } }[]) => void): string => {
		const copy = structuredClone(topo);
		edit(copy.objects.icbs.geometries as { properties?: { code?: unknown } }[]);
		return JSON.stringify(copy);
	};

	it('passes the real project', () => {
		expect(checkProject(files).problems).toEqual([]);
	});

	it('names a feature whose code matches no ICB, and the ICB left without a boundary', () => {
		const text = withCodes((g) => {
			const first = g[0];
			if (first?.properties) first.properties.code = 'E54000999';
		});
		const problems = checkProject({ ...files, boundaries: { path: BOUNDARIES_FILE, text } }).problems;
		expect(problems).toHaveLength(2);
		expect(`${problems[0]?.file} → ${problems[0]?.field}`).toBe(
			`${BOUNDARIES_FILE} → objects.icbs.geometries[0].properties.code`,
		);
		expect(`${problems[1]?.file} → ${problems[1]?.field}`).toMatch(/^data\/systems\.json → \[\d+\]\.onsCode$/);
		expect(problems[0]?.message).toMatch(/"E54000999" matches no ICB's onsCode in data\/systems.json/);
		expect(problems[1]?.message).toMatch(/has no boundary in data\/boundaries\/icb-2023.topo.json/);
		expect(problems[0]?.line).toBe(1);
	});

	it('names a feature given twice and a feature without a code', () => {
		const twice = checkBoundaries(
			{
				path: BOUNDARIES_FILE,
				json: {
					value: JSON.parse(
						withCodes((g) => {
							if (g[1]?.properties && g[0]?.properties) g[1].properties.code = g[0].properties.code;
						}),
					),
				},
			},
			systems,
		);
		expect(twice.map((p) => p.field)).toContain('objects.icbs.geometries[1].properties.code');
		expect(twice.find((p) => p.field === 'objects.icbs.geometries[1].properties.code')?.message).toMatch(
			/is also the code of feature 0/,
		);
		const none = checkBoundaries(
			{
				path: BOUNDARIES_FILE,
				json: {
					value: JSON.parse(
						withCodes((g) => {
							if (g[2]) delete g[2].properties;
						}),
					),
				},
			},
			systems,
		);
		expect(none[0]?.field).toBe('objects.icbs.geometries[2].properties.code');
		expect(none[0]?.message).toMatch(/has no code/);
	});

	it('reports a missing or malformed file', () => {
		const missing = checkProject({ ...files, boundaries: null } satisfies ProjectFiles).problems;
		expect(missing.map((p) => [p.file, p.field])).toEqual([[BOUNDARIES_FILE, '']]);
		expect(missing[0]?.message).toMatch(/is missing/);
		const notTopo = checkProject({
			...files,
			boundaries: { path: BOUNDARIES_FILE, text: '{"type":"FeatureCollection"}' },
		}).problems;
		expect(notTopo[0]?.message).toMatch(/is not a TopoJSON topology/);
		const notJson = checkProject({ ...files, boundaries: { path: BOUNDARIES_FILE, text: '{"type":' } }).problems;
		expect(notJson[0]?.file).toBe(BOUNDARIES_FILE);
		expect(notJson[0]?.message).toMatch(/not valid JSON/);
	});
});

describe('bad input for the system pages', () => {
	const files = readProjectFiles(ROOT);
	const edit = (path: string, fn: (value: unknown) => void): ProjectFiles => {
		const copy: ProjectFiles = structuredClone(files);
		const list = path === 'data/systems.json' ? undefined : copy.datasets.find((d) => d.path === path);
		const target = list ?? copy.data.systems;
		if (!target) throw new Error(path);
		const value = JSON.parse(target.text) as unknown;
		fn(value);
		target.text = JSON.stringify(value, null, '\t');
		return copy;
	};
	const where = (f: ProjectFiles) => checkProject(f).problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);

	it('names a figure for an area that is not England, a region or a known ICB', () => {
		const f = edit('data/datasets/vw-capacity.json', (d) => {
			(d as { observations: { area: string }[] }).observations[20]!.area = 'QZZ';
		});
		expect(where(f).join('\n')).toMatch(/data\/datasets\/vw-capacity.json → observations\[20\]\.area: "QZZ"/);
	});

	it('names a month that appears twice for one area', () => {
		const f = edit('data/datasets/vw-occupancy.json', (d) => {
			const obs = (d as { observations: Record<string, unknown>[] }).observations;
			obs.splice(31, 0, { ...obs[30] });
		});
		expect(where(f).join('\n')).toMatch(
			/data\/datasets\/vw-occupancy.json → observations\[31\]: a second figure for \S+ in \d{4}-\d{2}/,
		);
	});

	it('names a system with no population or a population of zero', () => {
		const zero = edit('data/systems.json', (d) => {
			(d as { populations: { value: number }[] }[])[3]!.populations[0]!.value = 0;
		});
		expect(where(zero).join('\n')).toMatch(/data\/systems.json → \[3\]\.populations\[0\]\.value/);
		const none = edit('data/systems.json', (d) => {
			(d as { populations: unknown[] }[])[5]!.populations = [];
		});
		expect(where(none).join('\n')).toMatch(/data\/systems.json → \[5\]\.populations/);
	});
});

/** The check of the map's boundaries file against data/systems.json (src/lib/content-check/boundaries.ts), on the fixture site. */
import { describe, expect, it } from 'vitest';
import { BOUNDARIES_FILE, checkBoundaries } from '../../../src/lib/content-check/boundaries.ts';
import { checkProject, type ProjectFiles } from '../../../src/lib/content-check/project.ts';
import type { BoundaryFile } from '../../../src/lib/geo/boundaries.ts';
import { SystemSchema } from '../../../src/schemas/system.ts';
import { fixtureFiles } from '../../helpers/fixture-site.ts';

describe('the boundaries check', () => {
	const files = fixtureFiles();
	const systemsText = files.data.systems?.text ?? '';
	const systems = (JSON.parse(systemsText) as unknown[]).map((s, index) => ({ entry: SystemSchema.parse(s), index }));
	const topo = JSON.parse(files.boundaries?.text ?? '{}') as BoundaryFile;
	const withCodes = (edit: (geometries: { properties?: { code?: unknown } }[]) => void): string => {
		const copy = structuredClone(topo);
		edit(copy.objects.icbs.geometries as { properties?: { code?: unknown } }[]);
		return JSON.stringify(copy);
	};

	it('passes the fixture site', () => {
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

/**
 * A fact of the real data: the committed virtual ward datasets are byte for
 * byte what the importer writes from the 13 monthly files in
 * tests/fixtures/virtual-ward-statistics/, so no figure is typed by hand
 * (moved here from the unit tier, which tests the importer on the fixtures alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importVirtualWards } from '../../src/lib/statistics/import.ts';
import { DATASET_IDS, type DatasetId } from '../../src/lib/statistics/to-datasets.ts';
import { loadSystems } from '../helpers/data.ts';
import { ROOT } from '../helpers/site.ts';
import { FIXTURES, NAMES, NATIONAL } from '../helpers/statistics.ts';

describe('the committed virtual ward datasets', () => {
	it('are byte for byte what the importer writes from the 13 files, and importing again changes nothing', async () => {
		const paths = Object.fromEntries(DATASET_IDS.map((id) => [id, `data/datasets/${id}.json`])) as Record<
			DatasetId,
			string
		>;
		const outcome = await importVirtualWards({
			files: NAMES.map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) })),
			national: { path: 'virtual-wards-national.json', text: readFileSync(NATIONAL, 'utf8') },
			icbs: [...loadSystems().values()].map((s) => ({ code: s.id, name: s.name })),
			existing: Object.fromEntries(
				DATASET_IDS.map((id) => [
					id,
					{ path: paths[id], json: JSON.parse(readFileSync(join(ROOT, paths[id]), 'utf8')) as Record<string, unknown> },
				]),
			),
			paths,
			asOf: undefined,
		});
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		expect(outcome.changes).toHaveLength(3);
		for (const id of DATASET_IDS)
			expect(outcome.texts[id], id).toBe(readFileSync(join(ROOT, 'data', 'datasets', `${id}.json`), 'utf8'));
		for (const c of outcome.changes) expect(c).toMatchObject({ added: [], replaced: [], removed: [] });
	});
});

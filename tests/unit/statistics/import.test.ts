/**
 * The importer reads NHS England's 13 monthly files (committed as fixtures,
 * so CI needs nothing outside the repository) into the three datasets: every
 * ICB has every month, England's row equals the gathered national series,
 * figures equal the cells of the files, and importing again changes nothing.
 * That the committed datasets are byte for byte what it writes is a fact of the
 * real data, checked in tests/build/statistics-import.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importVirtualWards, type ImportInput } from '../../../src/lib/statistics/import.ts';
import type { NationalMonth } from '../../../src/lib/statistics/national.ts';
import { ENGLAND } from '../../../src/lib/statistics/read-workbook.ts';
import { DATASET_IDS, type DatasetId } from '../../../src/lib/statistics/to-datasets.ts';
import { DatasetSchema, type Dataset } from '../../../src/schemas/dataset.ts';
import { must } from '../../helpers/data.ts';
import { FIXTURES, ICBS, NAMES, NATIONAL, nationalSeries } from '../../helpers/statistics.ts';

const national: NationalMonth[] = nationalSeries();
const paths = Object.fromEntries(DATASET_IDS.map((id) => [id, `data/datasets/${id}.json`])) as Record<
	DatasetId,
	string
>;
const input = (existing: ImportInput['existing'], asOf: string | undefined): ImportInput => ({
	files: NAMES.map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) })),
	national: { path: 'virtual-wards-national.json', text: readFileSync(NATIONAL, 'utf8') },
	icbs: ICBS,
	existing,
	paths,
	asOf,
});

describe('the datasets', () => {
	let texts: Record<DatasetId, string>;
	let datasets: Map<DatasetId, Dataset>;
	beforeAll(async () => {
		const outcome = await importVirtualWards(input({}, '2026-11-30'));
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		texts = outcome.texts;
		datasets = new Map(DATASET_IDS.map((id) => [id, DatasetSchema.parse(JSON.parse(texts[id]))]));
	});

	it('writes the three datasets, dated as asked', () => {
		expect(DATASET_IDS).toEqual(['vw-capacity', 'vw-beds-per-100k', 'vw-occupancy']);
		for (const id of DATASET_IDS) expect(must(datasets.get(id), id).asOf, id).toBe('2026-11-30');
	});

	it('have every month of the 13 files for every one of the 42 ICBs', () => {
		expect(ICBS).toHaveLength(42);
		const months = NAMES.map((n) => `${n.slice(2, 6)}-${n.slice(6, 8)}`);
		expect(months).toHaveLength(13);
		for (const id of DATASET_IDS) {
			const d = must(datasets.get(id), id);
			for (const { code } of ICBS) {
				const of = d.observations.filter((o) => o.area === code).map((o) => o.period);
				expect(of, `${id} ${code}`).toEqual(months);
			}
		}
	});

	it("England's figures equal the national series for every month it gives", () => {
		const value = (id: DatasetId, period: string) =>
			datasets.get(id)?.observations.find((o) => o.area === ENGLAND && o.period === period)?.value;
		expect(national.length).toBeGreaterThanOrEqual(13);
		for (const n of national) {
			expect(value('vw-capacity', n.period), n.period).toBe(n.capacityBeds);
			expect(value('vw-beds-per-100k', n.period), n.period).toBe(n.capacityPer100k);
			expect(value('vw-occupancy', n.period), n.period).toBe(n.occupancyPct);
		}
	});

	it('ICB figures equal the cells of the files, read independently', async () => {
		const spots: [string, string, DatasetId, string, number | null][] = [
			// file, ICB, dataset, column, expected value (null: no figure)
			['VW202401.xlsx', 'QPM', 'vw-capacity', 'F', 338],
			['VW202401.xlsx', 'QPM', 'vw-occupancy', 'J', null],
			['VW202311.xlsx', 'QE1', 'vw-occupancy', 'J', 54.3],
			['VW202402.xlsx', 'QMF', 'vw-capacity', 'F', 424],
			['VW202406.xlsx', 'QH8', 'vw-beds-per-100k', 'G', 14],
			['VW202406.xlsx', 'QSL', 'vw-capacity', 'F', 115],
		];
		for (const [name, code, id, column, expected] of spots) {
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.readFile(join(FIXTURES, name));
			const sheet = must(workbook.getWorksheet('Virtual Ward Data'), name);
			let cell: ExcelJS.CellValue = undefined;
			sheet.eachRow((row) => {
				if (row.getCell('D').value === code) cell = row.getCell(column).value;
			});
			const raw = cell as unknown;
			if (expected !== null) {
				const published =
					id === 'vw-occupancy' ? Math.round((raw as number) * 1000) / 10 : Math.round((raw as number) * 10) / 10;
				expect(published, `${name} ${code} ${column}`).toBe(expected);
			}
			const o = datasets
				.get(id)
				?.observations.find((x) => x.area === code && x.period === `${name.slice(2, 6)}-${name.slice(6, 8)}`);
			expect(o?.value, `${name} ${code} ${id}`).toBe(expected);
			if (expected === null) expect(o?.note, `${name} ${code}`).toMatch(/did not complete a successful submission/);
		}
	});

	it('importing again, over what it wrote, changes nothing', async () => {
		const existing = Object.fromEntries(
			DATASET_IDS.map((id) => [id, { path: paths[id], json: JSON.parse(texts[id]) as Record<string, unknown> }]),
		);
		const again = await importVirtualWards(input(existing, undefined));
		if (!again.ok) throw new Error(JSON.stringify(again.problems));
		expect(again.texts).toEqual(texts);
		expect(again.changes).toHaveLength(3);
		for (const c of again.changes) expect(c).toMatchObject({ added: [], replaced: [], removed: [] });
	});
});

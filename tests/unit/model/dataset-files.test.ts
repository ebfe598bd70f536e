/** A dataset's downloads, CSV and JSON (src/lib/model/dataset-files.ts), on the fixture site's datasets. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/format/csv.ts';
import { CSV_HEADER, datasetCsv, datasetJson } from '../../../src/lib/model/dataset-files.ts';
import { ENGLAND } from '../../../src/lib/model/datasets.ts';
import { must } from '../../helpers/data.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const { datasets, sources, systems } = fixtureSite();
const rate = must(datasets.get('vw-beds-per-100k'), 'vw-beds-per-100k');
const capacity = must(datasets.get('vw-capacity'), 'vw-capacity');

describe('downloads', () => {
	it('writes a CSV that parses back to the dataset, England first, with unformatted numbers', () => {
		const rows = parseCsv(datasetCsv(capacity, systems, sources));
		expect(rows[0]).toEqual([...CSV_HEADER]);
		const body = rows.slice(1);
		expect(body).toHaveLength(capacity.observations.length);
		expect(body).toHaveLength(13);
		expect(body[0]).toMatchObject({ 0: 'vw-capacity', 1: '2023-09', 2: ENGLAND, 3: 'England', 4: '10500' });
		expect(body.find((r) => r[2] === 'QBB' && r[1] === '2023-12')).toMatchInlineSnapshot(`
			[
			  "vw-capacity",
			  "2023-12",
			  "QBB",
			  "NHS Riverside Integrated Care Board",
			  "",
			  "beds",
			  "",
			  "",
			  "false",
			  "NHS England: Test virtual ward statistics",
			  "https://example.org/ward-stats",
			  "The ICB did not complete a successful submission this month.",
			  "",
			]
		`);
		for (const o of capacity.observations) {
			const row = body.find((r) => r[1] === o.period && r[2] === o.area);
			expect(row?.[4]).toBe(o.value === null ? '' : String(o.value));
			expect(row?.[8]).toBe(String(o.secondary));
		}
	});

	it('writes JSON with the definition, resolved sources and every figure', () => {
		const json = JSON.parse(datasetJson(rate, sources)) as {
			id: string;
			series: unknown[];
			sources: unknown[];
			observations: { period: string; value: number | null }[];
		};
		expect(json.id).toBe('vw-beds-per-100k');
		expect(json.series).toHaveLength(2);
		expect(json.sources).toMatchInlineSnapshot(`
			[
			  {
			    "date": "2024-07",
			    "id": "ward-stats",
			    "publisher": "NHS England",
			    "title": "Test virtual ward statistics",
			    "url": "https://example.org/ward-stats",
			  },
			  {
			    "date": "2024-04",
			    "id": "gp-population",
			    "publisher": "NHS Digital",
			    "title": "Test GP-registered population",
			    "url": "https://example.org/gp-population",
			  },
			]
		`);
		expect(json.observations).toHaveLength(rate.observations.length);
		expect(json.observations[0]).toMatchObject({ period: '2023-09', value: 21 });
	});
});

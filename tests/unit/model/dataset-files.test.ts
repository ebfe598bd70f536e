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
const occupancy = must(datasets.get('vw-occupancy'), 'vw-occupancy');
/** The fixture's occupancy with QCC's June 2024 figure suppressed as over 100%, as NHS England prints "100%*". */
const withOver = {
	...occupancy,
	observations: occupancy.observations.map((o) =>
		o.area === 'QCC' && o.period === '2024-06'
			? { ...o, value: null, exceeds: 100, note: 'Occupancy over 100%: suppressed.' }
			: o,
	),
};

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

	it('says an occupancy suppressed as over 100% as reported over 100%, in the CSV and the JSON, and nothing else so', () => {
		const rows = parseCsv(datasetCsv(withOver, systems, sources)).slice(1);
		const reported = rows.filter((r) => r[12] !== '');
		expect(reported).toHaveLength(1);
		expect(reported[0]).toMatchObject({
			1: '2024-06',
			2: 'QCC',
			4: '',
			11: 'Occupancy over 100%: suppressed.',
			12: 'reported over 100% (NHS England suppresses the figure)',
		});
		const json = JSON.parse(datasetJson(withOver, sources)) as {
			observations: { area: string; period: string; exceeds?: number; reported?: string }[];
		};
		const over = json.observations.filter((o) => o.reported !== undefined);
		expect(over).toEqual([
			expect.objectContaining({
				area: 'QCC',
				period: '2024-06',
				exceeds: 100,
				reported: 'reported over 100% (NHS England suppresses the figure)',
			}),
		]);
	});
});

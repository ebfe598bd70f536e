import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/format/csv.ts';
import { CSV_HEADER, datasetCsv, datasetJson } from '../../src/lib/model/dataset-files.ts';
import { icbTable, tableRows } from '../../src/lib/model/dataset-tables.ts';
import { ENGLAND, findObservation, formatFigure, formatNumber, NO_FIGURE } from '../../src/lib/model/datasets.ts';
import { loadDatasets, loadSources, loadSystems, must } from '../helpers/data.ts';

const datasets = loadDatasets();
const sources = loadSources();
const systems = loadSystems();
const rate = must(datasets.get('vw-beds-per-100k'), 'vw-beds-per-100k');
const capacity = must(datasets.get('vw-capacity'), 'vw-capacity');

describe('formatting', () => {
	it('writes numbers the British way with fixed decimals', () => {
		expect(formatNumber(11805, 0)).toBe('11,805');
		expect(formatNumber(23, 1)).toBe('23.0');
		expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
		expect(formatNumber(-0.01, 1)).toBe('0.0');
	});

	it('prints a figure with its unit and, for a rate, who it is per', () => {
		expect(formatFigure(capacity, must(findObservation(capacity, '2023-12'), 'Dec 2023'))).toBe('11,805 beds');
		expect(formatFigure(rate, must(findObservation(rate, '2023-12'), 'Dec 2023'))).toBe(
			'23.0 beds per 100,000 adults aged 16 and over registered with a GP',
		);
		expect(formatFigure(rate, must(findObservation(rate, '2024-04'), 'Apr 2024'))).toBe(
			'19.1 beds per 100,000 people of all ages registered with a GP',
		);
	});
});

describe('tableRows', () => {
	it('lists every month for England, collapsing runs of missing months into one "no published figure" row', () => {
		const rows = tableRows(capacity, ENGLAND, sources);
		const labels = rows.map((r) => r.label);
		expect(labels.slice(0, 3)).toEqual(['July 2023', 'August 2023', 'September 2023']);
		expect(labels).toContain('August 2024 to September 2024');
		expect(labels).toContain('January 2025 to February 2025');
		expect(labels).toContain('April 2025 to September 2025');
		expect(rows.find((r) => r.label === 'March 2025')).toMatchObject({ value: 12825, secondary: true });
		const gap = rows.find((r) => r.label === 'August 2024 to September 2024');
		expect(gap).toMatchObject({ value: null, text: NO_FIGURE });
		const november = rows.find((r) => r.label === 'November 2024');
		expect(november).toMatchObject({ value: null, text: NO_FIGURE, secondary: true });
		expect(rows.find((r) => r.label === 'October 2025')).toMatchObject({
			value: 12588,
			text: '12,588',
			secondary: true,
			source: { publisher: 'HTN (Health Tech Newspaper)' },
		});
	});

	it('names the series of each row of a broken series', () => {
		const rows = tableRows(rate, ENGLAND, sources);
		expect(rows.find((r) => r.period === '2024-03')?.series?.id).toBe('adults-16-plus');
		expect(rows.find((r) => r.period === '2024-04')?.series?.id).toBe('all-ages');
	});
});

describe('downloads', () => {
	it('writes a CSV that parses back to the dataset, England first, with unformatted numbers', () => {
		const rows = parseCsv(datasetCsv(capacity, systems, sources));
		expect(rows[0]).toEqual([...CSV_HEADER]);
		const body = rows.slice(1);
		expect(body).toHaveLength(capacity.observations.length);
		expect(body[0]).toMatchObject({ 0: 'vw-capacity', 1: '2023-07', 2: ENGLAND, 3: 'England', 4: '9713' });
		const qyg = body.find((r) => r[2] === 'QYG' && r[1] === '2023-12');
		expect(qyg?.[3]).toBe('NHS Cheshire and Merseyside Integrated Care Board');
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
			sources: { url: string }[];
			observations: { period: string; value: number | null }[];
		};
		expect(json.id).toBe('vw-beds-per-100k');
		expect(json.series).toHaveLength(3);
		expect(json.sources[0]?.url).toMatch(/^https:\/\/www\.england\.nhs\.uk\//);
		expect(json.observations).toHaveLength(rate.observations.length);
		expect(json.observations[0]).toMatchObject({ period: '2023-07', value: 18.9 });
	});
});

describe('icbTable', () => {
	const occupancy = must(datasets.get('vw-occupancy'), 'vw-occupancy');

	it('groups the months by series, so the change of denominator in April 2024 is marked in text', () => {
		const table = icbTable(rate, systems);
		expect(table.broken).toBe(true);
		expect(table.groups.map((g) => [g.label, g.months[0], g.months.at(-1)])).toEqual([
			['Per 100,000 adults aged 16+ (July 2023 to March 2024)', '2023-07', '2024-03'],
			['Per 100,000 people of all ages (from April 2024)', '2024-04', '2024-07'],
		]);
		expect(table.rows).toHaveLength(42);
		expect(icbTable(capacity, systems)).toMatchObject({ broken: false, groups: [{ label: undefined }] });
	});

	it('prints no noted figure as a plain number: each note once, numbered, on every figure it explains', () => {
		const table = icbTable(occupancy, systems);
		const northamptonshire = must(
			table.rows.find((r) => r.area === 'QPM'),
			'QPM',
		);
		const january = must(
			northamptonshire.cells.find((c) => c.period === '2024-01'),
			'Jan 2024',
		);
		expect(january).toMatchObject({ value: null, text: undefined });
		expect(table.notes.find((n) => n.n === january.note)?.text).toMatch(/did not complete a successful submission/);
		for (const row of table.rows) {
			for (const c of row.cells) {
				const o = findObservation(occupancy, c.period, row.area);
				expect(c.note === undefined, `${row.area} ${c.period}`).toBe(o?.note === undefined);
				if (o?.note) expect(table.notes[(c.note as number) - 1]?.text).toBe(o.note);
			}
		}
		expect(new Set(table.notes.map((n) => n.text)).size).toBe(table.notes.length);
		// The capacity Northamptonshire's row still shows in January 2024 carries the same footnote.
		const capacityTable = icbTable(capacity, systems);
		const cell = capacityTable.rows.find((r) => r.area === 'QPM')?.cells.find((c) => c.period === '2024-01');
		expect(cell).toMatchObject({ value: 338, text: '338', note: 1 });
	});
});

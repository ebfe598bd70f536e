/** A dataset's tables: England's months and the ICB table (src/lib/model/dataset-tables.ts), on the fixture site's datasets. */
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../src/schemas/dataset.ts';
import { icbTable, tableRows } from '../../../src/lib/model/dataset-tables.ts';
import { ENGLAND, findObservation, NO_FIGURE } from '../../../src/lib/model/datasets.ts';
import { must } from '../../helpers/data.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const { datasets, sources, systems } = fixtureSite();
const rate = must(datasets.get('vw-beds-per-100k'), 'vw-beds-per-100k');
const capacity = must(datasets.get('vw-capacity'), 'vw-capacity');
const occupancy = must(datasets.get('vw-occupancy'), 'vw-occupancy');

describe('tableRows', () => {
	it('lists every month for England, collapsing runs of missing months into one "no published figure" row', () => {
		const rows = tableRows(capacity, ENGLAND, sources);
		expect(rows.map((r) => [r.label, r.text, r.secondary])).toMatchInlineSnapshot(`
			[
			  [
			    "September 2023",
			    "10,500",
			    false,
			  ],
			  [
			    "October 2023 to November 2023",
			    "no published figure",
			    false,
			  ],
			  [
			    "December 2023",
			    "11,000",
			    false,
			  ],
			  [
			    "January 2024 to May 2024",
			    "no published figure",
			    false,
			  ],
			  [
			    "June 2024",
			    "12,000",
			    false,
			  ],
			  [
			    "July 2024 to February 2025",
			    "no published figure",
			    false,
			  ],
			  [
			    "March 2025",
			    "12,800",
			    true,
			  ],
			]
		`);
		expect(rows.filter((r) => r.value === null).map((r) => r.text)).toEqual([NO_FIGURE, NO_FIGURE, NO_FIGURE]);
		expect(rows.at(-1)).toMatchObject({ value: 12800, secondary: true, source: { publisher: 'Test Health News' } });
	});

	it('names the series of each row of a broken series', () => {
		const rows = tableRows(rate, ENGLAND, sources);
		expect(rows.find((r) => r.period === '2023-12')?.series?.id).toBe('adults-16-plus');
		expect(rows.find((r) => r.period === '2024-06')?.series?.id).toBe('all-ages');
	});
});

describe('icbTable', () => {
	it('groups the months by series, so the change of denominator in April 2024 is marked in text', () => {
		const table = icbTable(rate, systems);
		expect(table.broken).toBe(true);
		expect(table.groups.map((g) => [g.label, g.months])).toMatchInlineSnapshot(`
			[
			  [
			    "Per 100,000 adults aged 16+ (until March 2024)",
			    [
			      "2023-09",
			      "2023-12",
			    ],
			  ],
			  [
			    "Per 100,000 people of all ages (from April 2024)",
			    [
			      "2024-06",
			    ],
			  ],
			]
		`);
		expect(table.rows.map((r) => r.area)).toEqual(['QCC', 'QAA', 'QBB']);
		expect(icbTable(capacity, systems)).toMatchObject({ broken: false, groups: [{ label: undefined }] });
	});

	it('prints no noted figure as a plain number: each note once, numbered, on every figure it explains', () => {
		const table = icbTable(occupancy, systems);
		const riverside = must(
			table.rows.find((r) => r.area === 'QBB'),
			'QBB',
		);
		const december = must(
			riverside.cells.find((c) => c.period === '2023-12'),
			'Dec 2023',
		);
		expect(december).toMatchObject({ value: null, text: undefined, note: 1 });
		expect(table.notes).toMatchInlineSnapshot(`
			[
			  {
			    "n": 1,
			    "text": "The ICB did not complete a successful submission this month.",
			  },
			]
		`);
		const cells = table.rows.flatMap((row) => row.cells.map((c) => ({ area: row.area, c })));
		expect(cells).toHaveLength(9);
		for (const { area, c } of cells) {
			const o = findObservation(occupancy, c.period, area);
			expect(c.note === undefined, `${area} ${c.period}`).toBe(o?.note === undefined);
			if (o?.note) expect(table.notes[(c.note as number) - 1]?.text).toBe(o.note);
		}
	});
});

describe('an occupancy suppressed as over 100%', () => {
	const withOver = {
		...occupancy,
		observations: occupancy.observations.map((o) =>
			o.area === 'QCC' && o.period === '2024-06'
				? { ...o, value: null, exceeds: 100, note: 'Occupancy over 100%: suppressed.' }
				: o,
		),
	};

	it('reads "reported over 100% …" in the ICB table and the area table, never "no published figure"', () => {
		const table = icbTable(withOver, systems);
		const qcc = must(
			table.rows.find((r) => r.area === 'QCC'),
			'QCC',
		);
		const june = must(
			qcc.cells.find((c) => c.period === '2024-06'),
			'June',
		);
		expect(june).toMatchObject({ value: null, text: 'reported over 100% (NHS England suppresses the figure)' });
		expect(table.notes.find((n) => n.n === june.note)?.text).toBe('Occupancy over 100%: suppressed.');
		const qbb = must(
			table.rows.find((r) => r.area === 'QBB')?.cells.find((c) => c.period === '2023-12'),
			'QBB December',
		);
		expect(qbb.text).toBeUndefined();
		const rows = tableRows(withOver, 'QCC', sources);
		expect(rows.find((r) => r.period === '2024-06')?.text).toBe(
			'reported over 100% (NHS England suppresses the figure)',
		);
		expect(tableRows(withOver, 'QBB', sources).find((r) => r.period === '2023-12')?.text).toBe(NO_FIGURE);
	});
});

describe('tableRows with a figure whose source gives only its year', () => {
	it('lists the year as "2025 (month not stated)" after the gap before it, with no gap inside it', () => {
		const dataset = DatasetSchema.parse({
			id: 'records',
			title: 'Records',
			unit: '%',
			definition: 'A share of providers, for the test.',
			publisher: 'Test',
			licence: 'Test',
			sources: [{ id: 's' }],
			asOf: '2026-11-25',
			observations: [
				{ period: '2024-10', area: 'E92000001', value: 45 },
				{ period: '2025', area: 'E92000001', value: 75 },
			],
		});
		const rows = tableRows(dataset, 'E92000001', new Map());
		expect(rows.map((r) => [r.label, r.text])).toEqual([
			['October 2024', '45'],
			['November 2024 to December 2024', 'no published figure'],
			['2025 (month not stated)', '75'],
		]);
	});
});

/** /data/: every dataset with its definition, source, licence and downloads; the CSV and JSON parse back to the data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/format/csv.ts';
import { CSV_HEADER } from '../../src/lib/model/dataset-files.ts';
import { loadDatasets } from '../helpers/data.ts';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';

const datasets = [...loadDatasets().values()];

describe('/data/', () => {
	it('lists every dataset with its definition, source, licence, as-of date and downloads', () => {
		const doc = page(SITE_DIST, '/data/');
		for (const d of datasets) {
			const section = doc.querySelector(`section[aria-labelledby="dataset-${d.id}"]`);
			expect(section, d.id).not.toBeNull();
			const all = text(section);
			expect(all).toContain(d.definition);
			expect(all).toContain(d.licence);
			expect(all).toMatch(/As of\s*\d{1,2} [A-Z][a-z]+ \d{4}/);
			expect(section?.querySelector(`a[href="/data/${d.id}/"]`)).not.toBeNull();
			expect(section?.querySelector(`a[href="/data/${d.id}.csv"]`)).not.toBeNull();
			expect(section?.querySelector(`a[href="/data/${d.id}.json"]`)).not.toBeNull();
		}
	});

	it('has a page per dataset, with the ICB table where there are ICB figures', () => {
		for (const d of datasets) {
			const doc = page(SITE_DIST, `/data/${d.id}/`);
			expect(text(doc.querySelector('main h1'))).toBe(d.title);
		}
		const icb = page(SITE_DIST, '/data/vw-capacity/').querySelector('table.app-icb-table');
		expect(icb?.querySelectorAll('tbody tr')).toHaveLength(42);
		expect(text(icb?.querySelector('thead'))).toContain('December 2023');
	});

	it('marks the change of denominator in the per-100k ICB table in text, as the chart does', () => {
		const icb = page(SITE_DIST, '/data/vw-beds-per-100k/').querySelector('table.app-icb-table');
		const groups = icb?.querySelectorAll('thead th[scope="colgroup"]') ?? [];
		expect(groups.map((g) => [text(g), g.getAttribute('colspan')])).toEqual([
			['Per 100,000 adults aged 16+ (July 2023 to March 2024)', '9'],
			['Definition changed: Per 100,000 people of all ages (from April 2024)', '4'],
		]);
	});

	it('prints no noted ICB figure as a plain number: each carries a link to its note', () => {
		const doc = page(SITE_DIST, '/data/vw-occupancy/');
		const cell = doc.querySelector('table.app-icb-table tr[data-area="QPM"] td[data-period="2024-01"]');
		expect(text(cell)).toMatch(/^-\s*no published figure\s*\[\d+\]$/);
		const note = doc.querySelector(cell?.querySelector('a')?.getAttribute('href') ?? '#none');
		expect(text(note)).toMatch(/NHS Northamptonshire Integrated Care Board did not complete a successful submission/);
		const capacity = page(SITE_DIST, '/data/vw-capacity/').querySelector(
			'table.app-icb-table tr[data-area="QPM"] td[data-period="2024-01"]',
		);
		expect(text(capacity)).toMatch(/^338$/);
	});

	it("puts January 2024's footnote (a failed activity submission) only on occupancy, never on capacity or per-100k cells", () => {
		const note = /did not complete a successful submission/;
		for (const id of ['vw-capacity', 'vw-beds-per-100k']) {
			const doc = page(SITE_DIST, `/data/${id}/`);
			const england = doc.querySelector('tr[data-period="2024-01"]');
			expect(england, id).not.toBeNull();
			expect(text(england), id).not.toMatch(note);
			expect(text(doc.querySelector('main')), id).not.toMatch(note);
		}
		const occupancy = page(SITE_DIST, '/data/vw-occupancy/');
		expect(text(occupancy.querySelector('main'))).toMatch(note);
		const icb = text(page(SITE_DIST, '/systems/qpm/').querySelector('main'));
		expect(icb).toMatch(note);
	});

	it('prints the note of the October 2025 rate beside it on the targets table', () => {
		const row = page(SITE_DIST, '/targets/').querySelector('tr[data-target="vw-40-50-per-100k"]');
		expect(text(row)).toContain(
			'19.7 beds per 100,000 people (the report does not say which population) in October 2025 (secondary source)',
		);
		expect(text(row?.querySelector('.app-targets-table__note'))).toMatch(
			/^Note: The report does not say which population this rate is per\./,
		);
		expect(text(row)).not.toContain('people of all ages registered with a GP in October 2025');
	});
});

describe('downloads', () => {
	it.each(datasets.map((d) => [d.id, d] as const))(
		'%s.csv parses back to the data (RFC 4180, header row, unformatted numbers)',
		(id, dataset) => {
			const csv = readFileSync(join(SITE_DIST, 'data', `${id}.csv`), 'utf8');
			expect(csv.endsWith('\r\n')).toBe(true);
			const [header, ...rows] = parseCsv(csv);
			expect(header).toEqual([...CSV_HEADER]);
			expect(rows).toHaveLength(dataset.observations.length);
			const byKey = new Map(rows.map((r) => [`${r[1]} ${r[2]}`, r]));
			for (const o of dataset.observations) {
				const row = byKey.get(`${o.period} ${o.area}`);
				expect(row?.[0]).toBe(id);
				expect(row?.[4]).toBe(o.value === null ? '' : String(o.value));
				expect(row?.[6]).toBe(o.series ?? '');
				expect(row?.[8]).toBe(String(o.secondary));
				expect(row?.[11]).toBe(o.note ?? '');
			}
		},
	);

	it.each(datasets.map((d) => [d.id, d] as const))(
		'%s.json holds the same figures and the provenance',
		(id, dataset) => {
			const json = JSON.parse(readFileSync(join(SITE_DIST, 'data', `${id}.json`), 'utf8')) as {
				asOf: string;
				licence: string;
				sources: { url: string }[];
				observations: { period: string; area: string; value: number | null }[];
			};
			expect(json.asOf).toBe(dataset.asOf);
			expect(json.licence).toBe(dataset.licence);
			expect(json.sources.every((s) => s.url.startsWith('http'))).toBe(true);
			const values = (list: { period: string; area: string; value: number | null }[]) =>
				list.map((o) => `${o.period} ${o.area} ${String(o.value)}`).sort();
			expect(values(json.observations)).toEqual(values(dataset.observations));
		},
	);
});

/** The data list (src/lib/pages/data.ts), a dataset's page (src/lib/pages/dataset.ts) on the real data (the downloads and chart images: tests/unit/pages/downloads.test.ts). */
import { describe, expect, it } from 'vitest';
import { dataPage } from '../../src/lib/pages/data.ts';
import { datasetPage } from '../../src/lib/pages/dataset.ts';
import { realSite } from '../helpers/real-site.ts';

const site = realSite();

describe('data page', () => {
	const page = dataPage(site);

	it('has a section per dataset, in id order, with its downloads and the targets it measures', () => {
		expect(page.datasets.map((d) => d.link.href)).toEqual([...site.datasets.keys()].map((id) => `/data/${id}/`));
		const capacity = page.datasets.find((d) => d.id === 'dataset-vw-capacity');
		expect(capacity?.downloads.csv.href).toBe('/data/vw-capacity.csv');
		expect(capacity?.measures.map((m) => m.href)).toEqual(
			site.targets.filter((t) => t.dataset === 'vw-capacity').map((t) => `/targets/${t.id}/`),
		);
		expect(capacity?.sources.every((s) => s.text.includes(': '))).toBe(true);
	});
});

describe('dataset page', () => {
	it('gives the ICB table with months in words, groups by series and numbered notes', () => {
		const page = datasetPage(site, 'vw-beds-per-100k');
		const table = page.byIcb?.table;
		expect(table?.rows.length).toBe(42);
		expect(table?.months[0]).toMatch(/^[A-Z][a-z]+ \d{4}$/);
		expect(table?.groups.reduce((n, g) => n + g.span, 0)).toBe(table?.months.length);
		expect(table?.broken).toBe(true);
		expect(page.byIcb?.broken).toContain('The definition changed');
		expect(table?.notes.every((n, i) => n.id === `icb-note-${i + 1}` && n.text.startsWith(`[${i + 1}] `))).toBe(true);
		const noted = table?.rows.flatMap((r) => r.cells).find((c) => c.note !== undefined);
		expect(noted?.note?.href).toMatch(/^#icb-note-\d+$/);
	});

	it('gives each series of a rate with who it is per and its population', () => {
		const page = datasetPage(site, 'vw-beds-per-100k');
		expect(page.denominator?.series?.length).toBe(site.datasets.get('vw-beds-per-100k')?.series?.length);
		expect(page.denominator?.series?.[0]).toMatch(/: per 100,000 .+, [\d,]+ people in England \([A-Z][a-z]+ \d{4}\)$/);
		expect(page.layout.crumbs.map((c) => c.text)).toEqual(['Home', 'Data']);
		expect(page.chart?.table.caption).toBe(`${site.datasets.get('vw-beds-per-100k')?.title}, England`);
	});

	it('has no ICB section for a dataset without ICB figures', () => {
		const page = datasetPage(site, 'epr-coverage');
		expect(page.byIcb).toBeUndefined();
		expect(page.downloads.json.href).toBe('/data/epr-coverage.json');
	});
});

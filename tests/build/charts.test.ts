/**
 * Charts in the built site: every chart is an SVG file that is well-formed,
 * small, has a text alternative, and is byte-identical to a fresh render in
 * another process; every chart figure carries a caption, a summary, a table
 * with the same numbers as the data, the source, the as-of date and downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartConfig } from '../../src/charts/config.ts';
import { renderChartSvg } from '../../src/charts/render.ts';
import { ENGLAND, formatNumber, observationsFor } from '../../src/lib/model/datasets.ts';
import { isNationalChart } from '../../src/lib/model/charts.ts';
import { loadDatasets } from '../helpers/data.ts';
import { realSite } from '../helpers/real-site.ts';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';
import { xmlProblems } from '../helpers/xml.ts';

const datasets = loadDatasets();
// England's charts; the ICBs' (/charts/systems/<code>.svg) are checked in tests/build/systems.test.ts.
const specs = [...realSite().charts.values()].filter(isNationalChart);
const files = listFiles(SITE_DIST);
const htmlPages = files.filter((f) => f.endsWith('index.html')).map((f) => `/${f.replace(/index\.html$/, '')}`);

describe('chart files', () => {
	it('has one SVG per chart and nothing else', () => {
		// System charts (/charts/systems/<code>.svg) are checked in tests/build/systems.test.ts.
		expect(files.filter((f) => f.startsWith('charts/') && !f.startsWith('charts/systems/')).sort()).toEqual(
			specs.map((s) => `charts/${s.id}.svg`).sort(),
		);
	});

	it.each(specs.map((s) => [s.id, s] as const))(
		'%s is well-formed, under 40 KB (its text as outlines: BENCHMARKS.md), with a text alternative and no styles or scripts',
		(id, spec) => {
			const svg = readFileSync(join(SITE_DIST, 'charts', `${id}.svg`), 'utf8');
			expect(xmlProblems(svg)).toEqual([]);
			expect(Buffer.byteLength(svg)).toBeLessThan(40 * 1024);
			expect(svg).toMatch(/<svg [^>]*role="img"[^>]*aria-label="[^"]{20,}"/);
			expect(svg).toContain(`<title>${spec.title}</title>`.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
			expect(svg).not.toMatch(/\sstyle=|<style|<script|\son[a-z]+=/);
		},
	);

	it('are byte-identical to a fresh render of the same data in another process', () => {
		for (const spec of specs) {
			const built = readFileSync(join(SITE_DIST, 'charts', `${spec.id}.svg`), 'utf8');
			const fresh = renderChartSvg(chartConfig(spec), { title: spec.title });
			expect(fresh, spec.id).toBe(built);
		}
	});
});

describe('chart figures', () => {
	const figures = htmlPages.flatMap((path) =>
		page(SITE_DIST, path)
			.querySelectorAll('figure.app-chart')
			.map((figure) => ({ path, figure })),
	);

	it('appear on every target page with a dataset, every dataset page and the guidance pages that place one', () => {
		const paths = new Set(figures.map((f) => f.path));
		for (const spec of specs)
			expect(paths, spec.id).toContain(spec.kind === 'target' ? `/targets/${spec.id}/` : `/data/${spec.id}/`);
		expect(paths).toContain('/virtual-wards/national-ambition/');
		expect(paths).toContain('/virtual-wards/later-objectives/');
	});

	it.each(['/targets/vw-40-50-per-100k/', '/data/vw-capacity/', '/targets/epr-90-dec-2023/'])(
		'on %s carry a caption, summary, image with alt, source, as-of date and downloads',
		(path) => {
			const figure = page(SITE_DIST, path).querySelector('figure.app-chart');
			expect(text(figure?.querySelector('figcaption')).length).toBeGreaterThan(20);
			const summary = text(figure?.querySelector('.app-chart__summary'));
			expect(summary.length).toBeGreaterThan(20);
			const img = figure?.querySelector('img');
			expect(img?.getAttribute('src')).toMatch(/^\/charts\/[a-z0-9-]+\.svg$/);
			expect(img?.getAttribute('alt')).toBe(`Line chart. ${summary}`);
			const meta = text(figure?.querySelector('.app-chart__meta'));
			expect(meta).toMatch(/Source\s*.+As of\s*\d{1,2} [A-Z][a-z]+ \d{4}/);
			const id = (img?.getAttribute('src') ?? '').replace(/^\/charts\/|\.svg$/g, '');
			const dataset = specs.find((s) => s.id === id)?.dataset;
			expect(figure?.querySelector(`a[href="/data/${dataset?.id}.csv"]`)).not.toBeNull();
			expect(figure?.querySelector(`a[href="/data/${dataset?.id}.json"]`)).not.toBeNull();
		},
	);

	it('hold a table with the same numbers as the data, and "no published figure" for the gaps', () => {
		for (const { path, figure } of figures) {
			const table = figure.querySelector('table.app-data-table');
			const dataset = datasets.get(table?.getAttribute('data-dataset') ?? '');
			expect(dataset, path).toBeDefined();
			if (!dataset) continue;
			const rows = table?.querySelectorAll('tbody tr') ?? [];
			for (const o of observationsFor(dataset, ENGLAND)) {
				const row = rows.find((r) => r.getAttribute('data-period') === o.period);
				expect(row, `${path} ${dataset.id} ${o.period}`).toBeDefined();
				expect(row?.getAttribute('data-value')).toBe(o.value === null ? '' : String(o.value));
				expect(text(row?.querySelector('td')), `${dataset.id} ${o.period}`).toBe(
					o.value === null ? 'no published figure' : formatNumber(o.value, dataset.decimals),
				);
			}
			for (const r of rows.filter((x) => x.getAttribute('data-value') === ''))
				expect(text(r.querySelector('td'))).toBe('no published figure');
		}
	});
});

describe('figures in prose', () => {
	it('prints the figures of later-objectives from the datasets, each with a numbered source note', () => {
		const doc = page(SITE_DIST, '/virtual-wards/later-objectives/');
		const figures = doc.querySelectorAll('.app-prose .app-figure');
		expect(figures.map((f) => text(f))).toEqual([
			'10,421 beds[1]',
			'65.3%[2]',
			'72.7%[3]',
			'23.0 beds per 100,000 adults aged 16 and over registered with a GP[4]',
		]);
		const notes = doc.querySelectorAll('.app-figure-notes li');
		expect(notes).toHaveLength(4);
		expect(text(notes[3])).toMatch(
			/^23\.0 beds per 100,000 adults aged 16 and over registered with a GP, England, December 2023\. Source: NHS England, Virtual ward capacity and occupancy statistics \(management information, published as experimental statistics\)\. As of 25 November 2026\./,
		);
		for (const f of figures) {
			const href = f.querySelector('a')?.getAttribute('href') ?? '';
			expect(doc.querySelector(href)).not.toBeNull();
		}
	});

	it('flags secondary figures in prose', () => {
		// The page opens with where things stand now (91% in 2025), then the history; notes are numbered in reading order.
		const doc = page(SITE_DIST, '/digitisation/electronic-patient-records/');
		expect(doc.querySelectorAll('.app-prose .app-figure').map((f) => text(f))).toEqual([
			'91% of trusts (secondary source)[1]',
			'86% of trusts (secondary source)[2]',
			'90% of trusts (secondary source)[3]',
		]);
	});
});

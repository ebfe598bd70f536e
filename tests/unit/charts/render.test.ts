import { describe, expect, it } from 'vitest';
import { chartConfig } from '../../../src/charts/config.ts';
import { renderChartSvg } from '../../../src/charts/render.ts';
import { loadDatasets, loadTargets, must } from '../../helpers/data.ts';
import { realSite } from '../../helpers/real-site.ts';

const datasets = loadDatasets();
const targets = loadTargets();

function render(targetId: string): string {
	const target = must(
		targets.find((t) => t.id === targetId),
		targetId,
	);
	const dataset = must(datasets.get(must(target.dataset, 'dataset')), 'dataset');
	const title = `Chart of ${target.headline}`;
	return renderChartSvg(
		chartConfig({ kind: 'target', id: target.id, dataset, target, caption: '', summary: '', title }),
		{
			title,
		},
	);
}

describe('renderChartSvg', () => {
	const svg = render('vw-40-50-per-100k');

	it('draws the 40-50 per 100,000 chart exactly as pinned', async () => {
		await expect(svg).toMatchFileSnapshot('snapshots/vw-40-50-per-100k.svg');
	});

	it('gives the same bytes for the same data', () => {
		expect(render('vw-40-50-per-100k')).toBe(svg);
	});

	it('is a scalable SVG with a text alternative, text as text, and no inline styles', () => {
		expect(svg).toMatch(
			/^<\?xml version="1.0" encoding="utf-8"\?>\n<svg [^>]*viewBox="0 0 720 420"[^>]*role="img" aria-label="Chart of 40 to 50 virtual ward beds per 100,000 population"><title>Chart of 40 to 50 virtual ward beds per 100,000 population<\/title>/,
		);
		expect(svg).toContain('>Ambition: 40-50</text>');
		// The canvas writes some labels word by word.
		const words = [...svg.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]).join(' ');
		expect(words).toContain('Deadline Dec 2023');
		expect(words).toContain('Definition changed');
		expect(words).toContain('Per 100,000 adults aged 16+ (July 2023 to March 2024)');
		expect(svg).not.toMatch(/\sstyle=|<style|<script|Liberation Sans"/);
	});

	it('stays under 20 KB for every target chart', () => {
		const measured = targets.filter((x) => x.dataset);
		expect(measured.length).toBeGreaterThan(0);
		for (const t of measured) expect(Buffer.byteLength(render(t.id)), t.id).toBeLessThan(20 * 1024);
	});

	it("draws an ICB's chart from its spec, with the spec's title", () => {
		const spec = must(realSite().charts.get('systems/qua'), 'QUA');
		const system = renderChartSvg(chartConfig(spec), { title: spec.title });
		expect(system).toContain('<title>Virtual ward beds per 100,000, Black Country and England');
		expect(system).toContain('Black Country');
		expect(system).toContain('England');
	});
});

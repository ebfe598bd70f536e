import { describe, expect, it } from 'vitest';
import { chartConfig } from '../../../src/charts/config.ts';
import { drawChart, renderChartSvg } from '../../../src/charts/render.ts';
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

	it('is a scalable SVG with a text alternative, its text as outlines of the shipped font, and no inline styles', () => {
		expect(svg).toMatch(
			/^<\?xml version="1.0" encoding="utf-8"\?>\n<svg [^>]*viewBox="0 0 720 420" role="img" aria-label="Chart of 40 to 50 virtual ward beds per 100,000 population"><title>Chart of 40 to 50 virtual ward beds per 100,000 population<\/title><defs><path id="g1" d="m/,
		);
		// No text is left for the reader's fonts to draw: every glyph is a <use> of an outline in <defs>.
		expect(svg).not.toMatch(/<text|font-family/);
		expect(svg.match(/<use href="#g\d+" x="-?\d+"\/>/g)?.length).toBeGreaterThan(100);
		expect(svg).not.toMatch(/\sstyle=|<style|<script|Liberation Sans"/);
	});

	it('draws every label it is given, word by word, and exposes the boxes of the words', () => {
		const target = must(
			targets.find((t) => t.id === 'vw-40-50-per-100k'),
			'target',
		);
		const dataset = must(datasets.get(must(target.dataset, 'dataset')), 'dataset');
		const title = `Chart of ${target.headline}`;
		const { svg: drawn, boxes } = drawChart(
			chartConfig({ kind: 'target', id: target.id, dataset, target, caption: '', summary: '', title }),
			{ title },
		);
		expect(drawn).toBe(svg);
		const words = boxes.map((b) => b.text).join(' ');
		expect(words).toContain('Ambition: 40-50');
		expect(words).toContain('Deadline Dec 2023');
		expect(words).toContain('Definition changed');
		expect(words).toContain('Per 100,000 adults aged 16+ (July 2023 to March 2024)');
		for (const b of boxes) {
			expect(b.left, b.text).toBeGreaterThanOrEqual(0);
			expect(b.right, b.text).toBeLessThanOrEqual(720);
			expect(b.top, b.text).toBeGreaterThanOrEqual(0);
			expect(b.bottom, b.text).toBeLessThanOrEqual(420);
		}
	});

	it('stays under 40 KB for every target chart (text as outlines adds about 20 KB: BENCHMARKS.md)', () => {
		const measured = targets.filter((x) => x.dataset);
		expect(measured.length).toBeGreaterThan(0);
		for (const t of measured) expect(Buffer.byteLength(render(t.id)), t.id).toBeLessThan(40 * 1024);
	});

	it("draws an ICB's chart from its spec, with the spec's title", () => {
		const spec = must(realSite().charts.get('systems/qua'), 'QUA');
		const system = renderChartSvg(chartConfig(spec), { title: spec.title });
		expect(system).toContain('<title>Virtual ward beds per 100,000, Black Country and England');
		expect(system).toContain('Black Country');
		expect(system).toContain('England');
	});
});

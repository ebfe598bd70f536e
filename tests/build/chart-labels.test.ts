/**
 * No two labels of any chart of the site collide: every chart in site.charts
 * (England's and every ICB's), read from the built SVG file, has no text run
 * whose box meets another's, and its y-axis title stands clear of the tick
 * labels. Boxes are computed twice: from the SVG's glyph outlines alone
 * (tests/helpers/svg-text-boxes.ts), and by the renderer from the font's
 * metrics (advance widths, ascent and descent), which is the stricter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartConfig } from '../../src/charts/config.ts';
import { boxesCollide, type TextBox } from '../../src/charts/outlines.ts';
import { drawChart } from '../../src/charts/render.ts';
import { realSite } from '../helpers/real-site.ts';
import { SITE_DIST } from '../helpers/site.ts';
import { svgTextBoxes, type SvgTextBox } from '../helpers/svg-text-boxes.ts';

const specs = [...realSite().charts.values()];

/** The pairs of boxes that come closer than `gap` pixels. */
function collisions<B extends TextBox | SvgTextBox>(boxes: readonly B[], gap: number): [B, B][] {
	const found: [B, B][] = [];
	boxes.forEach((a, i) => {
		for (const b of boxes.slice(i + 1))
			if (boxesCollide({ text: '', ...a }, { text: '', ...b }, gap)) found.push([a, b]);
	});
	return found;
}

describe('chart labels', () => {
	it('covers every chart of the site, England and the ICBs', () => {
		expect(specs.length).toBeGreaterThan(50);
		expect(specs.some((s) => s.id.startsWith('systems/'))).toBe(true);
	});

	describe.each(specs.map((s) => [s.id, s] as const))('%s', (id, spec) => {
		const file = readFileSync(join(SITE_DIST, 'charts', `${id}.svg`), 'utf8');
		const drawn = drawChart(chartConfig(spec), { title: spec.title });

		it('is the file the build wrote', () => {
			expect(file).toBe(drawn.svg);
		});

		it('has no two text runs whose outlines meet, read from the SVG', () => {
			const boxes = svgTextBoxes(file);
			expect(boxes.length).toBeGreaterThan(10);
			expect(boxes.reduce((n, b) => n + b.glyphs, 0)).toBe(file.match(/<use /g)?.length);
			expect(collisions(boxes, 1)).toEqual([]);
		});

		it('has no two text runs closer than 2px, measured with the font the renderer uses', () => {
			expect(drawn.boxes.length).toBeGreaterThan(10);
			const pairs = collisions(drawn.boxes, 2).map(([a, b]) => `"${a.text}" meets "${b.text}"`);
			expect(pairs).toEqual([]);
		});

		it('keeps the y-axis title at least 12px clear of the tick labels', () => {
			// The title is the rotated text at the far left; the tick labels are the numbers beside the axis.
			const title = drawn.boxes.filter((b) => b.bottom - b.top > b.right - b.left && b.right < 40);
			const ticks = drawn.boxes.filter((b) => /^[\d.,%]+$/.test(b.text) && b.left > 24 && b.left < 120);
			expect(title.length).toBeGreaterThan(0);
			expect(ticks.length).toBeGreaterThan(2);
			const gap = Math.min(...ticks.map((t) => t.left)) - Math.max(...title.map((t) => t.right));
			expect(gap).toBeGreaterThanOrEqual(12);
		});
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartConfig } from '../../../src/charts/config.ts';
import { boxesCollide, loadFont, outlineText } from '../../../src/charts/outlines.ts';
import { drawChart, fontPath } from '../../../src/charts/render.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';
import { svgTextBoxes } from '../../helpers/svg-text-boxes.ts';

const font = loadFont(readFileSync(fontPath()));
const svg =
	'<svg width="100" height="50">' +
	'<text fill="#111" font-size="13" font-family="F" x="10, 18.7, " y="20, ">A&amp;</text>' +
	'<text fill="#222" transform="matrix(0 -1 1 0 16 40)" font-size="14" font-family="F" x="0, " y="3.9, ">A</text>' +
	'<text fill="#111" font-size="13" font-family="F" x="" y=""></text>' +
	'</svg>';

describe('outlineText', () => {
	const out = outlineText(svg, font);

	it('replaces every text with uses of glyph outlines defined once per glyph and size', () => {
		expect(out.svg).not.toContain('<text');
		// A and & at 13px, A at 14px, in relative commands between whole tenths of a pixel.
		expect(out.svg.match(/<path id="g\d+" d="m[-\d]+[-\d ]*[lqcz][-\d lqcmz]*"\/>/g)).toHaveLength(3);
		expect(out.svg).toContain(
			'<g fill="#111" transform="translate(0 20) scale(0.1)"><use href="#g1" x="100"/><use href="#g2" x="187"/></g>',
		);
		expect(out.svg).toContain(
			'<g fill="#222" transform="matrix(0 -1 1 0 16 40) translate(0 3.9) scale(0.1)"><use href="#g3" x="0"/></g>',
		);
	});

	it('gives each run its box from the positions and the font metrics, turned by its transform', () => {
		expect(out.boxes.map((b) => b.text)).toEqual(['A&', 'A']);
		const [flat, turned] = out.boxes;
		const em = 13 / font.unitsPerEm;
		expect(flat?.left).toBe(10);
		expect(flat?.right).toBeCloseTo(18.7 + font.glyphForCodePoint(38).advanceWidth * em, 5);
		expect(flat?.top).toBeCloseTo(20 - font.ascent * em, 5);
		expect(flat?.bottom).toBeCloseTo(20 - font.descent * em, 5);
		// Rotated a quarter turn: as tall as the run is long, standing at x = 16 - (3.9 + descent) … 16 + ascent - 3.9.
		expect(turned?.bottom).toBe(40);
		expect(turned && turned.bottom - turned.top).toBeCloseTo(
			font.glyphForCodePoint(65).advanceWidth * (14 / font.unitsPerEm),
			5,
		);
	});

	it('refuses text whose positions do not match its characters', () => {
		expect(() => outlineText('<svg><text fill="#000" font-size="13" x="1, " y="2, ">AB</text></svg>', font)).toThrow(
			/AB/,
		);
	});
});

describe('boxesCollide', () => {
	const a = { text: 'a', left: 0, top: 0, right: 10, bottom: 10 };
	it('finds overlapping boxes, and boxes closer than the gap', () => {
		expect(boxesCollide(a, { ...a, left: 9, right: 20 })).toBe(true);
		expect(boxesCollide(a, { ...a, left: 11, right: 20 })).toBe(false);
		expect(boxesCollide(a, { ...a, left: 11, right: 20 }, 2)).toBe(true);
		expect(boxesCollide(a, { ...a, top: 13, bottom: 20 }, 2)).toBe(false);
	});
});

describe('the fixture site’s charts', () => {
	const specs = [...fixtureSite().charts.values()];

	it('have no two labels that meet, by the font’s metrics and by the SVG’s outlines', () => {
		expect(specs.length).toBeGreaterThan(0);
		for (const spec of specs) {
			const { svg: drawn, boxes } = drawChart(chartConfig(spec), { title: spec.title });
			expect(boxes.length, spec.id).toBeGreaterThan(10);
			const fromSvg = svgTextBoxes(drawn);
			expect(fromSvg, spec.id).toHaveLength(boxes.length);
			boxes.forEach((box, i) => {
				for (const other of boxes.slice(i + 1))
					expect(boxesCollide(box, other, 2), `${spec.id}: "${box.text}" and "${other.text}"`).toBe(false);
				// The outlines lie inside the box the font's metrics give (to the 0.1px the SVG is rounded to).
				const ink = fromSvg[i];
				expect(ink && ink.left >= box.left - 0.2 && ink.right <= box.right + 0.2, `${spec.id}: ${box.text}`).toBe(true);
			});
		}
	});
});

/**
 * Turns the text the SVG canvas writes into outlines of the shipped font's
 * glyphs, so a chart looks the same whatever fonts the reader has: each glyph
 * used is drawn once in <defs> (per font size) and placed with <use> at the
 * position the canvas measured. Also gives every text run's box, from the same
 * positions and the font's metrics, so tests can check that no labels collide.
 * The accessible name stays in the SVG's <title> and aria-label (src/charts/svg.ts).
 */
import { create, type Font, type Glyph } from 'fontkitten';

/** A text run's box on the chart, in SVG pixels (y down). */
export interface TextBox {
	text: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** The SVG with its text as outlines, and the boxes of the text it replaced. */
export interface Outlined {
	svg: string;
	boxes: TextBox[];
}

/** Reads a single TrueType font file. */
export function loadFont(data: Buffer): Font {
	const font = create(data);
	if (font.isCollection) throw new Error('the chart font must be a single font, not a collection');
	return font;
}

/** Numbers of an attribute the canvas writes as a list ("10, 17.2, "). */
function numbers(list: string): number[] {
	return list
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '')
		.map(Number);
}

function decodeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&amp;/g, '&');
}

/** The affine matrix [a b c d e f] of a canvas transform attribute (translate or matrix). */
function matrixOf(transform: string | undefined): number[] {
	if (!transform) return [1, 0, 0, 1, 0, 0];
	const m = /^matrix\(([^)]*)\)$/.exec(transform);
	if (m)
		return (m[1] ?? '')
			.trim()
			.split(/[\s,]+/)
			.map(Number);
	const t = /^translate\(([^)]*)\)$/.exec(transform);
	if (t) {
		const [x = 0, y = 0] = (t[1] ?? '')
			.trim()
			.split(/[\s,]+/)
			.map(Number);
		return [1, 0, 0, 1, x, y];
	}
	throw new Error(`unexpected text transform "${transform}"`);
}

/** The axis-aligned box of a rectangle after a matrix. */
function transformBox(m: number[], x0: number, y0: number, x1: number, y1: number): Omit<TextBox, 'text'> {
	const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
	const xs: number[] = [];
	const ys: number[] = [];
	for (const [x, y] of [
		[x0, y0],
		[x1, y0],
		[x0, y1],
		[x1, y1],
	] as const) {
		xs.push(a * x + c * y + e);
		ys.push(b * x + d * y + f);
	}
	return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Outlines and positions are written in tenths of a pixel, as integers; each run is scaled back by this. */
const UNIT = 10;

/**
 * A glyph's outline as compact path data: relative commands between points
 * rounded to whole units (so rounding never accumulates), y pointing down.
 */
function glyphPath(glyph: Glyph, scale: number): string {
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	const parts: string[] = [];
	const rel = (args: readonly number[]) => {
		const out: number[] = [];
		let px = x;
		let py = y;
		for (let i = 0; i < args.length; i += 2) {
			px = Math.round((args[i] ?? 0) * scale);
			py = Math.round(-(args[i + 1] ?? 0) * scale);
			out.push(px - x, py - y);
		}
		x = px;
		y = py;
		return out.join(' ').replace(/ -/g, '-');
	};
	for (const { command, args } of glyph.path.commands) {
		if (command === 'closePath') {
			parts.push('z');
			x = startX;
			y = startY;
			continue;
		}
		const letter = { moveTo: 'm', lineTo: 'l', quadraticCurveTo: 'q', bezierCurveTo: 'c' }[command];
		parts.push(`${letter}${rel(args)}`);
		if (command === 'moveTo') {
			startX = x;
			startY = y;
		}
	}
	return parts.join('');
}

/** Glyph outlines, one <path> per glyph and size, numbered in order of first use. */
class GlyphDefs {
	private readonly ids = new Map<string, string>();
	private readonly paths: string[] = [];
	private readonly font: Font;
	constructor(font: Font) {
		this.font = font;
	}

	/** The id of the glyph's outline at this size, or undefined when it draws nothing (a space). */
	idOf(glyph: Glyph, size: number): string | undefined {
		const key = `${size}:${glyph.id}`;
		if (!this.ids.has(key)) {
			const d = glyph.path.commands.length === 0 ? '' : glyphPath(glyph, (size * UNIT) / this.font.unitsPerEm);
			const id = d === '' ? '' : `g${this.paths.length + 1}`;
			if (id) this.paths.push(`<path id="${id}" d="${d}"/>`);
			this.ids.set(key, id);
		}
		return this.ids.get(key) || undefined;
	}

	/** The <defs> element, or nothing when no glyph was used. */
	toString(): string {
		return this.paths.length === 0 ? '' : `<defs>${this.paths.join('')}</defs>`;
	}
}

/**
 * Replaces every <text> the canvas wrote (fill, optional transform, font-size,
 * a position per character) with a group of <use>s of the glyphs' outlines.
 */
export function outlineText(svg: string, font: Font): Outlined {
	const defs = new GlyphDefs(font);
	const boxes: TextBox[] = [];
	const body = svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (_m, attrs: string, raw: string) => {
		const text = decodeXml(raw);
		if (text === '') return '';
		const size = Number(attribute(attrs, 'font-size'));
		const xs = numbers(attribute(attrs, 'x') ?? '');
		const y = numbers(attribute(attrs, 'y') ?? '')[0] ?? 0;
		const transform = attribute(attrs, 'transform');
		const fill = attribute(attrs, 'fill') ?? '#000';
		const scale = size / font.unitsPerEm;
		const chars = [...text];
		if (!(size > 0) || xs.length !== chars.length) throw new Error(`cannot outline the chart text "${text}"`);
		const uses: string[] = [];
		let right = xs[0] ?? 0;
		chars.forEach((ch, i) => {
			const glyph = font.glyphForCodePoint(ch.codePointAt(0) ?? 0);
			const x = xs[i] ?? 0;
			right = x + glyph.advanceWidth * scale;
			const id = defs.idOf(glyph, size);
			if (id) uses.push(`<use href="#${id}" x="${Math.round(x * UNIT)}"/>`);
		});
		const matrix = matrixOf(transform);
		boxes.push({
			text,
			...transformBox(matrix, xs[0] ?? 0, y - font.ascent * scale, right, y - font.descent * scale),
		});
		const place = `${transform ? `${transform} ` : ''}translate(0 ${y}) scale(${1 / UNIT})`;
		return `<g fill="${fill}" transform="${place}">${uses.join('')}</g>`;
	});
	return { svg: body.replace(/(<svg\b[^>]*>)/, `$1${defs.toString()}`), boxes };
}

/** Whether two boxes overlap, each grown by `gap` / 2 on every side (so boxes closer than `gap` count). */
export function boxesCollide(a: TextBox, b: TextBox, gap = 0): boolean {
	const h = gap / 2;
	return a.left - h < b.right + h && b.left - h < a.right + h && a.top - h < b.bottom + h && b.top - h < a.bottom + h;
}

/**
 * The boxes of a chart SVG's text runs, read from the SVG alone: the renderer
 * (src/charts/outlines.ts) draws each run as a <g fill transform> of <use>s of
 * glyph outlines in <defs>; a run's box is the union of its glyphs' outline
 * boxes (control points included), placed by the group's transform.
 */

/** A run of glyphs' box in SVG pixels, with how many glyphs it has. */
export interface SvgTextBox {
	glyphs: number;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

type Box = Omit<SvgTextBox, 'glyphs'>;

/** The box of every point of a path's data, control points included (the renderer writes relative m, l, q, c and z only). */
function pathBox(d: string): Box {
	const xs: number[] = [];
	const ys: number[] = [];
	let x = 0;
	let y = 0;
	let start = [0, 0];
	for (const [, letter, args] of d.matchAll(/([a-zA-Z])([^a-zA-Z]*)/g)) {
		if (letter === 'z') {
			[x = 0, y = 0] = start;
			continue;
		}
		if (!letter || !'mlqc'.includes(letter)) throw new Error(`unexpected path command ${letter ?? ''} in a glyph`);
		const n = (args?.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
		const pairs = n.length / 2;
		let end = [x, y];
		for (let i = 0; i < pairs; i++) {
			const px = x + (n[2 * i] ?? 0);
			const py = y + (n[2 * i + 1] ?? 0);
			xs.push(px);
			ys.push(py);
			end = [px, py];
		}
		[x = 0, y = 0] = end;
		if (letter === 'm') start = [x, y];
	}
	return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** The matrix of a transform list of translate(...), scale(...) and matrix(...), composed as SVG does (the first is outermost). */
function matrixOf(transform: string): number[] {
	let m = [1, 0, 0, 1, 0, 0];
	for (const [, kind, args] of transform.matchAll(/(matrix|translate|scale)\(([^)]*)\)/g)) {
		const v = (args ?? '')
			.trim()
			.split(/[\s,]+/)
			.map(Number);
		const s = v[0] ?? 1;
		const t =
			kind === 'matrix' ? v : kind === 'scale' ? [s, 0, 0, v[1] ?? s, 0, 0] : [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0];
		const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
		const [A = 1, B = 0, C = 0, D = 1, E = 0, F = 0] = t;
		m = [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
	}
	return m;
}

function transformed(m: number[], box: Box): Box {
	const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
	const corners = [
		[box.left, box.top],
		[box.right, box.top],
		[box.left, box.bottom],
		[box.right, box.bottom],
	] as const;
	const xs = corners.map(([x, y]) => a * x + c * y + e);
	const ys = corners.map(([x, y]) => b * x + d * y + f);
	return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** Every text run's box in a chart SVG the renderer wrote. */
export function svgTextBoxes(svg: string): SvgTextBox[] {
	const glyphs = new Map<string, Box>();
	for (const [, id, d] of svg.matchAll(/<path id="([^"]+)" d="([^"]*)"\/>/g)) glyphs.set(id ?? '', pathBox(d ?? ''));
	const runs: SvgTextBox[] = [];
	for (const [, transform, body] of svg.matchAll(/<g fill="[^"]*" transform="([^"]*)">((?:<use [^>]*\/>)+)<\/g>/g)) {
		const uses = [...(body ?? '').matchAll(/<use href="#([^"]+)" x="([^"]+)"\/>/g)];
		const boxes = uses.map(([, id, x]) => {
			const g = glyphs.get(id ?? '');
			if (!g) throw new Error(`<use> of a glyph not in <defs>: ${id ?? ''}`);
			const dx = Number(x);
			return { left: g.left + dx, top: g.top, right: g.right + dx, bottom: g.bottom };
		});
		const union: Box = {
			left: Math.min(...boxes.map((b) => b.left)),
			top: Math.min(...boxes.map((b) => b.top)),
			right: Math.max(...boxes.map((b) => b.right)),
			bottom: Math.max(...boxes.map((b) => b.bottom)),
		};
		runs.push({ glyphs: uses.length, ...transformed(matrixOf(transform ?? ''), union) });
	}
	return runs;
}

/**
 * Tidies the SVG that @napi-rs/canvas writes, so it is small, scales with
 * the page and says what it is. Pure string work, the same every time.
 */

/** The fonts the SVG asks the browser for: Arial first (the shipped font has its metrics). */
export const SVG_FONT_STACK = 'Arial, Liberation Sans, Arimo, Helvetica, sans-serif';

export interface TidyOptions {
	width: number;
	height: number;
	/** The chart's text alternative: a <title> and the accessible name. */
	title: string;
	/** The font family name the canvas wrote, replaced with {@link SVG_FONT_STACK}. */
	fontFamily: string;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds a decimal number to one place and drops a trailing ".0": "97.372299" → "97.4", "0.10196" → "0.1". */
function roundNumber(text: string): string {
	const n = Math.round(Number(text) * 10) / 10;
	return Object.is(n, -0) ? '0' : String(n);
}

/**
 * - rounds every decimal number inside tags to 0.1 (a tenth of a pixel is
 *   invisible; text between tags is left alone);
 * - removes empty <text> elements (the canvas writes one per space);
 * - renumbers clip paths from 1 in each file (the canvas numbers them across
 *   every chart drawn in the process, which would make a chart's bytes depend
 *   on what was drawn before it);
 * - replaces the registered font's name with a font stack browsers have (on the root only when text
 *   is left as text: the renderer draws it as outlines, src/charts/outlines.ts);
 * - adds a viewBox (so the image scales), role="img", aria-label and <title>.
 */
export function tidySvg(svg: string, options: TidyOptions): string {
	let out = svg.replace(/<\?xml[^>]*\?>\s*/, '');
	out = out.replace(/<text\b[^>]*><\/text>/g, '');
	const clips = new Map<string, string>();
	out = out.replace(/\bcl_[0-9a-z]+\b/g, (id) => {
		if (!clips.has(id)) clips.set(id, `clip-${clips.size + 1}`);
		return clips.get(id) as string;
	});
	out = out.replace(/<[^>]+>/g, (tag) => tag.replace(/-?\d+\.\d+/g, roundNumber));
	// One font stack on the root instead of the registered font's name on every <text>.
	out = out.split(` font-family="${options.fontFamily}"`).join('');
	// The canvas places every glyph (x="10, 17.2, 24.4, "); the browser's Arial has the
	// same metrics as the shipped font, so the first position is enough.
	out = out.replace(/<text\b[^>]*>/g, (tag) =>
		tag.replace(/ (x|y)="([^",]*)(?:,[^"]*)?"/g, (_m, axis: string, first: string) => ` ${axis}="${first.trim()}"`),
	);
	const title = escapeXml(options.title);
	// The font stack only where text is left as text (the renderer draws it as outlines).
	const fonts = out.includes('<text') ? ` font-family="${SVG_FONT_STACK}"` : '';
	out = out.replace(
		/<svg\b([^>]*)>/,
		(_m, attrs: string) =>
			`<svg${attrs} viewBox="0 0 ${options.width} ${options.height}"${fonts} role="img" aria-label="${title}"><title>${title}</title>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>\n${out.trimEnd()}\n`;
}

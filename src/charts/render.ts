/**
 * Draws a chart configuration with chart.js onto @napi-rs/canvas's SVG
 * canvas, at build time, and returns the SVG text. Animation and
 * responsiveness are off, and every label is measured with the font shipped
 * in src/charts/fonts/, so the same configuration always gives the same bytes.
 * The text is then drawn as outlines of that font (src/charts/outlines.ts), so
 * it reads the same whatever fonts the reader has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import { cachedChart, chartKey } from './cache.ts';
import type { ChartSpec } from '../lib/model/charts.ts';
import { CHART_FONT_FAMILY, CHART_HEIGHT, chartConfig, CHART_WIDTH, type PortalChartConfiguration } from './config.ts';
import { outlineText, loadFont, type Outlined } from './outlines.ts';
import { portalPlugin } from './plugins.ts';
import { tidySvg } from './svg.ts';

const FONT_FILE = 'LiberationSans-Regular.ttf';
/** The family name inside the font file, which the canvas writes into the SVG. */
const FONT_NAME = 'Liberation Sans';

/**
 * The font file: beside this module when run from source, or under the
 * project's src/charts/fonts/ when this module has been bundled by the build.
 */
export function fontPath(): string {
	const candidates = [
		fileURLToPath(new URL(`./fonts/${FONT_FILE}`, import.meta.url)),
		join(process.cwd(), 'src', 'charts', 'fonts', FONT_FILE),
	];
	const found = candidates.find((p) => existsSync(p));
	if (!found) throw new Error(`chart font not found; looked in ${candidates.join(' and ')}`);
	return found;
}

let ready = false;
let font: ReturnType<typeof loadFont> | undefined;

/** Registers the shipped font and chart.js's parts, once per process. */
function setup(): ReturnType<typeof loadFont> {
	if (ready && font) return font;
	font = loadFont(readFileSync(fontPath()));
	const key = GlobalFonts.registerFromPath(fontPath(), CHART_FONT_FAMILY);
	if (!key) throw new Error(`could not register the chart font ${fontPath()}`);
	Chart.register(...registerables, portalPlugin);
	ready = true;
	return font;
}

export interface RenderOptions {
	/** The text alternative, written as the SVG's <title> and accessible name. */
	title: string;
	width?: number;
	height?: number;
}

/**
 * One chart as SVG text: from the chart cache (src/charts/cache.ts) when the
 * same configuration, options and renderer drew it before, else drawn now.
 */
export function renderChartSvg(config: PortalChartConfiguration, options: RenderOptions): string {
	return cachedChart(chartKey(config, options, fontPath()), () => drawChartSvg(config, options));
}

/** The SVG of one chart spec, as /charts/… serves it: its configuration drawn (or taken from the cache), titled. */
export function renderSpecSvg(spec: ChartSpec): string {
	return renderChartSvg(chartConfig(spec), { title: spec.title });
}

/** Draws one chart to SVG text. */
export function drawChartSvg(config: PortalChartConfiguration, options: RenderOptions): string {
	return drawChart(config, options).svg;
}

/**
 * Draws one chart: its SVG, with the text as outlines of the shipped font
 * (src/charts/outlines.ts), and the box of every text run it drew.
 */
export function drawChart(config: PortalChartConfiguration, options: RenderOptions): Outlined {
	const shipped = setup();
	const width = options.width ?? CHART_WIDTH;
	const height = options.height ?? CHART_HEIGHT;
	const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML);
	const ctx = canvas.getContext('2d');
	// chart.js only needs the 2D context API, which @napi-rs/canvas implements.
	// With animation off, the constructor draws the chart once, synchronously.
	const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, structuredClone(config));
	const svg = canvas.getContent().toString('utf8');
	chart.destroy();
	const outlined = outlineText(svg, shipped);
	return {
		svg: tidySvg(outlined.svg, { width, height, title: options.title, fontFamily: FONT_NAME }),
		boxes: outlined.boxes,
	};
}

/**
 * The chart.js plugin that draws what chart.js has no element for: the goal
 * band, the deadline line and the change-of-definition marker. It reads its
 * settings from `options.plugins.portal` (see PortalChartOptions in config.ts),
 * on every kind of chart the portal draws (PortalChartType).
 */
import type { Chart, Plugin } from 'chart.js';
import { CHART_COLOURS, CHART_FONT_FAMILY, type PortalChartOptions, type PortalChartType } from './config.ts';

const LABEL_FONT = `13px ${CHART_FONT_FAMILY}`;
/** Rows of the labels of vertical lines: the first baseline below the plot's top, and the step between rows. */
const ROW_TOP = 15;
const ROW_STEP = 18;

/** A label's box on the canvas (with its white margin). */
interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The box of a 13px label drawn left-aligned at (x, baseline), with its white margin. */
function labelBox(x: number, baseline: number, width: number): Box {
	return { left: x - 2, top: baseline - 13, right: x + width + 2, bottom: baseline + 4 };
}

/**
 * The first row, from the top of the plot, where a label's box meets no box
 * already placed: labels are stacked, never drawn over each other.
 */
export function freeRow(placed: readonly Box[], x: number, width: number, top: number): number {
	for (let row = 0; ; row++) {
		const box = labelBox(x, top + ROW_TOP + row * ROW_STEP, width);
		if (!placed.some((p) => overlaps(p, box))) return row;
	}
}

/**
 * Strokes a dashed line as separate segments. (The SVG canvas would turn a
 * canvas line dash into filled outlines of every dash, several times larger.)
 */
function dashedLine(
	ctx: CanvasRenderingContext2D,
	x1: number,
	y1: number,
	x2: number,
	y2: number,
	on: number,
	off: number,
): void {
	const length = Math.hypot(x2 - x1, y2 - y1);
	const dx = (x2 - x1) / length;
	const dy = (y2 - y1) / length;
	ctx.beginPath();
	for (let d = 0; d < length; d += on + off) {
		const end = Math.min(d + on, length);
		ctx.moveTo(x1 + dx * d, y1 + dy * d);
		ctx.lineTo(x1 + dx * end, y1 + dy * end);
	}
	ctx.stroke();
}

/** The plugin, registered once by the renderer (src/charts/render.ts). */
export const portalPlugin: Plugin<PortalChartType, PortalChartOptions> = {
	id: 'portal',
	defaults: { breaks: [] },
	beforeDatasetsDraw(chart: Chart<PortalChartType>, _args, options: PortalChartOptions) {
		const { ctx, chartArea: area, scales } = chart;
		const x = scales['x'];
		const y = scales['y'];
		if (!x || !y) return;
		ctx.save();
		ctx.font = LABEL_FONT;
		ctx.textBaseline = 'alphabetic';

		// Every label's box, so that each label placed later goes where it meets none;
		// all are drawn last, on a white box, so that no line crosses them.
		const placed: Box[] = [];
		const texts: { text: string; x: number; y: number; width: number; colour: string }[] = [];
		const place = (text: string, x: number, y: number, width: number, colour: string) => {
			placed.push(labelBox(x, y, width));
			texts.push({ text, x, y, width, colour });
		};

		// Goal: a shaded band between solid lines (or one line), labelled above.
		const goal = options.goal;
		if (goal) {
			const low = y.getPixelForValue(goal.min);
			const high = goal.max === undefined ? low : y.getPixelForValue(goal.max);
			if (high !== low) {
				ctx.fillStyle = CHART_COLOURS.goalFill;
				ctx.fillRect(area.left, high, area.right - area.left, low - high);
			}
			ctx.strokeStyle = CHART_COLOURS.goal;
			ctx.lineWidth = 2;
			ctx.beginPath();
			for (const py of high === low ? [low] : [low, high]) {
				ctx.moveTo(area.left, py);
				ctx.lineTo(area.right, py);
			}
			ctx.stroke();
			const width = ctx.measureText(goal.label).width;
			place(goal.label, area.right - 6 - width, high - 6, width, CHART_COLOURS.goal);
		}

		// Labels of vertical lines go inside the top of the plot, in the first row free.
		const labels: { text: string; px: number; colour: string }[] = [];
		const label = (text: string, px: number, colour: string) => labels.push({ text, px, colour });

		const deadline = options.deadline;
		if (deadline) {
			const px = x.getPixelForValue(deadline.index);
			ctx.strokeStyle = CHART_COLOURS.deadline;
			ctx.lineWidth = 2;
			dashedLine(ctx, px, area.top, px, area.bottom, 10, 6);
			label(deadline.label, px, CHART_COLOURS.deadline);
		}

		for (const b of options.breaks) {
			const px = (x.getPixelForValue(b.index - 1) + x.getPixelForValue(b.index)) / 2;
			ctx.strokeStyle = CHART_COLOURS.secondary;
			ctx.lineWidth = 1.5;
			dashedLine(ctx, px, area.top, px, area.bottom, 3, 5);
			label(b.label, px, CHART_COLOURS.secondary);
		}

		for (const { text, px, colour } of labels) {
			const width = ctx.measureText(text).width;
			const left = px + width + 8 > area.right;
			const tx = left ? px - 5 - width : px + 5;
			place(text, tx, area.top + ROW_TOP + freeRow(placed, tx, width, area.top) * ROW_STEP, width, colour);
		}

		ctx.textAlign = 'left';
		for (const { text, x: tx, y: ty, width, colour } of texts) {
			ctx.fillStyle = CHART_COLOURS.background;
			ctx.fillRect(tx - 2, ty - 13, width + 4, 17);
			ctx.fillStyle = colour;
			ctx.fillText(text, tx, ty);
		}
		ctx.restore();
	},
};

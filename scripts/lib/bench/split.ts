/**
 * The fixed cost of a build and its cost per page (issue 20), for the
 * baseline and the portal: each built at two corpus sizes in the same run
 * (`--fit M` builds both again at M pages), the line through the two points
 * gives seconds per page (its slope) and fixed seconds (where it meets zero
 * pages), in wall time and in CPU time. Pure: the builds are made by
 * runSplitBuilds (measure.ts).
 */
import type { BuildFigures, SplitBuilds } from './figures.ts';
import { seconds } from './units.ts';

export type { SplitBuilds };

/** A build's cost as the split reads it: its guidance pages, wall seconds and CPU seconds. */
export interface SplitPoint {
	pages: number;
	seconds: number;
	cpuSeconds?: number | undefined;
}

/** Fixed seconds and seconds per page, wall and (where both builds measured it) CPU. */
export interface CostSplit {
	fixed: number;
	perPage: number;
	fixedCpu?: number;
	perPageCpu?: number;
}

/** The line through two builds of different sizes: slope per page and intercept at zero pages. */
export function costSplit(a: SplitPoint, b: SplitPoint): CostSplit {
	if (a.pages === b.pages) throw new Error(`the split needs two corpus sizes (both builds have ${a.pages} pages)`);
	const line = (ya: number, yb: number) => {
		const perPage = (yb - ya) / (b.pages - a.pages);
		return { perPage, fixed: ya - perPage * a.pages };
	};
	const wall = line(a.seconds, b.seconds);
	const split: CostSplit = { fixed: wall.fixed, perPage: wall.perPage };
	if (a.cpuSeconds !== undefined && b.cpuSeconds !== undefined) {
		const cpu = line(a.cpuSeconds, b.cpuSeconds);
		split.fixedCpu = cpu.fixed;
		split.perPageCpu = cpu.perPage;
	}
	return split;
}

const ms = (s: number) => `${(s * 1000).toFixed(2)} ms`;
const ratio = (a: number | undefined, b: number | undefined) =>
	a === undefined || b === undefined || b === 0 ? '?' : `${(a / b).toFixed(2)}×`;

/**
 * The split as the report prints it: one row each for the baseline and the
 * portal (fixed and per page, wall and CPU), and the portal's ratio to the
 * baseline; '' when the run has no split.
 */
export function splitSection(
	small: SplitBuilds | undefined,
	big: { pages: number; baseline?: BuildFigures | undefined; portal?: BuildFigures | undefined },
): string {
	if (!small) return '';
	const point = (pages: number, b: BuildFigures): SplitPoint => ({
		pages,
		seconds: b.seconds,
		cpuSeconds: b.cpuSeconds,
	});
	const of = (s?: BuildFigures, l?: BuildFigures) =>
		s && l ? costSplit(point(small.pages, s), point(big.pages, l)) : undefined;
	const baseline = of(small.baseline, big.baseline);
	const portal = of(small.portal, big.portal);
	const row = (name: string, c: CostSplit | undefined) =>
		c
			? `| ${name} | ${seconds(c.fixed)} | ${ms(c.perPage)} | ${c.fixedCpu === undefined ? '?' : seconds(c.fixedCpu)} | ${c.perPageCpu === undefined ? '?' : ms(c.perPageCpu)} |`
			: `| ${name} | not built | | | |`;
	return `
### Fixed cost and cost per page (${small.pages.toLocaleString('en-GB')} and ${big.pages.toLocaleString('en-GB')} pages, one run)

Each site was built cold at both sizes; the line through the two builds gives the cost per page (its slope) and the fixed cost (where it meets zero pages). CPU time is user + system of the build and every process it waited for (GNU time), the figure a shared machine disturbs least.

| site | fixed (wall) | per page (wall) | fixed (CPU) | per page (CPU) |
| --- | ---: | ---: | ---: | ---: |
${row('baseline', baseline)}
${row('portal', portal)}
| portal / baseline | ${ratio(portal?.fixed, baseline?.fixed)} | ${ratio(portal?.perPage, baseline?.perPage)} | ${ratio(portal?.fixedCpu, baseline?.fixedCpu)} | ${ratio(portal?.perPageCpu, baseline?.perPageCpu)} |
`;
}

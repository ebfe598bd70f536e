/**
 * /charts/<id>.svg: every chart of England's figures, drawn once per build
 * with chart.js on the SVG canvas (src/charts/render.ts). Pages show it with
 * <img>, so the SVG needs no inline styles and works under a strict
 * Content-Security-Policy. It writes the chart spec the Site holds
 * (src/lib/pages/downloads.ts, chartImage).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartConfig } from '../../charts/config.ts';
import { renderChartSvg } from '../../charts/render.ts';
import { chartImage } from '../../lib/pages/downloads.ts';
import { PAGES } from '../../lib/pages/registry.ts';
import { getSite } from '../../queries.ts';

export const getStaticPaths = (async () => PAGES.chart.paths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const chart = chartImage(await getSite(), props.id);
	return new Response(renderChartSvg(chartConfig(chart), { title: chart.title }), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
	});
};

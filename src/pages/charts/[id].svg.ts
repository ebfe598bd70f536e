/**
 * /charts/<id>.svg: every chart, drawn once per build with chart.js on the
 * SVG canvas (src/charts/render.ts). Pages show it with <img>, so the SVG
 * needs no inline styles and works under a strict Content-Security-Policy.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChartConfig } from '../../charts/config.ts';
import { renderChartSvg } from '../../charts/render.ts';
import { getChartsById } from '../../queries.ts';

export const getStaticPaths = (async () => {
	const charts = await getChartsById();
	return [...charts.values()].map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { chart } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const svg = renderChartSvg(buildChartConfig({ dataset: chart.dataset, target: chart.target }), { title: `${chart.caption}. ${chart.summary}` });
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};

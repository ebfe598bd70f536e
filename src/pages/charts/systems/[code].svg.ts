/** /charts/systems/<code>.svg: an ICB's beds per 100,000 against England's and the ambition, the chart spec the Site holds (src/lib/pages/downloads.ts, systemChartImage), drawn at build time (src/charts/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartConfig } from '../../../charts/config.ts';
import { renderChartSvg } from '../../../charts/render.ts';
import { systemChartImage } from '../../../lib/pages/downloads.ts';
import { PAGES } from '../../../lib/pages/registry.ts';
import { getSite } from '../../../queries.ts';

export const getStaticPaths = (async () => PAGES.systemChart.paths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const chart = systemChartImage(await getSite(), params.code as string);
	return new Response(renderChartSvg(chartConfig(chart), { title: chart.title }), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
	});
};

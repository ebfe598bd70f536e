/** /charts/systems/<code>.svg: a system's beds per 100,000 against England's and the ambition, drawn at build time (src/charts/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChartSvg } from '../../../charts/render.ts';
import { systemChartConfig } from '../../../lib/pages/system.ts';
import { PAGES } from '../../../lib/pages/registry.ts';
import { getSite } from '../../../queries.ts';

export const getStaticPaths = (async () => PAGES.systemChart.paths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { config, title } = systemChartConfig(await getSite(), params.code as string);
	return new Response(renderChartSvg(config, { title }), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
	});
};

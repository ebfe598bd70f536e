/**
 * /charts/<id>.svg: every chart of England's figures, drawn once per build
 * with chart.js on the SVG canvas (src/charts/render.ts). Pages show it with
 * <img>, so the SVG needs no inline styles and works under a strict
 * Content-Security-Policy. It writes the chart spec the Site holds
 * (src/lib/pages/downloads.ts, chartImage).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartSvg, drawAhead } from '../../charts/ahead.ts';
import { chartImage } from '../../lib/pages/downloads.ts';
import { PAGES } from '../../lib/pages/registry.ts';
import { getSite } from '../../queries.ts';

export const getStaticPaths = (async () => {
	const site = await getSite();
	// Every chart is drawn on the second core while the pages render (src/charts/ahead.ts); not under astro dev.
	if (import.meta.env.PROD) drawAhead(site.charts.values());
	return PAGES.chart.paths(site);
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const chart = chartImage(await getSite(), props.id);
	return new Response(await chartSvg(chart), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
	});
};

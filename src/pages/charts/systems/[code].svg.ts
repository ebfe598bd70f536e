/** /charts/systems/<code>.svg: an ICB's beds per 100,000 against England's and the ambition, the chart spec the Site holds (src/lib/pages/downloads.ts, systemChartImage), drawn at build time (src/charts/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvg, drawAhead } from '../../../charts/ahead.ts';
import { systemChartImage } from '../../../lib/pages/downloads.ts';
import { PAGES } from '../../../lib/pages/registry.ts';
import { getSite } from '../../../queries.ts';

export const getStaticPaths = (async () => {
	const site = await getSite();
	// Every chart is drawn on the second core while the pages render (src/charts/ahead.ts); not under astro dev.
	if (import.meta.env.PROD) drawAhead(site.charts.values());
	return PAGES.systemChart.paths(site);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const chart = systemChartImage(await getSite(), params.code as string);
	return new Response(await chartSvg(chart), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
	});
};

/** /systems/<code>.csv: a system's figures, month by month (src/lib/pages/system.ts, systemCsv). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { systemCsv } from '../../lib/pages/system.ts';
import { PAGES } from '../../lib/pages/registry.ts';
import { getSite } from '../../queries.ts';

export const getStaticPaths = (async () => PAGES.systemCsv.paths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(systemCsv(await getSite(), params.code as string), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});

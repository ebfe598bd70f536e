/** /systems/<code>.csv: a system's figures, month by month (src/lib/pages/downloads.ts, systemCsvFile). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { systemCsvFile } from '../../lib/pages/downloads.ts';
import { PAGES } from '../../lib/pages/registry.ts';
import { getSite } from '../../queries.ts';

export const getStaticPaths = (async () => PAGES.systemCsv.paths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(systemCsvFile(await getSite(), params.code as string), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});

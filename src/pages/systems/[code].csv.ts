/** /systems/<code>.csv: a system's figures, month by month (src/lib/pages/downloads.ts, systemCsvFile). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { systemCsvFile } from '../../lib/pages/downloads.ts';
import { systemCodes } from '../../lib/pages/system.ts';
import { getSite } from '../../queries.ts';

export const getStaticPaths = (async () =>
	systemCodes(await getSite()).map((code) => ({ params: { code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(systemCsvFile(await getSite(), params.code as string), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});

/** /systems/<code>.json: a system's figures with their definitions and sources (src/lib/pages/downloads.ts, systemJsonFile). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { systemJsonFile } from '../../lib/pages/downloads.ts';
import { PAGES } from '../../lib/pages/registry.ts';
import { getSite } from '../../queries.ts';

export const getStaticPaths = (async () => PAGES.systemJson.paths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(systemJsonFile(await getSite(), params.code as string), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});

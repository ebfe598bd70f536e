/** /data/<id>.json: a dataset with its definition, provenance and figures (src/lib/pages/downloads.ts, datasetJsonFile). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { datasetJsonFile } from '../../lib/pages/downloads.ts';
import { PAGES } from '../../lib/pages/registry.ts';
import { getSite } from '../../queries.ts';

export const getStaticPaths = (async () => PAGES.datasetJson.paths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
	new Response(datasetJsonFile(await getSite(), props.id), { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** /data/<id>.json: a dataset with its definition, provenance and figures (src/lib/model/datasets.ts, datasetJson). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJson } from '../../lib/model/datasets.ts';
import { datasetPaths, getSourcesById } from '../../queries.ts';

export const getStaticPaths = datasetPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { dataset } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	return new Response(datasetJson(dataset, await getSourcesById()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

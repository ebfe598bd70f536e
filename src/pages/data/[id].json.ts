/** /data/<id>.json: a dataset with its definition, provenance and figures (src/lib/datasets.ts, datasetJson). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJson } from '../../lib/datasets.ts';
import { getDatasetsById, getSourcesById } from '../../queries.ts';

export const getStaticPaths = (async () => {
	const datasets = await getDatasetsById();
	return [...datasets.values()].map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { dataset } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	return new Response(datasetJson(dataset, await getSourcesById()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

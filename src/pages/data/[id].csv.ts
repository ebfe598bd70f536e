/** /data/<id>.csv: a dataset as RFC 4180 CSV (src/lib/model/datasets.ts, datasetCsv). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../lib/model/datasets.ts';
import { datasetPaths, getSourcesById, getSystemsById } from '../../queries.ts';

export const getStaticPaths = datasetPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { dataset } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const csv = datasetCsv(dataset, await getSystemsById(), await getSourcesById());
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

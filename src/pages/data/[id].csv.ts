/** /data/<id>.csv: a dataset as RFC 4180 CSV (src/lib/pages/downloads.ts, datasetCsvFile). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { datasetCsvFile } from '../../lib/pages/downloads.ts';
import { PAGES } from '../../lib/pages/registry.ts';
import { getSite } from '../../queries.ts';

export const getStaticPaths = (async () => PAGES.datasetCsv.paths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
	new Response(datasetCsvFile(await getSite(), props.id), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

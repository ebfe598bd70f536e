/**
 * The files the build writes besides pages: a dataset as CSV
 * (/data/<id>.csv) and as JSON (/data/<id>.json), and what a chart image
 * (/charts/<id>.svg) draws. The endpoints in src/pages only serialise these.
 */
import type { ChartInput } from '../../charts/config.ts';
import { datasetCsv, datasetJson } from '../model/dataset-files.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Site } from './site.ts';

function datasetOf(site: Site, id: string): Dataset {
	const dataset = site.datasets.get(id);
	if (!dataset) throw new Error(`no dataset "${id}" (the content check should have caught this)`);
	return dataset;
}

/** /data/<id>.csv: the dataset as RFC 4180 CSV. */
export function datasetCsvFile(site: Site, id: string): string {
	return datasetCsv(datasetOf(site, id), site.systems, site.sources);
}

/** /data/<id>.json: the dataset with its definition, provenance and figures. */
export function datasetJsonFile(site: Site, id: string): string {
	return datasetJson(datasetOf(site, id), site.sources);
}

/** What /charts/<id>.svg draws: the chart's data and its title (caption and summary, the SVG's text alternative). */
export interface ChartImage {
	/** The dataset and the target (if any) the chart draws. */
	input: ChartInput;
	/** The SVG's <title>. */
	title: string;
}

/** The chart image of a target or a dataset. */
export function chartImage(site: Site, id: string): ChartImage {
	const chart = site.charts.get(id);
	if (!chart) throw new Error(`no chart "${id}"`);
	return { input: { dataset: chart.dataset, target: chart.target }, title: `${chart.caption}. ${chart.summary}` };
}

/**
 * The files the build writes besides pages: a dataset as CSV
 * (/data/<id>.csv) and as JSON (/data/<id>.json), an ICB's figures as CSV and
 * JSON (/systems/<code>.csv, .json), and the spec of each chart image
 * (/charts/<id>.svg, /charts/systems/<code>.svg). The endpoints in src/pages
 * only serialise these.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { datasetCsv, datasetJson } from '../model/dataset-files.ts';
import { systemChartId, type ChartSpec } from '../model/charts.ts';
import { systemCsv, systemJson } from '../model/system-files.ts';
import type { SystemFigures, SystemsData } from '../model/systems.ts';
import { systemHref } from '../routes.ts';
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

/** The figures of the ICB with this ODS code (any case), with the data they belong to; throws if there is none. */
export function systemOf(site: Site, code: string): { data: SystemsData; s: SystemFigures } {
	const data = site.systemsData;
	const s = data?.systems.get(code.toUpperCase());
	if (!data || !s) throw new Error(`no ICB "${code}" in data/systems.json`);
	return { data, s };
}

/** /systems/<code>.csv: an ICB's figures, one row per month. */
export function systemCsvFile(site: Site, code: string): string {
	const { data, s } = systemOf(site, code);
	return systemCsv(s, data, site.sources);
}

/** /systems/<code>.json: an ICB's figures with their definitions, sources and licence. */
export function systemJsonFile(site: Site, code: string): string {
	const { data, s } = systemOf(site, code);
	return systemJson(s, data, site.sources, systemHref(s.system.id));
}

/** What /charts/<id>.svg draws: the chart's spec (its kind, data and title), from the Site's charts. */
export function chartImage(site: Site, id: string): ChartSpec {
	const chart = site.charts.get(id);
	if (!chart) throw new Error(`no chart "${id}"`);
	return chart;
}

/** What /charts/systems/<code>.svg draws: the ICB's chart spec. */
export function systemChartImage(site: Site, code: string): ChartSpec {
	return chartImage(site, systemChartId(code));
}

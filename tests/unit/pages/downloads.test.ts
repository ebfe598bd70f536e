/** The files the build writes besides pages (src/lib/pages/downloads.ts): datasets' and ICBs' CSV and JSON, and chart images' specs. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/format/csv.ts';
import { CSV_HEADER } from '../../../src/lib/model/dataset-files.ts';
import { SYSTEM_CSV_HEADER } from '../../../src/lib/model/system-files.ts';
import {
	chartImage,
	datasetCsvFile,
	datasetJsonFile,
	systemChartImage,
	systemCsvFile,
	systemJsonFile,
	systemOf,
} from '../../../src/lib/pages/downloads.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();

describe('datasets', () => {
	it('writes a dataset as CSV and JSON', () => {
		expect(datasetCsvFile(site, 'vw-capacity').split('\r\n')[0]).toBe(CSV_HEADER.join(','));
		expect((JSON.parse(datasetJsonFile(site, 'vw-capacity')) as { id: string }).id).toBe('vw-capacity');
		expect(() => datasetCsvFile(site, 'nope')).toThrow('no dataset "nope"');
	});
});

describe('ICBs', () => {
	it("writes an ICB's months as CSV and JSON, its page's address in the JSON", () => {
		const rows = parseCsv(systemCsvFile(site, 'qua'));
		expect(rows[0]).toEqual([...SYSTEM_CSV_HEADER]);
		expect(rows).toHaveLength(14);
		const json = JSON.parse(systemJsonFile(site, 'QUA')) as { page: string; icb: { code: string } };
		expect(json).toMatchObject({ page: '/systems/qua/', icb: { code: 'QUA' } });
		expect(() => systemOf(site, 'qzz')).toThrow('no ICB "qzz" in data/systems.json');
		expect(() => systemOf({ ...site, systemsData: undefined }, 'qua')).toThrow('no ICB "qua"');
	});
});

describe('chart images', () => {
	it("gives a chart image the Site's spec: its kind, data and title (caption and summary)", () => {
		const image = chartImage(site, 'vw-40-50-per-100k');
		expect(image).toBe(site.charts.get('vw-40-50-per-100k'));
		expect(image.kind).toBe('target');
		if (image.kind !== 'target') throw new Error('not a target chart');
		expect(image.target.id).toBe('vw-40-50-per-100k');
		expect(image.title).toBe(`${image.caption}. ${image.summary}`);
		expect(() => chartImage(site, 'nope')).toThrow('no chart "nope"');
	});

	it("gives an ICB's chart image its spec, by ODS code in any case", () => {
		const image = systemChartImage(site, 'QUA');
		expect(image).toMatchObject({ kind: 'system', id: 'systems/qua' });
		expect(image.title).toMatch(/^Virtual ward beds per 100,000, Black Country and England, .+\. Line chart of /);
	});
});

/** The downloads and chart images (src/lib/pages/downloads.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../../src/lib/model/dataset-files.ts';
import { chartImage, datasetCsvFile, datasetJsonFile } from '../../../src/lib/pages/downloads.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('downloads and chart images', () => {
	it('writes a dataset as CSV and JSON', () => {
		const csv = datasetCsvFile(site, 'vw-capacity').split('\r\n');
		expect(csv[0]).toBe(CSV_HEADER.join(','));
		expect(csv.slice(1, 3)).toMatchInlineSnapshot(`
			[
			  "vw-capacity,2023-09,E92000001,England,10500,beds,,,false,NHS England: Test virtual ward statistics,https://example.org/ward-stats,",
			  "vw-capacity,2023-12,E92000001,England,11000,beds,,,false,NHS England: Test virtual ward statistics,https://example.org/ward-stats,",
			]
		`);
		expect((JSON.parse(datasetJsonFile(site, 'vw-capacity')) as { id: string }).id).toBe('vw-capacity');
		expect(() => datasetCsvFile(site, 'nope')).toThrow('no dataset "nope"');
	});

	it('gives a chart image its data and its title (caption and summary)', () => {
		const image = chartImage(site, 'vw-rate-goal');
		expect(image.input.target?.id).toBe('vw-rate-goal');
		expect(image.title).toMatchInlineSnapshot(
			`"40 to 50 virtual ward beds per 100,000 people: Virtual ward beds per 100,000 population, England, September 2023 to June 2024, with the ambition and its deadline. 11,000 beds, 22.0 per 100,000 adults aged 16 and over registered with a GP in December 2023: below the 40-50 ambition; the deadline was missed."`,
		);
	});
});

/** The figure around a chart: caption, summary, image, table, sources and downloads (src/lib/pages/chart-figure.ts), on the fixture site. */
import { describe, expect, it } from 'vitest';
import { chartFigureById } from '../../../src/lib/pages/chart-figure.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('chart figure', () => {
	it('gives a target chart its image, keys for secondary figures and a broken series, and its England table', () => {
		const figure = chartFigureById(site, 'vw-rate-goal', 'page-chart');
		expect(figure?.id).toBe('page-chart-vw-rate-goal');
		expect(figure?.secondaryKey).toBeUndefined();
		expect(figure?.seriesKey).toMatch(/^The lines are not joined where the definition changed: GP-registered/);
		expect(figure?.table).toMatchInlineSnapshot(`
			{
			  "caption": "Virtual ward beds per 100,000 population, England",
			  "datasetId": "vw-beds-per-100k",
			  "hasNotes": false,
			  "hasSeries": true,
			  "rows": [
			    {
			      "dataValue": "21",
			      "label": "September 2023",
			      "missing": false,
			      "note": undefined,
			      "per": "adults aged 16 and over registered with a GP",
			      "period": "2023-09",
			      "secondary": false,
			      "source": undefined,
			      "text": "21.0",
			    },
			    {
			      "dataValue": "",
			      "label": "October 2023 to November 2023",
			      "missing": true,
			      "note": undefined,
			      "per": "",
			      "period": "2023-10",
			      "secondary": false,
			      "source": undefined,
			      "text": "no published figure",
			    },
			    {
			      "dataValue": "22",
			      "label": "December 2023",
			      "missing": false,
			      "note": undefined,
			      "per": "adults aged 16 and over registered with a GP",
			      "period": "2023-12",
			      "secondary": false,
			      "source": undefined,
			      "text": "22.0",
			    },
			    {
			      "dataValue": "",
			      "label": "January 2024 to May 2024",
			      "missing": true,
			      "note": undefined,
			      "per": "",
			      "period": "2024-01",
			      "secondary": false,
			      "source": undefined,
			      "text": "no published figure",
			    },
			    {
			      "dataValue": "20",
			      "label": "June 2024",
			      "missing": false,
			      "note": undefined,
			      "per": "people of all ages registered with a GP",
			      "period": "2024-06",
			      "secondary": false,
			      "source": undefined,
			      "text": "20.0",
			    },
			  ],
			  "valueHeading": "Beds per 100,000",
			}
		`);
	});

	it('marks secondary figures for a dataset with trade press figures, and has no chart for an unmeasured target', () => {
		const capacity = chartFigureById(site, 'vw-capacity');
		expect(capacity?.id).toBe('chart-vw-capacity');
		expect(capacity?.secondaryKey).toMatch(/^Hollow triangles/);
		expect(capacity?.sourcesNote).toBe('; secondary sources as marked in the table');
		expect(capacity?.seriesKey).toBeUndefined();
		expect({
			image: capacity?.image,
			sources: capacity?.sources,
			downloads: capacity?.downloads,
			about: capacity?.about,
		}).toMatchInlineSnapshot(`
			{
			  "about": {
			    "href": "/data/vw-capacity/",
			    "text": "about this dataset",
			  },
			  "downloads": {
			    "csv": {
			      "href": "/data/vw-capacity.csv",
			      "text": "Virtual ward capacity (CSV)",
			    },
			    "json": {
			      "href": "/data/vw-capacity.json",
			      "text": "Virtual ward capacity (JSON)",
			    },
			  },
			  "image": {
			    "alt": "Line chart. Virtual ward capacity, England: from 10,500 beds in September 2023 to 12,000 beds in June 2024; news and trade press report 1 more figure: 12,800 beds (with a note: see the table) in March 2025.",
			    "height": 420,
			    "src": "/charts/vw-capacity.svg",
			    "width": 720,
			  },
			  "sources": [
			    {
			      "href": "https://example.org/ward-stats",
			      "text": "NHS England: Test virtual ward statistics",
			    },
			  ],
			}
		`);
		expect(chartFigureById(site, 'plans-2022')).toBeUndefined();
	});
});

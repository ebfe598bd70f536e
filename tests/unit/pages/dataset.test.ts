/** A dataset's page model (src/lib/pages/dataset.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { datasetPage } from '../../../src/lib/pages/dataset.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('dataset page', () => {
	it('gives the ICB table with months in words, groups by series and numbered notes', () => {
		const page = datasetPage(site, 'vw-beds-per-100k');
		const table = page.byIcb?.table;
		expect(table?.rows.length).toBe(3);
		expect(table?.groups.reduce((n, g) => n + g.span, 0)).toBe(table?.months.length);
		expect(table?.broken).toBe(true);
		expect(page.byIcb?.broken).toContain('The definition changed');
		expect(table).toMatchInlineSnapshot(`
			{
			  "broken": true,
			  "caption": "Virtual ward beds per 100,000 population (beds per 100,000) by integrated care board",
			  "groups": [
			    {
			      "changed": false,
			      "label": "Per 100,000 adults aged 16+ (until March 2024)",
			      "span": 2,
			    },
			    {
			      "changed": true,
			      "label": "Per 100,000 people of all ages (from April 2024)",
			      "span": 1,
			    },
			  ],
			  "months": [
			    "September 2023",
			    "December 2023",
			    "June 2024",
			  ],
			  "notes": [
			    {
			      "id": "icb-note-1",
			      "text": "[1] The ICB did not complete a successful submission this month.",
			    },
			  ],
			  "rows": [
			    {
			      "area": "QCC",
			      "cells": [
			        {
			          "dataValue": "20",
			          "note": undefined,
			          "period": "2023-09",
			          "text": "20.0",
			        },
			        {
			          "dataValue": "21",
			          "note": undefined,
			          "period": "2023-12",
			          "text": "21.0",
			        },
			        {
			          "dataValue": "20",
			          "note": undefined,
			          "period": "2024-06",
			          "text": "20.0",
			        },
			      ],
			      "name": "Central City",
			    },
			    {
			      "area": "QAA",
			      "cells": [
			        {
			          "dataValue": "20",
			          "note": undefined,
			          "period": "2023-09",
			          "text": "20.0",
			        },
			        {
			          "dataValue": "22",
			          "note": undefined,
			          "period": "2023-12",
			          "text": "22.0",
			        },
			        {
			          "dataValue": "21.7",
			          "note": undefined,
			          "period": "2024-06",
			          "text": "21.7",
			        },
			      ],
			      "name": "Northfield",
			    },
			    {
			      "area": "QBB",
			      "cells": [
			        {
			          "dataValue": "16",
			          "note": undefined,
			          "period": "2023-09",
			          "text": "16.0",
			        },
			        {
			          "dataValue": "",
			          "note": {
			            "href": "#icb-note-1",
			            "label": "note 1",
			            "text": "[1]",
			          },
			          "period": "2023-12",
			          "text": undefined,
			        },
			        {
			          "dataValue": "16.7",
			          "note": undefined,
			          "period": "2024-06",
			          "text": "16.7",
			        },
			      ],
			      "name": "Riverside",
			    },
			  ],
			}
		`);
	});

	it('gives each series of a rate with who it is per and its population', () => {
		const page = datasetPage(site, 'vw-beds-per-100k');
		expect(page.denominator).toMatchInlineSnapshot(`
			{
			  "series": [
			    "Per 100,000 adults aged 16+ (until March 2024): per 100,000 adults aged 16 and over registered with a GP, 50,000,000 people in England (April 2023)",
			    "Per 100,000 people of all ages (from April 2024): per 100,000 people of all ages registered with a GP, 60,000,000 people in England (April 2024)",
			  ],
			  "text": "GP-registered population: aged 16 and over until March 2024, all ages from April 2024.",
			}
		`);
		expect(page.layout.crumbs.map((c) => c.text)).toEqual(['Home', 'Data']);
		expect(page.chart?.table.caption).toBe(`${site.datasets.get('vw-beds-per-100k')?.title}, England`);
	});

	it('has no ICB section for a dataset without ICB figures', () => {
		const page = datasetPage(site, 'record-coverage');
		expect(page.byIcb).toBeUndefined();
		expect(page.downloads.json.href).toBe('/data/record-coverage.json');
	});
});

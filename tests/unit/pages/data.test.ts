/** The data list model (src/lib/pages/data.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { dataPage } from '../../../src/lib/pages/data.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('data page', () => {
	const page = dataPage(site);

	it('has a section per dataset, in id order, with its downloads and the targets it measures', () => {
		expect(page.datasets.map((d) => d.link.href)).toEqual([...site.datasets.keys()].map((id) => `/data/${id}/`));
		const capacity = page.datasets.find((d) => d.id === 'dataset-vw-capacity');
		expect(capacity?.downloads.csv.href).toBe('/data/vw-capacity.csv');
		expect(capacity?.measures.map((m) => m.href)).toEqual(
			site.targets.filter((t) => t.dataset === 'vw-capacity').map((t) => `/targets/${t.id}/`),
		);
		expect(capacity?.measures.map((m) => m.href)).toEqual(['/targets/vw-beds-goal/']);
		expect(capacity?.sources).toMatchInlineSnapshot(`
			[
			  {
			    "href": "https://example.org/ward-stats",
			    "text": "NHS England: Test virtual ward statistics",
			  },
			]
		`);
	});
});

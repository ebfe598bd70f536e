/** The glossary page model (src/lib/pages/glossary.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { glossaryPage } from '../../../src/lib/pages/glossary.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('glossary page', () => {
	const page = glossaryPage(site);

	it('lists every entry, links related entries by term and searches for the abbreviation', () => {
		expect(page.entries).toMatchInlineSnapshot(`
			[
			  {
			    "abbreviation": "EPR",
			    "definition": "A digital record of a patient's care, kept by the organisation that provides it.",
			    "id": "epr",
			    "related": [],
			    "search": {
			      "href": "/search/?q=EPR",
			      "name": "EPR",
			    },
			    "searchTitle": "EPR: Electronic patient record",
			    "synonyms": undefined,
			    "term": "Electronic patient record",
			  },
			  {
			    "abbreviation": "ICB",
			    "definition": "The NHS body that plans and pays for most health services in an area of England.",
			    "id": "icb",
			    "related": [
			      {
			        "href": "#virtual-ward",
			        "text": "Virtual ward",
			      },
			    ],
			    "search": {
			      "href": "/search/?q=ICB",
			      "name": "ICB",
			    },
			    "searchTitle": "ICB: Integrated care board",
			    "synonyms": undefined,
			    "term": "Integrated care board",
			  },
			  {
			    "abbreviation": undefined,
			    "definition": "Care at home, with the monitoring and treatment a patient would otherwise get in hospital.",
			    "id": "virtual-ward",
			    "related": [
			      {
			        "href": "#icb",
			        "text": "Integrated care board",
			      },
			    ],
			    "search": {
			      "href": "/search/?q=Virtual+ward",
			      "name": "Virtual ward",
			    },
			    "searchTitle": "Virtual ward",
			    "synonyms": "Also called: hospital at home.",
			    "term": "Virtual ward",
			  },
			]
		`);
	});

	it('cites each source of the entries once', () => {
		expect(page.sources?.items.map((s) => s.id)).toMatchInlineSnapshot(`
			[
			  "sources-guide-v2",
			]
		`);
	});
});

/** The footnotes of a guidance page (src/lib/model/figures.ts), on the fixture site's datasets. */
import { describe, expect, it } from 'vitest';
import { figureNotes } from '../../../src/lib/model/figures.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const { datasets } = fixtureSite();

describe('figure notes', () => {
	it('numbers each figure once, in order of first use, England by default', () => {
		const body =
			'<Figure id="vw-capacity" period="2023-12" /> then <Figure id="vw-capacity" period="2023-09" area="QAA" />, again <Figure id="vw-capacity" period="2023-12" />.';
		const notes = figureNotes(body, datasets);
		expect(
			notes.map((n) => [n.n, n.dataset.id, n.observation.period, n.observation.area, n.observation.value]),
		).toEqual([
			[1, 'vw-capacity', '2023-12', 'E92000001', 11000],
			[2, 'vw-capacity', '2023-09', 'QAA', 200],
		]);
	});

	it('has none for a body without figures, and names the file for a figure that does not exist', () => {
		expect(figureNotes('No figures here.', datasets)).toEqual([]);
		expect(() => figureNotes('<Figure id="vw-capacity" period="1999-01" />', datasets, 'content/x/a.mdx')).toThrow(
			/^content\/x\/a\.mdx → <Figure id="vw-capacity" period="1999-01">: no such figure/,
		);
	});
});

/** Figures and their formatting (src/lib/model/datasets.ts), on the fixture site's datasets (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { ENGLAND, findObservation, formatFigure, formatNumber } from '../../../src/lib/model/datasets.ts';
import { must } from '../../helpers/data.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const { datasets } = fixtureSite();
const rate = must(datasets.get('vw-beds-per-100k'), 'vw-beds-per-100k');
const capacity = must(datasets.get('vw-capacity'), 'vw-capacity');

describe('formatting', () => {
	it('writes numbers the British way with fixed decimals', () => {
		expect(formatNumber(11805, 0)).toBe('11,805');
		expect(formatNumber(23, 1)).toBe('23.0');
		expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
		expect(formatNumber(-0.01, 1)).toBe('0.0');
	});

	it('prints a figure with its unit and, for a rate, who it is per', () => {
		expect(formatFigure(capacity, must(findObservation(capacity, '2023-12'), 'Dec 2023'))).toBe('11,000 beds');
		expect(formatFigure(rate, must(findObservation(rate, '2023-12'), 'Dec 2023'))).toBe(
			'22.0 beds per 100,000 adults aged 16 and over registered with a GP',
		);
		expect(formatFigure(rate, must(findObservation(rate, '2024-06'), 'Jun 2024'))).toBe(
			'20.0 beds per 100,000 people of all ages registered with a GP',
		);
	});

	it('finds a figure by period and area, England by default', () => {
		expect(findObservation(capacity, '2023-12', 'QAA')?.value).toBe(220);
		expect(findObservation(capacity, '2023-12', 'QBB')).toMatchObject({ value: null, note: expect.any(String) });
		expect(findObservation(capacity, '2023-12')?.area).toBe(ENGLAND);
		expect(findObservation(capacity, '1999-01')).toBeUndefined();
	});
});

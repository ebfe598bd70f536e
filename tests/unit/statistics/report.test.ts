/** What an import prints: months added, replaced, removed (src/lib/statistics/report.ts). */
import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../../src/lib/statistics/read-workbook.ts';
import { datasetChanges, formatChanges } from '../../../src/lib/statistics/report.ts';

describe('what an import prints', () => {
	it('lists months added, replaced (with what changed), removed and unchanged', () => {
		const before = [
			{ period: '2023-07', area: ENGLAND, value: 1 },
			{ period: '2023-08', area: ENGLAND, value: 2 },
			{ period: '2023-09', area: ENGLAND, value: 3 },
		];
		const after = [
			{ period: '2023-07', area: ENGLAND, value: 1 },
			{ period: '2023-08', area: ENGLAND, value: 2, note: 'n' },
			{ period: '2023-08', area: 'QYG', value: 5 },
			{ period: '2023-10', area: ENGLAND, value: 4 },
		];
		const c = datasetChanges('vw-x.json', before, after);
		expect(c).toEqual({
			id: 'vw-x.json',
			added: ['2023-10'],
			replaced: [{ month: '2023-08', added: 1, changed: 1, removed: 0 }],
			removed: ['2023-09'],
			unchanged: ['2023-07'],
			written: 4,
		});
		expect(formatChanges([c])).toEqual([
			'vw-x.json: 4 figures written',
			'  months added (1): October 2023',
			'  months replaced (1): August 2023 (1 figure added, 1 figure changed)',
			'  months removed (1): September 2023',
			'  months unchanged: 1',
		]);
	});
});

/** A byte-order mark (src/lib/content-check/bom.ts) is reported once and the rest of the file is still read. */
import { describe, expect, it } from 'vitest';
import { stripBom } from '../../../src/lib/content-check/bom.ts';

describe('stripBom', () => {
	it('reports a leading BOM at 1:1 and returns the text without it', () => {
		expect(stripBom('data/a.json', '\uFEFF[]')).toEqual({
			text: '[]',
			problem: {
				file: 'data/a.json',
				field: '',
				line: 1,
				column: 1,
				message: expect.stringMatching(
					/^starts with an invisible byte-order mark \(BOM\): save the file as UTF-8 without BOM/,
				),
			},
		});
	});
	it('leaves other text alone', () => {
		expect(stripBom('data/a.json', '[]\uFEFF')).toEqual({ text: '[]\uFEFF' });
	});
});

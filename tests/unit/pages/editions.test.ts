/** /editions/ (src/lib/pages/editions.ts) on the real data: the commitment × edition grid, its key and every commitment's path. */
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CODES, statusWord } from '../../../src/lib/model/editions.ts';
import { editionsPage } from '../../../src/lib/pages/editions.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();
const page = editionsPage(site);
const originals = site.commitments.filter((c) => c.kind === 'original');

describe('the editions grid', () => {
	it('has one column per edition in date order and one row per commitment of the 2022/23 guidance', () => {
		expect(page.columns.map((c) => c.link.href)).toEqual([
			'/editions/2022-23/',
			'/editions/2023-24/',
			'/editions/2024-25/',
			'/editions/2025-26/',
			'/editions/2026-27/',
		]);
		expect(originals).toHaveLength(10);
		expect(page.rows.map((r) => r.id)).toEqual(originals.map((c) => c.id));
	});

	it('gives every one of the 50 cells the status word and evidence code of its entry, linked to its section on the edition page', () => {
		const cells = page.rows.flatMap((r) => r.cells.map((cell) => ({ row: r.id, cell })));
		expect(cells).toHaveLength(50);
		for (const { row, cell } of cells) {
			const entry = originals.find((c) => c.id === row)?.trace.find((e) => e.edition === cell.editionId);
			expect(entry, `${row} ${cell.editionId}`).toBeDefined();
			if (!entry) continue;
			expect(cell.status.text).toBe(statusWord(entry.status));
			expect(cell.code).toBe(EVIDENCE_CODES[entry.evidence.grade]);
			expect(cell.link.href).toBe(`/editions/${cell.editionId}/#commitment-${row}`);
		}
		expect(page.count).toBe('50 cells: 39 with evidence and 11 not found in the text we could read.');
	});

	it('links a cell with a quote as "Quote" and a not-found cell to what was searched', () => {
		const epr = page.rows.find((r) => r.id === 'epr-coverage');
		expect(epr?.cells.find((c) => c.editionId === '2025-26')?.link.text).toBe('Quote');
		expect(epr?.cells.find((c) => c.editionId === '2024-25')).toMatchObject({
			status: { text: 'Not found' },
			link: { text: 'What was searched' },
			evidence: 'not found in the text we could read',
		});
	});

	it('keys every evidence code and gives every commitment, replacements too, its path', () => {
		expect(page.key.map((k) => k.code)).toEqual(Object.values(EVIDENCE_CODES));
		expect(page.paths.map((p) => p.id)).toEqual(
			[...originals, ...site.commitments.filter((c) => c.kind !== 'original')].map((c) => `commitment-${c.id}`),
		);
		expect(page.layout.search?.find((f) => f.name === 'type')?.value).toBe('Guidance edition');
	});
});

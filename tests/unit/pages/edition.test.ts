/** An edition's page (src/lib/pages/edition.ts) on the real data. */
import { describe, expect, it } from 'vitest';
import { READING_LABELS } from '../../../src/lib/model/editions.ts';
import { editionPage } from '../../../src/lib/pages/edition.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();

describe('an edition page', () => {
	it('says at the top how fully the edition was read', () => {
		for (const edition of site.editions) {
			const page = editionPage(site, edition.id);
			expect(page.reading).toEqual({ label: READING_LABELS[edition.read], note: edition.readNote });
			expect(page.heading).toBe(edition.title);
		}
	});

	it('cites the NHS England document it was read in a copy of, with its reference, and names the copy', () => {
		const page = editionPage(site, '2025-26');
		const [document] = page.documents;
		expect(document?.link).toEqual({
			text: '2025/26 priorities and operational planning guidance',
			href: 'https://www.england.nhs.uk/long-read/2025-26-priorities-and-operational-planning-guidance/',
		});
		expect(document?.details).toBe('NHS England, 30 January 2025, reference PRN01625');
		expect(document?.copies).toHaveLength(1);
		expect(document?.copies[0]?.href).toMatch(/^https:\/\/github\.com\/al26152\/Langchain\/blob\/7381fee/);
	});

	it('has one section per commitment with an entry for it, each quote with its source', () => {
		const page = editionPage(site, '2025-26');
		const withEntry = site.commitments.filter((c) => c.trace.some((e) => e.edition === '2025-26'));
		expect(withEntry.length).toBeGreaterThan(10);
		expect(page.entries.map((e) => e.id)).toEqual(withEntry.map((c) => `commitment-${c.id}`));
		const epr = page.entries.find((e) => e.id === 'commitment-epr-coverage');
		expect(epr?.step.status.text).toBe('Changed');
		expect(epr?.step.quotes[0]?.text).toContain('as quickly as is safely possible');
		expect(epr?.step.quotes[0]?.source.text).toContain('2025/26 priorities and operational planning guidance');
		expect(epr?.step).toMatchObject({ evidence: 'its text, read in a copy', code: 'P*' });
		expect(epr?.targets.map((t) => t.href)).toContain('/targets/epr-100-mar-2026/');
	});

	it('links to the previous and next editions, and throws on an unknown one', () => {
		expect(editionPage(site, '2022-23').pagination.previous).toBeUndefined();
		expect(editionPage(site, '2022-23').pagination.next?.href).toBe('/editions/2023-24/');
		expect(editionPage(site, '2026-27').pagination.next).toBeUndefined();
		expect(() => editionPage(site, '2099-00')).toThrow(/no edition/);
	});
});

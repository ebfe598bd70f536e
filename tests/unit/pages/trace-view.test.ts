/** The trace views (src/lib/pages/trace-view.ts) on the real data: "What later guidance said" and the edition filter of target pages. */
import { describe, expect, it } from 'vitest';
import { nowSentenceText, whatAppliesNow } from '../../../src/lib/model/editions.ts';
import { targetPage } from '../../../src/lib/pages/target.ts';
import { laterGuidance, sentenceView } from '../../../src/lib/pages/trace-view.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();
const plain = (parts: ReturnType<typeof sentenceView>) =>
	parts.map((p) => ('quote' in p ? `“${p.quote.text}”` : p.text)).join('');

describe('what later guidance said, on a target page', () => {
	it('is on every target page', () => {
		expect(site.targets.length).toBeGreaterThan(10);
		for (const t of site.targets)
			expect(targetPage(site, t.id).laterGuidance?.heading, t.id).toBe('What later guidance said');
	});

	it('gives the EPR path in date order, with the 2025/26 and 2026/27 words, ending in what applies now', () => {
		const view = laterGuidance(site, 'epr-100-mar-2026');
		const path = view?.paths[0];
		expect(path?.id).toBe('commitment-epr-coverage');
		expect(path?.steps.map((s) => s.edition.href)).toEqual(
			site.editions.map((e) => `/editions/${e.id}/#commitment-epr-coverage`),
		);
		const quotes = path?.steps.flatMap((s) => s.quotes.map((q) => q.text)) ?? [];
		expect(quotes.some((q) => q.includes('as quickly as is safely possible'))).toBe(true);
		expect(quotes.some((q) => /100% coverage .* as soon as possible/.test(q))).toBe(true);
		expect(plain(path?.now ?? [])).toBe(nowSentenceText(whatAppliesNow('epr-coverage', site.traces)));
	});

	it('ends the virtual ward path with the 2026/27 framework and shows the 2022/23 status beside what replaced it', () => {
		const path = laterGuidance(site, 'vw-40-50-per-100k')?.paths[0];
		expect(path?.steps.at(-1)?.edition.href).toBe('/editions/2026-27/#commitment-virtual-ward-capacity');
		expect(path?.steps.at(-1)?.status.text).toBe('Replaced');
		expect(path?.current?.href).toBe('/editions/#commitment-community-urgent-care-12h');
		expect(path?.statuses.map((s) => s.status.status)).toEqual([
			site.progress.get('vw-40-50-per-100k')?.status.status,
			'no-data',
		]);
		expect(path?.statuses[0]?.status.status).toBe('missed');
	});
});

describe('the edition filter on target pages', () => {
	it('names the editions whose entries the target page gives with evidence', () => {
		const fields = targetPage(site, 'epr-100-mar-2026').layout.search ?? [];
		const editions = fields.filter((f) => f.name === 'edition').map((f) => f.value);
		// 2024/25's entry for EPR coverage is "not found": it is not a filter value.
		expect(editions).toEqual(['2022/23', '2023/24', '2025/26', '2026/27 to 2028/29']);
	});
});

/** "Where this stands now" (src/lib/pages/now-view.ts) on guidance, priority and home pages, on the real data. */
import { describe, expect, it } from 'vitest';
import { nowSentenceText, pageNow, priorityNow, priorityNowLine } from '../../../src/lib/model/editions.ts';
import { guidancePage } from '../../../src/lib/pages/guidance.ts';
import { homePage } from '../../../src/lib/pages/home.ts';
import { guidanceStandsNow, priorityStandsNow } from '../../../src/lib/pages/now-view.ts';
import { priorityPage } from '../../../src/lib/pages/priority.ts';
import type { SentenceView } from '../../../src/lib/pages/trace-view.ts';
import { realEntry, realSite } from '../../helpers/real-site.ts';

const site = realSite();
const plain = (parts: SentenceView) => parts.map((p) => ('quote' in p ? `“${p.quote.text}”` : p.text)).join('');

describe('where this stands now', () => {
	it('gives a guidance page the trace’s current-state sentence for each of its commitments', () => {
		const page = guidancePage(site, 'digitisation', realEntry('digitisation', 'electronic-patient-records'));
		const nows = pageNow('digitisation/electronic-patient-records', site.traces);
		expect(nows.length).toBeGreaterThan(0);
		expect(page.standsNow?.items.map((i) => i.text)).toEqual(nows.map(nowSentenceText));
		expect(page.standsNow?.items.map((i) => plain(i.sentence))).toEqual(nows.map(nowSentenceText));
	});

	it('opens a page whose commitments were all dropped or replaced by saying so', () => {
		const view = priorityStandsNow(site, 'virtual-wards');
		expect(view?.lead).toBe('Everything this page describes has since been dropped or replaced by later guidance.');
		expect(guidanceStandsNow(site, 'digitisation', 'electronic-patient-records')?.lead).toBeUndefined();
		expect(priorityPage(site, 'virtual-wards').standsNow).toEqual(view);
	});

	it('gives the home page one line per priority from the trace', () => {
		const cards = homePage(site).cards;
		expect(cards).toHaveLength(4);
		for (const [i, p] of site.priorities.entries())
			expect(cards[i]?.now?.text).toBe(priorityNowLine(priorityNow(p.id, site.traces)));
	});
});

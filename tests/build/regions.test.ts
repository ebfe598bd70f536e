/**
 * /regions/ and the ICB pages' opening in the built site: the 7 regions in
 * order of beds per 100,000 in the latest month, each row equal to the sums
 * of its ICBs' capacity and population (from data/), linked to its page and
 * labelled as derived; each ICB page opens with its standing at the rate
 * ambition's and the occupancy objective's deadlines and in its latest month.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/model/datasets.ts';
import { per100k, roundTo } from '../../src/lib/model/rates.ts';
import { loadDatasets, loadSystems, must } from '../helpers/data.ts';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';

const datasets = loadDatasets();
const systems = [...loadSystems().values()];
const capacity = must(datasets.get('vw-capacity'), 'vw-capacity');
const rates = must(datasets.get('vw-beds-per-100k'), 'vw-beds-per-100k');
const latest = must(
	capacity.observations
		.filter((o) => !o.secondary && o.area !== 'E92000001')
		.map((o) => o.period)
		.sort()
		.at(-1),
	'latest ICB month',
);
const series = must(
	rates.series?.find((s) => s.id === rates.observations.find((o) => o.period === latest && !o.secondary)?.series),
	'latest series',
);
const cellText = (el: Parameters<typeof text>[0]) => text(el).replace(/ note \d+$/, '');

describe('/regions/', () => {
	const doc = page(SITE_DIST, '/regions/');
	const rows = doc.querySelectorAll('table[data-regions] tbody tr');

	it('has the 7 NHS regions, highest beds per 100,000 first, each linked to its page and labelled as derived', () => {
		expect(rows).toHaveLength(7);
		const values = rows.map((r) => Number(cellText(r.querySelectorAll('td')[4])));
		expect(values.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
		expect([...values].sort((a, b) => b - a)).toEqual(values);
		for (const r of rows)
			expect(r.querySelector('th a')?.getAttribute('href')).toBe(
				`/regions/${String(r.getAttribute('data-region')).toLowerCase()}/`,
			);
		expect(text(doc.querySelector('main'))).toContain(
			'derived from ICB figures: NHS England publishes no regional figure',
		);
	});

	it("equals the sums of its ICBs' capacity and population in the latest month, as data/ has them", () => {
		expect(rows).toHaveLength(7);
		for (const r of rows) {
			const code = String(r.getAttribute('data-region'));
			const members = systems.filter((s) => s.regionCode === code);
			expect(members.length).toBeGreaterThan(0);
			const beds = members.reduce(
				(sum, s) =>
					sum +
					must(
						capacity.observations.find((o) => o.area === s.id && o.period === latest && !o.secondary)?.value ??
							undefined,
						`${s.id} ${latest}`,
					),
				0,
			);
			const people = members.reduce(
				(sum, s) => sum + must(s.populations.find((p) => p.basis === series.populationBasis)?.value, s.id),
				0,
			);
			const cells = r.querySelectorAll('td');
			expect(cellText(cells[1])).toBe(String(members.length));
			expect(cellText(cells[2])).toBe(formatNumber(beds, 0));
			expect(cellText(cells[3])).toBe(`${formatNumber(people, 0)} ${series.per}`);
			expect(cellText(cells[4])).toBe(formatNumber(roundTo(per100k(beds, people), rates.decimals), rates.decimals));
		}
	});

	it('is linked from /systems/', () => {
		const links = page(SITE_DIST, '/systems/')
			.querySelectorAll('main a')
			.map((a) => a.getAttribute('href'));
		expect(links).toContain('/regions/');
	});

	it("is linked from the header's navigation beside Systems, on a phone's menu too, current on the region pages", () => {
		const header = page(SITE_DIST, '/systems/').querySelector('header');
		for (const nav of header?.querySelectorAll('nav') ?? []) {
			const hrefs = nav.querySelectorAll('a').map((a) => a.getAttribute('href'));
			expect(hrefs.slice(-2)).toEqual(['/systems/', '/regions/']);
		}
		expect(header?.querySelectorAll('nav')).toHaveLength(2);
		const onRegion = page(SITE_DIST, '/regions/y60/').querySelectorAll('header a[aria-current]');
		expect(onRegion.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
			['/regions/', 'true'],
			['/regions/', 'true'],
		]);
	});
});

describe("each ICB page's opening", () => {
	it('names its standing at the December 2023 and September 2023 deadlines and in the latest month, before the chart', () => {
		expect(systems).toHaveLength(42);
		for (const s of systems) {
			const doc = page(SITE_DIST, `/systems/${s.id.toLowerCase()}/`);
			const opening = must(doc.querySelector('[data-deadline-standings]') ?? undefined, `${s.id} opening`);
			const labels = opening.querySelectorAll('dt').map((dt) => text(dt));
			expect(labels, s.id).toEqual([
				'Ambition of 40 to 50 per 100,000 by December 2023',
				'Objective of 80% occupancy by September 2023',
				expect.stringMatching(/^Latest month, /),
			]);
			const html = doc.toString();
			expect(html.indexOf('data-deadline-standings'), s.id).toBeLessThan(html.indexOf('app-briefing__chart'));
			const december = rates.observations.find((o) => o.area === s.id && o.period === '2023-12' && !o.secondary);
			if (december?.value != null)
				expect(text(opening.querySelectorAll('dd')[0]), s.id).toMatch(
					new RegExp(
						`^${formatNumber(december.value, rates.decimals).replace('.', '\\.')} per 100,000 .* in December 2023 (below|within|above) the 40-50 ambition`,
					),
				);
		}
	});

	it('opens Black Country with 51.1 at the deadline, not only July 2024', () => {
		const opening = page(SITE_DIST, '/systems/qua/').querySelector('[data-deadline-standings]');
		expect(text(opening?.querySelectorAll('dd')[0])).toMatch(
			/^51\.1 per 100,000 adults .* in December 2023 above the 40-50 ambition/,
		);
	});
});

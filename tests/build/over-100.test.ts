/**
 * Occupancy reported over 100% in the built site: NHS England printed
 * "100%*" for five ICBs in July 2024 and suppressed the figure. They are shown
 * as "reported over 100% (NHS England suppresses the figure)", ranked first
 * (tied) on /systems/by-occupancy/, counted at or above 80% (18 of 42 in July
 * 2024) and shown as such on their ICB pages; the convention is stated on
 * /systems/ and the occupancy dataset page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, loadSystems, must } from '../helpers/data.ts';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';

const REPORTED = 'reported over 100% (NHS England suppresses the figure)';
const occupancy = must(loadDatasets().get('vw-occupancy'), 'vw-occupancy');
const systems = loadSystems();
/** The ICBs the occupancy dataset records as over 100% in July 2024, by ODS code. */
const over = occupancy.observations
	.filter((o) => o.period === '2024-07' && o.exceeds !== undefined)
	.map((o) => o.area)
	.sort();
const shortName = (code: string) =>
	must(systems.get(code), code)
		.name.replace(/^NHS /, '')
		.replace(/ Integrated Care Board$/, '');
/** A table cell's text without its note reference. */
const cellText = (s: string) => s.replace(/ note \d+$/, '');

describe('occupancy reported over 100%', () => {
	it('is recorded for the five ICBs NHS England printed as "100%*" in July 2024', () => {
		expect(over).toEqual(['QH8', 'QHL', 'QJG', 'QNQ', 'QRL']);
		expect(over.map(shortName).sort()).toEqual([
			'Birmingham and Solihull',
			'Frimley',
			'Hampshire and Isle of Wight',
			'Mid and South Essex',
			'Suffolk and North East Essex',
		]);
	});

	it('ranks the five first on /systems/by-occupancy/, tied, as reported over 100% and at or above 80%', () => {
		const doc = page(SITE_DIST, '/systems/by-occupancy/');
		const rows = doc.querySelectorAll('table tbody tr');
		expect(rows).toHaveLength(42);
		const cells = rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => cellText(text(c))));
		const firstFive = cells.slice(0, 5);
		expect(firstFive.map((c) => c[1]).sort()).toEqual(over.map(shortName).sort());
		for (const c of firstFive) {
			expect(c[0]).toBe('joint 1st of 41 (tied with 4 other ICBs)');
			expect(c).toContain(REPORTED);
			expect(c).toContain('at or above the 80% objective');
		}
		const lincolnshire = must(
			cells.find((c) => c[1] === 'Lincolnshire'),
			'Lincolnshire',
		);
		expect(lincolnshire[0]).toBe('6th of 41');
		expect(lincolnshire).toContain('94.2%');
		expect(text(doc)).not.toMatch(/1st of 36/);
	});

	it('counts 18 of the 42 ICBs at or above 80% in July 2024 and states the convention, on /systems/ in every order', () => {
		for (const path of ['/systems/', '/systems/by-name/', '/systems/by-rate/', '/systems/by-occupancy/']) {
			const body = text(page(SITE_DIST, path).querySelector('main'));
			expect(body, path).toContain(
				'In July 2024, 18 of the 42 integrated care boards had occupancy at or above the 80% objective, including 5 reported over 100% (NHS England suppresses the figure)',
			);
			expect(body, path).toMatch(/Where NHS England printed "100%\*" \(reported occupancy exceeds 100%\)/);
			expect(body, path).not.toMatch(/was asked to reach/);
			expect(body.split(REPORTED).length - 1, path).toBeGreaterThanOrEqual(6);
		}
	});

	it('shows each of the five as reported over 100% on its ICB page, at or above the objective, joint 1st', () => {
		for (const code of over) {
			const doc = page(SITE_DIST, `/systems/${code.toLowerCase()}/`);
			const body = text(doc.querySelector('main'));
			expect(body, code).toContain(`occupancy was ${REPORTED}.`);
			const key = (k: string) =>
				text(
					doc
						.querySelectorAll('.nhsuk-summary-list__row')
						.find((r) => text(r.querySelector('dt')) === k)
						?.querySelector('dd'),
				);
			expect(key('Occupancy, July 2024'), code).toMatch(
				/^reported over 100% \(NHS England suppresses the figure\)( note \d+)? at or above the 80% objective$/,
			);
			expect(key('Rank by occupancy, July 2024'), code).toBe('joint 1st of 41 (tied with 4 other ICBs)');
			const july = must(doc.querySelector('tr[data-period="2024-07"]') ?? undefined, `${code} July 2024`);
			expect(cellText(text(july.querySelectorAll('td')[3])), code).toBe(REPORTED);
			expect(body, code).not.toMatch(/not known: no published figure/);
		}
	});

	it('reads "reported over 100%" in the ICB downloads and on the occupancy dataset page, with the convention', () => {
		const doc = page(SITE_DIST, '/data/vw-occupancy/');
		const body = text(doc.querySelector('main'));
		expect(body).toMatch(/Where NHS England printed "100%\*" \(reported occupancy exceeds 100%\)/);
		for (const code of over) {
			const cell = doc.querySelector(`table.app-icb-table tr[data-area="${code}"] td[data-period="2024-07"]`);
			expect(cellText(text(cell)).replace(/\s*\[\d+\]$/, ''), code).toBe(REPORTED);
			const csv = readFileSync(join(SITE_DIST, 'systems', `${code.toLowerCase()}.csv`), 'utf8');
			expect(
				csv.split('\n').find((l) => l.startsWith('2024-07,')),
				code,
			).toContain(REPORTED);
			const json = JSON.parse(readFileSync(join(SITE_DIST, 'systems', `${code.toLowerCase()}.json`), 'utf8')) as {
				months: { period: string; occupancy: { value: number | null; exceeds?: number; reported?: string } }[];
			};
			expect(json.months.find((m) => m.period === '2024-07')?.occupancy, code).toEqual(
				expect.objectContaining({ value: null, exceeds: 100, reported: REPORTED }),
			);
		}
	});

	it("opens each of their ICB pages with July 2024's occupancy reported over 100%, at or above the objective", () => {
		for (const code of over) {
			const opening = text(
				page(SITE_DIST, `/systems/${code.toLowerCase()}/`).querySelector('[data-deadline-standings]'),
			);
			expect(opening, code).toContain(`occupancy ${REPORTED}`);
			expect(opening, code).toMatch(/July 2024.*at or above the 80% objective/);
			expect(opening, code).not.toContain('no published occupancy figure');
		}
	});
});

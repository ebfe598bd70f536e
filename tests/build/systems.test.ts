/**
 * The system pages in the built site: 42 system pages and 7 region pages;
 * figures on the pages equal the datasets'; the map's 42 linked areas, each
 * with an accessible name; region figures equal the sums of their ICBs';
 * size budgets (map ≤ 60 KB, system page ≤ 40 KB).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
const occupancy = must(datasets.get('vw-occupancy'), 'vw-occupancy');
const figure = (d: typeof capacity, area: string, period: string) =>
	d.observations.find((o) => o.area === area && o.period === period && !o.secondary);

/** The figure text of a table cell, without its note reference. */
const cellText = (el: ReturnType<typeof page> | undefined | null) => text(el).replace(/ note \d+$/, '');

describe('system and region pages', () => {
	it('builds 42 system pages with downloads and charts, 7 region pages and the list in 4 orders', () => {
		const dirs = readdirSync(join(SITE_DIST, 'systems')).filter((f) => /^q[a-z0-9]{2}$/.test(f));
		expect(dirs).toHaveLength(42);
		for (const s of systems) {
			const code = s.id.toLowerCase();
			for (const f of [
				`systems/${code}/index.html`,
				`systems/${code}.csv`,
				`systems/${code}.json`,
				`charts/systems/${code}.svg`,
			])
				expect(existsSync(join(SITE_DIST, f)), f).toBe(true);
		}
		expect(readdirSync(join(SITE_DIST, 'regions')).filter((f) => f !== 'index.html')).toHaveLength(7);
		for (const p of [
			'systems/index.html',
			'systems/by-name/index.html',
			'systems/by-rate/index.html',
			'systems/by-occupancy/index.html',
		])
			expect(existsSync(join(SITE_DIST, p)), p).toBe(true);
	});

	it('shows NHS Black Country at 51.1 beds per 100,000 adults for December 2023', () => {
		const doc = page(SITE_DIST, '/systems/qua/');
		expect(text(doc.querySelector('h1'))).toBe('NHS Black Country Integrated Care Board');
		const row = must(doc.querySelector('tr[data-period="2023-12"]') ?? undefined, 'December 2023 row');
		expect(cellText(row.querySelectorAll('td')[1])).toBe(String(must(figure(rates, 'QUA', '2023-12'), 'rate').value));
		expect(cellText(row.querySelectorAll('td')[1])).toBe('51.1');
		expect(text(doc)).toMatch(
			/Beds per 100,000 adults aged 16 and over registered with a GP \(1,\d{3},\d{3} people, April 2023\)/,
		);
	});

	it('prints, for a sample of ICBs and months, the figures of the datasets, and notes where they are missing', () => {
		const sample = systems
			.filter((_s, i) => i % 5 === 0)
			.map((s) => s.id)
			.concat(['QPM', 'QRL', 'QH8']);
		const months = ['2023-07', '2023-12', '2024-01', '2024-03', '2024-04', '2024-07'];
		let checked = 0;
		for (const code of sample) {
			const doc = page(SITE_DIST, `/systems/${code.toLowerCase()}/`);
			for (const period of months) {
				const cells = must(
					doc.querySelector(`tr[data-period="${period}"]`) ?? undefined,
					`${code} ${period}`,
				).querySelectorAll('td');
				const cap = must(figure(capacity, code, period), 'capacity');
				const rate = must(figure(rates, code, period), 'rate');
				const occ = must(figure(occupancy, code, period), 'occupancy');
				expect(cellText(cells[0]), `${code} ${period} capacity`).toBe(
					formatNumber(must(cap.value ?? undefined, 'capacity'), 0),
				);
				expect(cellText(cells[1]), `${code} ${period} rate`).toBe(
					formatNumber(must(rate.value ?? undefined, 'rate'), 1),
				);
				expect(cellText(cells[3]), `${code} ${period} occupancy`).toBe(
					occ.value !== null
						? `${formatNumber(occ.value, 1)}%`
						: occ.exceeds === undefined
							? 'no published figure'
							: `reported over ${String(occ.exceeds)}% (NHS England suppresses the figure)`,
				);
				// A figure NHS England's footnotes explain points to its note; a missing one is never a number.
				for (const [i, o] of [
					[0, cap],
					[1, rate],
					[3, occ],
				] as const) {
					if (o.note) expect(text(cells[i]), `${code} ${period}`).toMatch(/note \d+$/);
				}
				checked += 1;
			}
		}
		expect(checked).toBe(sample.length * months.length);
	});

	it('keeps a system page under 40 KB of HTML', () => {
		for (const s of systems) {
			const size = statSync(join(SITE_DIST, 'systems', s.id.toLowerCase(), 'index.html')).size;
			expect(size, s.id).toBeLessThanOrEqual(40 * 1024);
		}
	});
});

describe('the map', () => {
	const html = readFileSync(join(SITE_DIST, 'systems/index.html'), 'utf8');
	const doc = page(SITE_DIST, '/systems/');
	const svg = must(doc.querySelector('svg.app-map__svg') ?? undefined, 'map');

	it('is inline SVG of at most 60 KB, with no style attributes or scripts', () => {
		const source = must(/<svg class="app-map__svg"[\s\S]*?<\/svg>/.exec(html)?.[0], 'map source');
		expect(Buffer.byteLength(source)).toBeLessThanOrEqual(60 * 1024);
		expect(source).not.toMatch(/\sstyle=|<script|<image|https?:\/\/(?!www\.w3\.org)/);
	});

	it('has 42 areas, each a link to its system page with an accessible name that includes its figure', () => {
		const links = svg.querySelectorAll('a');
		expect(links).toHaveLength(42);
		const hrefs = new Set(links.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(new Set(systems.map((s) => `/systems/${s.id.toLowerCase()}/`)));
		for (const a of links) {
			expect(a.getAttribute('aria-label')).toMatch(
				/^.+: (\d+\.\d beds per 100,000 people of all ages registered with a GP|no published figure).*, July 2024$/,
			);
			expect(a.querySelector('path')?.getAttribute('class')).toMatch(/app-map__area--(\d|none)/);
		}
		const bc = must(
			links.find((a) => a.getAttribute('href') === '/systems/qua/'),
			'QUA',
		);
		expect(bc.getAttribute('aria-label')).toContain(
			`${formatNumber(must(figure(rates, 'QUA', '2024-07')?.value ?? undefined, 'rate'), 1)} beds per 100,000`,
		);
	});

	it("has a text legend and the boundaries' attribution", () => {
		const legend = text(doc.querySelector('.app-map__legend'));
		expect(legend).toMatch(/Fewer than 15 beds per 100,000 \(\d+ ICBs?\)/);
		expect(legend).toMatch(/40 or more beds per 100,000/);
		expect(text(doc)).toContain('Contains OS data © Crown copyright and database right 2023');
		expect(text(doc)).toContain('Open Government Licence v3.0');
	});
});

describe('region pages', () => {
	it('give figures equal to the sums of their ICBs, labelled as derived', () => {
		const regions = [...new Set(systems.map((s) => s.regionCode))];
		for (const code of regions) {
			const members = systems.filter((s) => s.regionCode === code);
			const doc = page(SITE_DIST, `/regions/${code.toLowerCase()}/`);
			expect(text(doc)).toContain('derived from ICB figures: NHS England publishes no regional figure');
			const rows = must(doc.querySelector('table[data-region-months]') ?? undefined, `${code} months`).querySelectorAll(
				'tbody tr',
			);
			expect(rows).toHaveLength(13);
			const periods = [
				...new Set(capacity.observations.filter((o) => o.area === members[0]?.id).map((o) => o.period)),
			].sort();
			periods.forEach((period, i) => {
				const cells = rows[i]?.querySelectorAll('td') ?? [];
				const beds = members.reduce(
					(n, s) => n + must(figure(capacity, s.id, period)?.value ?? undefined, `${s.id} ${period}`),
					0,
				);
				const basis = period >= '2024-04' ? 'gp-registered-all-ages' : 'gp-registered-16-plus';
				const people = members.reduce(
					(n, s) =>
						n +
						must(
							s.populations.find((p) => p.basis === basis),
							'population',
						).value,
					0,
				);
				expect(cellText(cells[0]), `${code} ${period}`).toBe(formatNumber(beds, 0));
				expect(cellText(cells[1]), `${code} ${period}`).toBe(formatNumber(people, 0));
				expect(cellText(cells[2]), `${code} ${period}`).toBe(formatNumber(roundTo(per100k(beds, people), 1), 1));
			});
		}
	});
});

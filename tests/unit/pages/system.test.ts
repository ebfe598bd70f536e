/** An ICB's page (src/lib/pages/system.ts): what /systems/<code>/ prints, from the real data (its opening also on the fixture site). */
import { describe, expect, it } from 'vitest';
import { systemCodes, systemPage } from '../../../src/lib/pages/system.ts';
import { loadDatasets, must } from '../../helpers/data.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();
const rates = must(loadDatasets().get('vw-beds-per-100k'), 'rates');
const page = systemPage(site, 'qua');

describe('/systems/<code>/', () => {
	it('shows NHS Black Country at 51.1 beds per 100,000 adults in December 2023, as the dataset has it', () => {
		const published = must(
			rates.observations.find((o) => o.area === 'QUA' && o.period === '2023-12'),
			'published',
		);
		const december = must(
			page.table.rows.find((r) => r.period === '2023-12'),
			'December',
		);
		expect(december.rate.text).toBe(String(published.value));
		expect(december.rate.text).toBe('51.1');
		expect(page.table.rows[0]?.group).toMatch(
			/^Beds per 100,000 adults aged 16 and over registered with a GP \([\d,]+ people, April 2023\)$/,
		);
		expect(page.table.rows.filter((r) => r.group)).toHaveLength(2);
	});

	it('marks the change of definition in April 2024', () => {
		const april = must(
			page.table.rows.find((r) => r.period === '2024-04'),
			'April',
		);
		expect(april.definitionChanged).toBe(true);
		expect(april.group).toMatch(/^Definition changed in April 2024: from here, beds per 100,000 people of all ages/);
		expect(page.table.rows).toHaveLength(13);
		expect(page.table.rows.filter((r) => r.definitionChanged).map((r) => r.period)).toEqual(['2024-04']);
	});

	it('gives its rank, region, population and denominator, and the sentence', () => {
		expect(page.keyFigures.find((f) => f.key === 'NHS region')).toMatchObject({
			value: 'Midlands',
			href: '/regions/y60/',
		});
		expect(page.keyFigures.find((f) => f.key.startsWith('Population'))?.value).toMatch(
			/adults aged 16 and over registered with a GP \(April 2023\); .* people of all ages registered with a GP \(April 2024\)/,
		);
		expect(page.keyFigures.find((f) => f.key.startsWith('Rank by beds'))?.value).toMatch(
			/^(joint )?\d+(st|nd|rd|th) of 42/,
		);
		expect(page.keyFigures.find((f) => f.key === 'Beds per 100,000, July 2024')).toMatchObject({
			value: '24.7 per 100,000 people of all ages registered with a GP',
			standing: { text: 'below the 40-50 ambition', colour: 'orange' },
		});
		expect(page.sentence).toMatch(
			/^In July 2024, NHS Black Country Integrated Care Board had \d+ virtual ward beds, 24\.7 per 100,000 people of all ages registered with a GP, below the 40-50 ambition; occupancy was 57\.1%\.$/,
		);
		expect(page.rateCheck).toMatch(/agree with every rate NHS England published/);
	});

	it("prints its chart from the Site's chart of the ICB", () => {
		const chart = must(site.charts.get('systems/qua'), 'chart');
		expect(chart.kind).toBe('system');
		expect(page.chart).toMatchObject({
			src: '/charts/systems/qua.svg',
			width: 720,
			height: 420,
			caption: chart.caption,
		});
		expect(page.chart.key).toMatch(/the dashed vertical line its December 2023 deadline\.$/);
	});

	it('links the targets and guidance that apply to systems, its downloads and sources', () => {
		expect(page.targets.map((t) => t.href)).toEqual(['/targets/vw-40-50-per-100k/', '/targets/vw-occupancy-80/']);
		expect(page.guidance.length).toBeGreaterThan(0);
		expect(page.guidance.every((g) => /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(g.href))).toBe(true);
		expect(page.downloads.map((d) => d.href)).toEqual(['/systems/qua.csv', '/systems/qua.json']);
		expect(page.sources).toHaveLength(2);
		expect(page.sources[0]?.text).toMatch(/^NHS England: /);
		expect(page.search).toMatchObject({ type: 'system', filters: { region: ['Midlands'] } });
		expect(page.layout.crumbs.map((c) => c.text)).toEqual(['Home', 'Integrated care boards', 'Midlands']);
	});

	it('says the other names of an ICB from the glossary', () => {
		const bsw = systemPage(site, 'QOX');
		expect(bsw.otherNames).toBe('Also known as BSW.');
		expect(bsw.search.meta?.summary).toMatch(/\(BSW\): /);
		expect(page.otherNames).toBeUndefined();
	});

	it('shows a non-submission as such: Northamptonshire, January 2024', () => {
		const northants = systemPage(site, 'qpm');
		const january = must(
			northants.table.rows.find((r) => r.period === '2024-01'),
			'January',
		);
		expect(january.occupancy.text).toBe('no published figure');
		expect(northants.notes.find((n) => n.n === january.occupancy.note)?.text).toMatch(
			/did not complete a successful submission/,
		);
		expect(january.capacity.text).toBe('338');
		expect(january.capacity.note).toBeUndefined();
	});

	it('builds a page for each of the 42 ICBs, and throws for an unknown one', () => {
		expect(systemCodes(site)).toHaveLength(42);
		for (const code of systemCodes(site)) expect(systemPage(site, code).table.rows).toHaveLength(13);
		expect(() => systemPage(site, 'qzz')).toThrow('no ICB "qzz"');
	});
});

describe("/systems/<code>/'s opening: the standing at each deadline, and now (on the fixture site)", () => {
	const fixture = fixtureSite();

	it('opens with the December 2023 rate, the September 2023 occupancy and the latest month, worded from the targets', () => {
		const items = systemPage(fixture, 'qaa').opening.items;
		expect(items).toHaveLength(3);
		expect(items.map((i) => i.label)).toEqual([
			'Ambition of 40 to 50 per 100,000 by December 2023',
			'Objective of 80% occupancy by September 2023',
			'Latest month, June 2024',
		]);
		expect(items[0]?.text).toMatch(/^[\d.]+ per 100,000 .+ in December 2023, (below|within|above) the 40-50 ambition$/);
		expect(items[1]?.text).toMatch(/^[\d.]+% in September 2023, (below|at or above) the 80% objective$/);
		expect(items[0]?.figures).toHaveLength(1);
		expect(`${items[0]?.figures[0]?.figure}, ${items[0]?.figures[0]?.standing.text}`).toBe(items[0]?.text);
		expect(items[2]?.figures.map((f) => f.standing.text.split(' ').at(-1))).toEqual(['ambition', 'objective']);
	});

	it('says a failed submission in a deadline month right there, and judges no figure outside the window', () => {
		const [rate, occupancy] = systemPage(fixture, 'qbb').opening.items;
		expect(rate?.text).toBe('no published figure for December 2023 or the 2 months before');
		expect(rate?.figures.map((f) => f.standing.text)).toEqual(['not known: no figure']);
		expect(rate?.notes).toHaveLength(1);
		expect(rate?.notes[0]).toMatch(/^December 2023: The ICB did not complete a successful submission/);
		expect(occupancy?.text).toMatch(/^[\d.]+% in September 2023, /);
		expect(occupancy?.notes).toEqual([]);
	});
});

describe("/systems/<code>/'s opening on the real data", () => {
	it('opens Black Country with 51.1 at the December 2023 deadline, not only July 2024', () => {
		const items = page.opening.items;
		expect(items).toHaveLength(3);
		expect(items[0]?.text).toBe(
			'51.1 per 100,000 adults aged 16 and over registered with a GP in December 2023, above the 40-50 ambition',
		);
		expect(items[1]?.text).toMatch(/^[\d.]+% in September 2023, below the 80% objective$/);
		expect(items[2]?.label).toBe('Latest month, July 2024');
		expect(items[2]?.text).toMatch(
			/^24\.7 per 100,000 people of all ages registered with a GP, below the 40-50 ambition; /,
		);
	});

	it("says Northamptonshire's July 2024 non-submission beside its latest month", () => {
		const latest = systemPage(site, 'qpm').opening.items[2];
		expect(latest?.text).toMatch(/; no published occupancy figure$/);
		expect(latest?.notes).toHaveLength(1);
		expect(latest?.notes[0]).toMatch(/^July 2024: .*no Wards in NHS Northamptonshire Integrated Care Board submitted/);
	});
});

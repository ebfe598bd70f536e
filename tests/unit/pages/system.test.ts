/** An ICB's page (src/lib/pages/system.ts): what /systems/<code>/ prints, from the real data. */
import { describe, expect, it } from 'vitest';
import { systemCodes, systemPage } from '../../../src/lib/pages/system.ts';
import { loadDatasets, must } from '../../helpers/data.ts';
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
		expect(page.layout.crumbs.map((c) => c.text)).toEqual(['Home', 'Integrated care systems', 'Midlands']);
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

/** An ICB's downloads (src/lib/model/system-files.ts): every month as CSV and JSON, with notes and sources, on the real data. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/format/csv.ts';
import { SYSTEM_CSV_HEADER, systemCsv, systemJson, systemSources } from '../../../src/lib/model/system-files.ts';
import { must } from '../../helpers/data.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();
const data = must(site.systemsData, 'systems data');
const system = (code: string) => must(data.systems.get(code), code);

describe('the CSV', () => {
	it('has a row per month, a missing figure as an empty field with its note, and the source', () => {
		const rows = parseCsv(systemCsv(system('QPM'), data, site.sources));
		expect(rows[0]).toEqual([...SYSTEM_CSV_HEADER]);
		expect(rows).toHaveLength(14);
		const january = must(
			rows.find((r) => r[0] === '2024-01'),
			'January',
		);
		expect(january[9]).toBe('');
		expect(january[10]).toMatch(/did not complete a successful submission/);
		expect(january[11]).toMatch(/^NHS England: .+ https:\/\//);
		expect(rows.slice(1).every((r) => r[1] === 'QPM')).toBe(true);
	});
});

describe('the JSON', () => {
	it('gives the ICB, its page, licence, the sources of the rate dataset and every month', () => {
		const json = JSON.parse(systemJson(system('QUA'), data, site.sources, '/systems/qua/')) as {
			page: string;
			licence: string;
			sources: { id: string; publisher?: string }[];
			months: { period: string; bedsPer100k: { value: number } | null }[];
		};
		expect(json.page).toBe('/systems/qua/');
		expect(json.licence).toBe('Open Government Licence v3.0');
		expect(json.sources.map((s) => s.id)).toEqual(data.rate.sources.map((s) => s.id));
		expect(json.sources.map((s) => s.id)).toEqual(['nhse-virtual-ward-statistics', 'nhsd-gp-registered-population']);
		expect(json.months).toHaveLength(13);
		expect(json.months.find((m) => m.period === '2023-12')?.bedsPer100k?.value).toBe(51.1);
	});

	it('gives an id alone for a source the site does not know', () => {
		expect(systemSources(data, new Map())).toEqual(data.rate.sources.map(({ id }) => ({ id, source: undefined })));
		const json = JSON.parse(systemJson(system('QUA'), data, new Map(), '/x/')) as { sources: object[] };
		expect(json.sources).toEqual([{ id: 'nhse-virtual-ward-statistics' }, { id: 'nhsd-gp-registered-population' }]);
		expect(parseCsv(systemCsv(system('QUA'), data, new Map()))[1]?.[11]).toBe('');
	});
});

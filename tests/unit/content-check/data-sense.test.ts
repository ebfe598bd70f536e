/** Data values checked for sense (src/lib/content-check/data-sense.ts). */
import { describe, expect, it } from 'vitest';
import {
	checkDatasetSense,
	checkSystemsSense,
	isPercentage,
	unknownArea,
	valueRange,
} from '../../../src/lib/content-check/data-sense.ts';
import { DatasetSchema, type Dataset } from '../../../src/schemas/dataset.ts';
import { SystemSchema } from '../../../src/schemas/system.ts';
import { checkProject, type ProjectFiles } from '../../../src/lib/content-check/project.ts';
import { fixtureFiles } from '../../helpers/fixture-site.ts';

const systems = { ids: new Set(['QYG', 'QXU']), unreadable: false };
const dataset = (
	unit: string,
	observations: { period: string; area: string; value: number | null; series?: string }[],
	extra: object = {},
): Dataset =>
	DatasetSchema.parse({
		id: 'd',
		title: 'A dataset',
		unit,
		definition: 'What is counted.',
		publisher: 'NHS England',
		licence: 'OGL v3.0',
		sources: ['s'],
		asOf: '2024-08-08',
		observations,
		...extra,
	});
const messages = (d: Dataset) =>
	checkDatasetSense(d, 'data/datasets/d.json', systems).map((p) => `${p.field}: ${p.message}`);

describe('data sense', () => {
	it('knows percentages and their range, and a dataset that says otherwise', () => {
		expect(['%', '% of trusts', 'per cent'].map(isPercentage)).toEqual([true, true, true]);
		expect(isPercentage('beds per 100,000')).toBe(false);
		expect(valueRange({ unit: '%' })).toEqual({ min: 0, max: 100 });
		expect(valueRange({ unit: 'beds' })).toEqual({ min: 0, max: undefined });
		expect(valueRange({ unit: '%', minimum: -50, maximum: 200 })).toEqual({ min: -50, max: 200 });
	});

	it('accepts England, every NHS region code and ICBs in data/systems.json', () => {
		expect(['E92000001', 'E40000003', 'E40000011', 'E40000014', 'QYG'].map((c) => unknownArea(c, systems))).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(unknownArea('E40000001', systems)).toMatch(
			/^"E40000001" is not an NHS region code: the regions are E40000007 \(East of England\), E40000013 \(East of England\), E40000003 \(London\)/,
		);
		expect(unknownArea('QYH', systems)).toBe(
			'"QYH" is not an ICB in data/systems.json: did you mean "QYG"? use the ICB\'s ODS code as listed there, E92000001 for England or an NHS region code E40…',
		);
		expect(unknownArea('QZZ', { ids: new Set(), unreadable: true })).toBeUndefined();
		expect(unknownArea('qyg', systems)).toBe('"qyg" is written in the wrong case: area codes are in capitals, "QYG"');
		expect(unknownArea('e40000003', systems)).toBe(
			'"e40000003" is written in the wrong case: area codes are in capitals, "E40000003"',
		);
	});

	it('reports negative figures, percentages over 100, unknown areas, duplicates and the first figure out of date order', () => {
		const d = dataset('%', [
			{ period: '2023-07', area: 'E92000001', value: 80 },
			{ period: '2023-08', area: 'E92000001', value: 140 },
			{ period: '2023-07', area: 'QYG', value: -1 },
			{ period: '2023-06', area: 'E92000001', value: 70 },
			{ period: '2023-05', area: 'E92000001', value: 70 },
			{ period: '2023-08', area: 'E92000001', value: null },
			{ period: '2023-07', area: 'QAA', value: 50 },
		]);
		expect(messages(d)).toEqual([
			'observations[1].value: 140 is more than 100: a percentage is at most 100 (if this measure can exceed 100, say so with "maximum" in the dataset)',
			'observations[2].value: -1 is negative: counts and percentages cannot be below 0 (write null, with a note, where no figure was published)',
			'observations[3].period: "2023-06" comes after "2023-08" (observations[1]) for E92000001: list each area\'s figures in date order, earliest first',
			'observations[5]: a second figure for E92000001 in 2023-08: each area has one figure per period',
			'observations[6].area: "QAA" is not an ICB in data/systems.json: use the ICB\'s ODS code as listed there, E92000001 for England or an NHS region code E40…',
		]);
		expect(messages(dataset('%', [{ period: '2023-07', area: 'E92000001', value: 140 }], { maximum: 200 }))).toEqual(
			[],
		);
		expect(messages(dataset('beds', [{ period: '2023-07', area: 'E92000001', value: 2 }], { minimum: 5 }))).toEqual([
			"observations[0].value: 2 is below this dataset's minimum of 5",
		]);
	});

	it('keeps date order per series of a broken series', () => {
		const d = dataset('beds', [
			{ period: '2024-03', area: 'E92000001', value: 1, series: 'a' },
			{ period: '2024-04', area: 'E92000001', value: 1, series: 'b' },
			{ period: '2024-02', area: 'E92000001', value: 1, series: 'b' },
		]);
		expect(messages(d)).toEqual([
			'observations[2].period: "2024-02" comes after "2024-04" (observations[1]) for E92000001 in series b: list each area\'s figures in date order, earliest first',
		]);
	});

	it('checks each ICB region code against its region', () => {
		const icb = SystemSchema.parse({
			id: 'QYG',
			onsCode: 'E54000008',
			name: 'NHS Cheshire and Merseyside ICB',
			region: 'North West',
			regionCode: 'Y56',
			populations: [{ basis: 'gp-registered-16-plus', month: '2023-04', value: 1, source: 's' }],
		});
		expect(checkSystemsSense([{ entry: icb, index: 4 }], 'data/systems.json')).toEqual([
			{
				file: 'data/systems.json',
				field: '[4].regionCode',
				message: '"Y56" is the code of London, but the region is North West: its code is Y62',
			},
		]);
		expect(checkSystemsSense([{ entry: { ...icb, regionCode: 'Y62' }, index: 0 }], 'data/systems.json')).toEqual([]);
	});
});

describe('bad input for the system pages', () => {
	const files = fixtureFiles();
	const edit = (path: string, fn: (value: unknown) => void): ProjectFiles => {
		const copy: ProjectFiles = structuredClone(files);
		const list = path === 'data/systems.json' ? undefined : copy.datasets.find((d) => d.path === path);
		const target = list ?? copy.data.systems;
		if (!target) throw new Error(path);
		const value = JSON.parse(target.text) as unknown;
		fn(value);
		target.text = JSON.stringify(value, null, '\t');
		return copy;
	};
	const where = (f: ProjectFiles) => checkProject(f).problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);

	it('names a figure for an area that is not England, a region or a known ICB', () => {
		const f = edit('data/datasets/vw-capacity.json', (d) => {
			(d as { observations: { area: string }[] }).observations[5]!.area = 'QZZ';
		});
		expect(where(f).join('\n')).toMatch(/data\/datasets\/vw-capacity.json → observations\[5\]\.area: "QZZ"/);
	});

	it('names a month that appears twice for one area', () => {
		const f = edit('data/datasets/vw-occupancy.json', (d) => {
			const obs = (d as { observations: Record<string, unknown>[] }).observations;
			obs.splice(5, 0, { ...obs[4] });
		});
		expect(where(f).join('\n')).toMatch(
			/data\/datasets\/vw-occupancy.json → observations\[5\]: a second figure for \S+ in \d{4}-\d{2}/,
		);
	});

	it('names a system with no population or a population of zero', () => {
		const zero = edit('data/systems.json', (d) => {
			(d as { populations: { value: number }[] }[])[1]!.populations[0]!.value = 0;
		});
		expect(where(zero).join('\n')).toMatch(/data\/systems.json → \[1\]\.populations\[0\]\.value/);
		const none = edit('data/systems.json', (d) => {
			(d as { populations: unknown[] }[])[2]!.populations = [];
		});
		expect(where(none).join('\n')).toMatch(/data\/systems.json → \[2\]\.populations/);
	});
});

/** The content check's rules for datasets, targets and the data components (<Figure>, <TargetChart>). */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/content-check/project.ts';
import { checkMdxBody } from '../../src/lib/mdx/check.ts';
import { componentUses } from '../../src/lib/mdx/tree.ts';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import { loadDatasets, loadTargets } from '../helpers/data.ts';
import { ROOT } from '../helpers/site.ts';

const datasets = [...loadDatasets().values()];
const targets = loadTargets();

describe('the data components in an MDX body', () => {
	const check = (body: string) =>
		checkMdxBody(
			{ file: 'content/x/page.mdx', body, bodyLine: 20 },
			{
				sources: { ids: new Set(), unreadable: false },
				datasets: new Map(datasets.map((d) => [d.id, d])),
				datasetIds: { ids: new Set(datasets.map((d) => d.id)), unreadable: false },
				targets: new Map(targets.map((t) => [t.id, t])),
				targetIds: { ids: new Set(targets.map((t) => t.id)), unreadable: false },
				addresses: new Set(),
				drafts: new Map(),
				headings: new Map(),
				publicFiles: undefined,
			},
		);

	it('accepts a figure that exists and a chart of a target or a dataset', () => {
		expect(
			check(
				'England had <Figure id="vw-capacity" period="2023-12" /> beds.\n\n<TargetChart id="vw-40-50-per-100k" />\n<TargetChart id="vw-occupancy" />',
			),
		).toEqual([]);
	});

	it('names the file, the line and what is allowed for an unknown dataset, a month with no figure, or a missing attribute', () => {
		const problems = check(
			'Text\n\n<Figure id="vw-capcity" period="2023-12" />\n\n<Figure id="vw-capacity" period="2023-06" />\n\n<Figure id="vw-capacity" />\n\n<Figure id="vw-capacity" period="2024-11" />',
		);
		expect(problems).toEqual([
			{
				file: 'content/x/page.mdx',
				line: 22,
				column: 9,
				field: '<Figure id>',
				message: '"vw-capcity" is not a dataset: did you mean "vw-capacity"?',
			},
			{
				file: 'content/x/page.mdx',
				line: 24,
				column: 26,
				field: '<Figure period>',
				message: expect.stringMatching(
					/vw-capacity has no published figure for England in "2023-06"; periods with a figure: 2023-07, 2023-08, .*2025-10$/,
				),
			},
			{
				file: 'content/x/page.mdx',
				line: 26,
				column: 1,
				field: '<Figure period>',
				message: expect.stringContaining('is missing: <Figure> needs period="…"'),
			},
			// November 2024: the report gave occupancy only, so there is no capacity figure to print.
			{
				file: 'content/x/page.mdx',
				line: 28,
				column: 26,
				field: '<Figure period>',
				message: expect.stringContaining('no published figure for England in "2024-11"'),
			},
		]);
	});

	it('rejects a chart of a target no dataset measures, listing the ids that have charts', () => {
		const [problem] = check('<TargetChart id="digital-investment-plans" />');
		expect(problem?.field).toBe('<TargetChart id>');
		expect(problem?.message).toMatch(
			/^target "digital-investment-plans" is not measured by a dataset, so it has no chart: use the id of a target measured by a dataset, or of a dataset: .*vw-40-50-per-100k/,
		);
	});

	it('skips code fences', () => {
		expect(componentUses('```\n<Figure id="x" />\n```\n<Figure id=\'a\' period="b" />')).toEqual([
			{ name: 'Figure', attributes: { id: 'a', period: 'b' }, line: 4, column: 1 },
		]);
	});
});

describe('checkProject, data rules', () => {
	const files = () => readProjectFiles(ROOT);

	it('passes on the project as it is', () => {
		expect(checkProject(files()).problems).toEqual([]);
	});

	it('recomputes every primary rate from its count and population, and reports one that disagrees', () => {
		const f = files();
		const rate = f.datasets.find((d) => d.path.endsWith('vw-beds-per-100k.json'));
		if (!rate) throw new Error('no vw-beds-per-100k.json');
		const json = JSON.parse(rate.text) as { observations: { period: string; area: string; value: number }[] };
		const december = json.observations.findIndex((o) => o.period === '2023-12' && o.area === 'E92000001');
		(json.observations[december] as { value: number }).value = 24.0;
		const qyg = json.observations.findIndex((o) => o.period === '2023-12' && o.area === 'QYG');
		(json.observations[qyg] as { value: number }).value += 1;
		rate.text = JSON.stringify(json);
		const problems = checkProject(f).problems;
		expect(problems).toEqual([
			{
				file: 'data/datasets/vw-beds-per-100k.json',
				field: `observations[${december}].value`,
				line: 1,
				column: expect.any(Number),
				message: expect.stringMatching(
					/^24 does not match 11805 \(vw-capacity\) per 51396905 people \(adults-16-plus\) × 100,000 = 22\.968; check/,
				),
			},
			{
				file: 'data/datasets/vw-beds-per-100k.json',
				field: `observations[${qyg}].value`,
				line: 1,
				column: expect.any(Number),
				message: expect.stringContaining('(vw-capacity) per'),
			},
		]);
	});

	it('requires every figure of a broken series to name a declared series, and one figure per area and period', () => {
		const f = files();
		const rate = f.datasets.find((d) => d.path.endsWith('vw-beds-per-100k.json'));
		if (!rate) throw new Error('no vw-beds-per-100k.json');
		const json = JSON.parse(rate.text) as { observations: { series?: string }[] };
		delete json.observations[0]?.series;
		(json.observations[1] as { series?: string }).series = 'adults';
		json.observations.push({ ...(json.observations[2] as object) });
		rate.text = JSON.stringify(json);
		const messages = checkProject(f).problems.map((p) => `${p.field}: ${p.message}`);
		expect(messages).toContain(
			'observations[0]: series is required: this dataset is a broken series, so every figure names one of adults-16-plus, all-ages, population-not-stated',
		);
		expect(messages).toContain(
			'observations[1].series: "adults" is not a series of this dataset: this dataset is a broken series, so every figure names one of adults-16-plus, all-ages, population-not-stated',
		);
		expect(messages.some((m) => m.includes('a second figure for E92000001 in 2023-09'))).toBe(true);
	});

	it('checks followedBy and supersededBy point to another existing target, and that target ids are not dataset ids', () => {
		const f = files();
		const file = f.data.targets;
		if (!file) throw new Error('no targets.json');
		const json = JSON.parse(file.text) as { id: string; followedBy?: string; supersededBy?: string }[];
		const i = json.findIndex((t) => t.id === 'vw-40-50-per-100k');
		(json[i] as { followedBy?: string }).followedBy = 'vw-20000-beds';
		const j = json.findIndex((t) => t.id === 'epr-100-mar-2025');
		(json[j] as { supersededBy?: string }).supersededBy = 'epr-100-mar-2025';
		(json[j + 1] as { supersededBy?: string }).supersededBy = 'no-such-target';
		json.push({ ...(json[0] as object), id: 'vw-capacity' });
		file.text = JSON.stringify(json);
		const messages = checkProject(f).problems.map((p) => `${p.field}: ${p.message}`);
		const known = [...targets.map((t) => t.id), 'vw-capacity'].sort().join(', ');
		expect(messages).toContain(
			`[${i}].followedBy: "vw-20000-beds" is not a target in data/targets.json: did you mean "vw-10000-beds"?`,
		);
		expect(messages).toContain(
			`[${j + 1}].supersededBy: "no-such-target" is not a target in data/targets.json; known targets: ${known}`,
		);
		expect(messages).toContain(
			`[${j}].supersededBy: a target cannot point to itself: name the later target that replaced it`,
		);
		expect(messages.some((m) => m.includes('"vw-capacity" is also a dataset id'))).toBe(true);
	});
});

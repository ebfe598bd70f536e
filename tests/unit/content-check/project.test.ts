/** The whole-project check: every problem at once, with the file and field. */
import { describe, expect, it } from 'vitest';
import { checkProject, type ProjectFiles } from '../../../src/lib/content-check/project.ts';
import { fixtureFiles, fixtureProject } from '../../helpers/fixture-site.ts';

const json = (v: unknown) => JSON.stringify(v);
const source = {
	id: 'pg-2022-23-v3',
	title: 'Guidance',
	publisher: 'NHS England',
	date: '2022-02-22',
	url: 'https://www.england.nhs.uk/',
	kind: 'primary',
};
const target = {
	id: 'vw-40-50-per-100k',
	priority: 'virtual-wards',
	headline: '40-50 virtual beds per 100,000 population',
	statement: 'Develop virtual wards by December 2023.',
	metric: 'Capacity',
	unit: 'beds per 100,000 population',
	goal: '40-50',
	deadline: '2023-12',
	sources: ['pg-2022-23-v3'],
};
const priorities = ['virtual-wards', 'digitisation', 'investment-plans', 'workforce-skills'].map((id) => ({
	id,
	title: `Priority ${id}`,
	summary: 'A summary of this priority, long enough.',
}));
const front = `---
title: A page
summary: A summary that is long enough to pass.
audience: [ics]
targets: [vw-40-50-per-100k]
sources: [pg-2022-23-v3]
lastReviewed: 2026-11-25
nextReview: 2027-05-25
owner: Team
---
`;

function files(overrides: Partial<ProjectFiles> = {}): ProjectFiles {
	return {
		content: [{ path: 'content/virtual-wards/a.mdx', text: `${front}\nText.\n` }],
		data: {
			sources: { path: 'data/sources.json', text: json([source]) },
			targets: { path: 'data/targets.json', text: json([target]) },
			priorities: { path: 'data/priorities.json', text: json(priorities) },
			systems: { path: 'data/systems.json', text: '[]' },
		},
		datasets: [],
		...overrides,
	};
}

describe('checkProject', () => {
	it('passes a consistent project and returns its parsed pages', () => {
		const { problems, project } = checkProject(files());
		expect(problems).toEqual([]);
		expect(project.pages.map((p) => [p.priority, p.slug, p.data.title])).toEqual([['virtual-wards', 'a', 'A page']]);
	});

	it('reports every broken reference, missing file and syntax error together', () => {
		const sourcesText = json([source, source]);
		const targetsText = json([{ ...target, dataset: 'missing', supersededBy: 'gone' }]);
		const columnOf = (text: string, needle: string) => text.lastIndexOf(needle) + 1;
		const { problems } = checkProject(
			files({
				content: [
					{
						path: 'content/virtual-wards/a.mdx',
						text: front.replace('[vw-40-50-per-100k]', '[vw-99]').replace('[pg-2022-23-v3]', '[nope]'),
					},
					{ path: 'content/virtual-wards/b.mdx', text: 'no front matter' },
					{ path: 'content/virtual-wards/c.mdx', text: '---\ntitle: [unclosed\n---\n' },
					{ path: 'content/virtual-wards/d.md', text: front },
				],
				data: {
					sources: { path: 'data/sources.json', text: sourcesText },
					targets: { path: 'data/targets.json', text: targetsText },
					priorities: { path: 'data/priorities.json', text: json(priorities.slice(1)) },
				},
				datasets: [{ path: 'data/datasets/x.json', text: '{ nope' }],
			}),
		);
		expect(problems).toEqual([
			{
				file: 'data/sources.json',
				field: '[1].id',
				line: 1,
				column: columnOf(sourcesText, '"pg-2022-23-v3"'),
				message: '"pg-2022-23-v3" is used twice (first at line 1): every id must be unique',
			},
			{ file: 'data/systems.json', field: '', message: 'is missing: the site needs this file (see CONTRIBUTING.md)' },
			{
				file: 'data/datasets/x.json',
				field: '',
				line: 1,
				column: 3,
				message:
					'is not valid JSON: unexpected nope: put text in double quotes ("nope"); the only bare words JSON allows are true, false and null',
			},
			{
				file: 'content/virtual-wards/b.mdx',
				field: '',
				line: 1,
				message: 'has no front matter: start the file with a block between two "---" lines (see CONTRIBUTING.md)',
			},
			{
				file: 'content/virtual-wards/c.mdx',
				field: '',
				line: 2,
				column: 8,
				message:
					'front matter is not valid YAML: a list started with "[" is not closed: end it with "]", for example audience: [acute, ics]',
			},
			{
				file: 'content/virtual-wards/d.md',
				field: '',
				message: 'guidance pages must be .mdx files: rename d.md to d.mdx',
			},
			{
				file: 'content/virtual-wards/a.mdx',
				field: 'sources[0]',
				line: 6,
				column: 11,
				message: '"nope" is not a source in data/sources.json; known sources: pg-2022-23-v3',
			},
			{
				file: 'content/virtual-wards/a.mdx',
				field: 'targets[0]',
				line: 5,
				column: 11,
				message: '"vw-99" is not a target in data/targets.json; known targets: vw-40-50-per-100k',
			},
			{
				file: 'data/targets.json',
				field: '[0].dataset',
				line: 1,
				column: columnOf(targetsText, '"missing"'),
				message: '"missing" is not a dataset in data/datasets/; known datasets: x',
			},
			{
				file: 'data/targets.json',
				field: '[0].supersededBy',
				line: 1,
				column: columnOf(targetsText, '"gone"'),
				message: '"gone" is not a target in data/targets.json; known targets: vw-40-50-per-100k',
			},
			{
				file: 'data/priorities.json',
				field: '',
				message:
					'has no entry for the priority "virtual-wards": every priority needs a title, summary and headline target',
			},
		]);
	});

	it('does not report references to an entry that exists but is invalid, nor into a file that cannot be read', () => {
		const badTarget = { ...target, deadline: 'December 2023' };
		const invalid = checkProject(
			files({ data: { ...files().data, targets: { path: 'data/targets.json', text: json([badTarget]) } } }),
		);
		expect(invalid.problems).toEqual([
			{
				file: 'data/targets.json',
				field: '[0].deadline',
				line: 1,
				column: json([badTarget]).indexOf('"December 2023"') + 1,
				message: '"December 2023" is not a month: write it as YYYY-MM, for example 2023-12',
			},
		]);
		expect(invalid.ids.targets).toEqual({ ids: new Set(['vw-40-50-per-100k']), unreadable: false });
		const unreadable = checkProject(
			files({
				data: { ...files().data, targets: { path: 'data/targets.json', text: `${json([target]).slice(0, -1)},]` } },
			}),
		);
		expect(unreadable.problems).toEqual([
			{
				file: 'data/targets.json',
				field: '',
				line: 1,
				column: json([target]).length,
				message: 'is not valid JSON: a comma after the last item of a list: remove this ","',
			},
		]);
		expect(unreadable.ids.targets.unreadable).toBe(true);
	});

	it('requires a dataset id to match its file name', () => {
		const dataset = {
			id: 'other',
			title: 'A dataset',
			unit: 'beds',
			definition: 'Beds on virtual wards.',
			publisher: 'NHS England',
			licence: 'OGL v3.0',
			sources: ['pg-2022-23-v3'],
			asOf: '2024-08-08',
			observations: [{ period: '2023-12', area: 'E92000001', value: 1 }],
		};
		const { problems } = checkProject(files({ datasets: [{ path: 'data/datasets/vw.json', text: json(dataset) }] }));
		expect(problems).toEqual([
			{
				file: 'data/datasets/vw.json',
				field: 'id',
				line: 1,
				column: 7,
				message: '"other" must match the file name: write "vw", or rename the file to other.json',
			},
		]);
	});
});

describe('checkProject, data rules', () => {
	const files = () => fixtureFiles();

	it('passes on the fixture site as it is', () => {
		expect(checkProject(files()).problems).toEqual([]);
	});

	it('recomputes every primary rate from its count and population, and reports one that disagrees', () => {
		const f = files();
		const rate = f.datasets.find((d) => d.path.endsWith('vw-beds-per-100k.json'));
		if (!rate) throw new Error('no vw-beds-per-100k.json');
		const json = JSON.parse(rate.text) as { observations: { period: string; area: string; value: number }[] };
		const december = json.observations.findIndex((o) => o.period === '2023-12' && o.area === 'E92000001');
		(json.observations[december] as { value: number }).value = 24.0;
		const qaa = json.observations.findIndex((o) => o.period === '2023-12' && o.area === 'QAA');
		(json.observations[qaa] as { value: number }).value += 1;
		rate.text = JSON.stringify(json);
		const problems = checkProject(f).problems;
		expect(problems).toEqual([
			{
				file: 'data/datasets/vw-beds-per-100k.json',
				field: `observations[${december}].value`,
				line: 1,
				column: expect.any(Number),
				message: expect.stringMatching(
					/^24 does not match 11000 \(vw-capacity\) per 50000000 people \(adults-16-plus\) × 100,000 = 22\.000; check/,
				),
			},
			{
				file: 'data/datasets/vw-beds-per-100k.json',
				field: `observations[${qaa}].value`,
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
			'observations[0]: series is required: this dataset is a broken series, so every figure names one of adults-16-plus, all-ages',
		);
		expect(messages).toContain(
			'observations[1].series: "adults" is not a series of this dataset: this dataset is a broken series, so every figure names one of adults-16-plus, all-ages',
		);
		expect(messages.some((m) => m.includes('a second figure for QBB in 2023-09'))).toBe(true);
	});

	it('checks followedBy and supersededBy point to another existing target, and that target ids are not dataset ids', () => {
		const f = files();
		const file = f.data.targets;
		if (!file) throw new Error('no targets.json');
		const json = JSON.parse(file.text) as { id: string; followedBy?: string; supersededBy?: string }[];
		const i = json.findIndex((t) => t.id === 'vw-rate-goal');
		(json[i] as { followedBy?: string }).followedBy = 'vw-bed-goal';
		const j = json.findIndex((t) => t.id === 'records-2025');
		(json[j] as { supersededBy?: string }).supersededBy = 'records-2025';
		(json[j + 1] as { supersededBy?: string }).supersededBy = 'no-such-target';
		json.push({ ...(json[0] as object), id: 'vw-capacity' });
		file.text = JSON.stringify(json);
		const messages = checkProject(f).problems.map((p) => `${p.field}: ${p.message}`);
		const known = [...fixtureProject().project.targets.map((t) => t.id), 'vw-capacity'].sort().join(', ');
		expect(messages).toContain(
			`[${i}].followedBy: "vw-bed-goal" is not a target in data/targets.json: did you mean "vw-beds-goal"?`,
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

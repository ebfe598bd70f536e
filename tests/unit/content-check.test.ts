/** The whole-project check: every problem at once, with the file and field. */
import { describe, expect, it } from 'vitest';
import { checkProject, splitFrontMatter, type ProjectFiles } from '../../src/lib/content-check/project.ts';
import { checkMdxBody, type MdxContext } from '../../src/lib/mdx/check.ts';
import { formatPath } from '../../src/lib/problems/error-map.ts';
import { formatProblems } from '../../src/lib/problems/problems.ts';

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

describe('checkMdxBody', () => {
	const context: MdxContext = {
		sources: { ids: new Set(['x']), unreadable: false },
		datasets: new Map(),
		datasetIds: { ids: new Set(), unreadable: false },
		targets: new Map(),
		targetIds: { ids: new Set(), unreadable: false },
		addresses: new Set(['/']),
		drafts: new Map(),
		headings: new Map(),
		publicFiles: undefined,
	};
	const check = (body: string, bodyLine: number) => checkMdxBody({ file: 'f.mdx', body, bodyLine }, context);
	it('allows the listed components and ignores code', () => {
		const body = [
			'<Quote source="x">Words</Quote>',
			'',
			'`<Chart />` in code',
			'',
			'```',
			'<Chart />',
			'```',
			'',
			'<InsetText>Note</InsetText>',
		].join('\n');
		expect(check(body, 10)).toEqual([]);
	});
	it('rejects unknown components and imports, with the line and column', () => {
		const problems = check('Text\n\nimport X from "y"\n\n<Chart id="a" /> and <Foo.Bar />', 12);
		expect(problems).toEqual([
			{
				file: 'f.mdx',
				line: 14,
				column: 1,
				field: 'import',
				message: expect.stringContaining('"import X from "y"": import lines are not allowed'),
			},
			{
				file: 'f.mdx',
				line: 16,
				column: 1,
				field: '<Chart>',
				message:
					'unknown component <Chart>: allowed components are Quote, InsetText, WarningCallout, Figure, TargetChart',
			},
			{
				file: 'f.mdx',
				line: 16,
				column: 22,
				field: '<Foo.Bar>',
				message:
					'unknown component <Foo.Bar>: allowed components are Quote, InsetText, WarningCallout, Figure, TargetChart',
			},
		]);
	});
});

describe('front matter and formatting', () => {
	it('splits front matter from body and counts the first body line', () => {
		const r = splitFrontMatter({ path: 'a.mdx', text: '---\ntitle: X\n---\nBody' });
		if ('message' in r) throw new Error(r.message);
		expect([r.data, r.body, r.bodyLine, r.problems]).toEqual([{ title: 'X' }, 'Body', 4, []]);
		expect(r.locate(['title'])).toEqual({ line: 2, column: 8 });
	});
	it('formats paths and a problem list sorted by file', () => {
		expect(formatPath(['observations', 3, 'period'])).toBe('observations[3].period');
		expect(formatPath([2, 'sources', 0])).toBe('[2].sources[0]');
		expect(
			formatProblems([
				{ file: 'b.json', field: 'x', message: 'is wrong' },
				{ file: 'a.mdx', field: '', message: 'is broken' },
			]),
		).toBe('2 problems in content or data:\n  a.mdx: is broken\n  b.json → x: is wrong');
	});
});

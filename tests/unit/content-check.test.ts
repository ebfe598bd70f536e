/** The whole-project check: every problem at once, with the file and field. */
import { describe, expect, it } from 'vitest';
import { checkProject, splitFrontMatter, type ProjectFiles } from '../../src/lib/content-check/project.ts';
import { checkMdxBody, type MdxContext } from '../../src/lib/mdx/check.ts';
import { formatPath, formatProblems } from '../../src/lib/content-check/problems.ts';

const json = (v: unknown) => JSON.stringify(v);
const source = { id: 'pg-2022-23-v3', title: 'Guidance', publisher: 'NHS England', date: '2022-02-22', url: 'https://www.england.nhs.uk/', kind: 'primary' };
const target = { id: 'vw-40-50-per-100k', priority: 'virtual-wards', headline: '40-50 virtual beds per 100,000 population', statement: 'Develop virtual wards by December 2023.', metric: 'Capacity', unit: 'beds per 100,000 population', goal: '40-50', deadline: '2023-12', sources: ['pg-2022-23-v3'] };
const priorities = ['virtual-wards', 'digitisation', 'investment-plans', 'workforce-skills'].map((id) => ({ id, title: `Priority ${id}`, summary: 'A summary of this priority, long enough.' }));
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
		const { problems } = checkProject(
			files({
				content: [
					{ path: 'content/virtual-wards/a.mdx', text: front.replace('[vw-40-50-per-100k]', '[vw-99]').replace('[pg-2022-23-v3]', '[nope]') },
					{ path: 'content/virtual-wards/b.mdx', text: 'no front matter' },
					{ path: 'content/virtual-wards/c.mdx', text: '---\ntitle: [unclosed\n---\n' },
					{ path: 'content/virtual-wards/d.md', text: front },
				],
				data: {
					sources: { path: 'data/sources.json', text: json([source, source]) },
					targets: { path: 'data/targets.json', text: json([{ ...target, dataset: 'missing', supersededBy: 'gone' }]) },
					priorities: { path: 'data/priorities.json', text: json(priorities.slice(1)) },
				},
				datasets: [{ path: 'data/datasets/x.json', text: '{ nope' }],
			}),
		);
		expect(problems).toEqual([
			{ file: 'data/systems.json', field: '', message: expect.stringContaining('is missing: the site needs this file (see CON') },
			{ file: 'data/sources.json', field: 'id', message: expect.stringContaining('"pg-2022-23-v3" is used twice: every id must ') },
			{ file: 'data/datasets/x.json', field: '', message: expect.stringContaining('is not valid JSON: Expected property name or ') },
			{ file: 'content/virtual-wards/b.mdx', field: '', message: expect.stringContaining('has no front matter: start the file with a bl') },
			{ file: 'content/virtual-wards/c.mdx', field: '', message: expect.stringContaining('front matter is not valid YAML: Flow sequence') },
			{ file: 'content/virtual-wards/d.md', field: '', message: expect.stringContaining('guidance pages must be .mdx files') },
			{ file: 'content/virtual-wards/a.mdx', field: 'sources[0]', message: expect.stringContaining('"nope" is not a source in data/sources.json; ') },
			{ file: 'content/virtual-wards/a.mdx', field: 'targets[0]', message: expect.stringContaining('"vw-99" is not a target in data/targets.json;') },
			{ file: 'data/targets.json', field: '[0].dataset', message: expect.stringContaining('"missing" is not a dataset in data/datasets/;') },
			{ file: 'data/targets.json', field: '[0].supersededBy', message: expect.stringContaining('"gone" is not a target in data/targets.json') },
			{ file: 'data/priorities.json', field: '', message: expect.stringContaining('has no entry for the priority "virtual-wards"') },
		]);
	});

	it('requires a dataset id to match its file name', () => {
		const dataset = { id: 'other', title: 'A dataset', unit: 'beds', definition: 'Beds on virtual wards.', publisher: 'NHS England', licence: 'OGL v3.0', sources: ['pg-2022-23-v3'], asOf: '2024-08-08', observations: [{ period: '2023-12', area: 'E92000001', value: 1 }] };
		const { problems } = checkProject(files({ datasets: [{ path: 'data/datasets/vw.json', text: json(dataset) }] }));
		expect(problems).toEqual([{ file: 'data/datasets/vw.json', field: 'id', message: '"other" must match the file name: "vw"' }]);
	});
});

describe('checkMdxBody', () => {
	const context: MdxContext = {
		sourceIds: new Set(['x']),
		datasets: new Map(),
		datasetIds: new Set(),
		targets: new Map(),
		targetIds: new Set(),
		addresses: new Set(['/']),
		drafts: new Map(),
		headings: new Map(),
		publicFiles: undefined,
	};
	const check = (body: string, bodyLine: number) => checkMdxBody({ file: 'f.mdx', body, bodyLine }, context);
	it('allows the listed components and ignores code', () => {
		const body = ['<Quote source="x">Words</Quote>', '', '`<Chart />` in code', '', '```', '<Chart />', '```', '', '<InsetText>Note</InsetText>'].join('\n');
		expect(check(body, 10)).toEqual([]);
	});
	it('rejects unknown components and imports, with the line and column', () => {
		const problems = check('Text\n\nimport X from "y"\n\n<Chart id="a" /> and <Foo.Bar />', 12);
		expect(problems).toEqual([
			{ file: 'f.mdx', line: 14, column: 1, field: 'import', message: expect.stringContaining('"import X from "y"": import lines are not allowed') },
			{ file: 'f.mdx', line: 16, column: 1, field: '<Chart>', message: 'unknown component <Chart>: allowed components are Quote, InsetText, WarningCallout, Figure, TargetChart' },
			{ file: 'f.mdx', line: 16, column: 22, field: '<Foo.Bar>', message: 'unknown component <Foo.Bar>: allowed components are Quote, InsetText, WarningCallout, Figure, TargetChart' },
		]);
	});
});

describe('front matter and formatting', () => {
	it('splits front matter from body and counts the first body line', () => {
		const r = splitFrontMatter({ path: 'a.mdx', text: '---\ntitle: X\n---\nBody' });
		expect(r).toEqual({ data: { title: 'X' }, body: 'Body', bodyLine: 4 });
	});
	it('formats paths and a problem list sorted by file', () => {
		expect(formatPath(['observations', 3, 'period'])).toBe('observations[3].period');
		expect(formatPath([2, 'sources', 0])).toBe('[2].sources[0]');
		expect(formatProblems([
			{ file: 'b.json', field: 'x', message: 'is wrong' },
			{ file: 'a.mdx', field: '', message: 'is broken' },
		])).toBe('2 problems in content or data:\n  a.mdx: is broken\n  b.json → x: is wrong');
	});
});

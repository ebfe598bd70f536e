/**
 * The MDX body check (src/lib/mdx/check.ts): the allowed components, and the
 * data components (<Figure>, <TargetChart>) against the fixture site's datasets
 * and targets. (Beside tests/unit/mdx-check.test.ts, which another change moves;
 * fold the two together there.)
 */
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../../src/lib/mdx/check.ts';
import { fixtureProject } from '../../helpers/fixture-site.ts';
import { mdxContext } from '../../helpers/mdx-context.ts';

const { project } = fixtureProject();
const datasets = project.datasets;
const targets = project.targets;

describe('the components an MDX body may use', () => {
	const context = mdxContext({
		sources: { ids: new Set(['x']), unreadable: false },
		addresses: new Set(['/']),
	});
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

	it('suggests the component an unknown one is nearest to, its case or a letter apart, and leaves HTML alone', () => {
		const messages = (body: string) => check(body, 1).map((p) => `${p.field}: ${p.message}`);
		expect(messages('<insetText>Words</insetText>')).toEqual([
			'<insetText>: unknown component <insetText>: did you mean <InsetText>? Write its name as it is listed, with its capitals: Quote, InsetText, WarningCallout, Figure, TargetChart',
		]);
		expect(messages('<InsetTxt>Words</InsetTxt>')).toEqual([
			'<InsetTxt>: unknown component <InsetTxt>: did you mean <InsetText>? Write its name as it is listed: Quote, InsetText, WarningCallout, Figure, TargetChart',
		]);
		expect(messages('<b>Words</b>')).toEqual(['<b>: <b> is HTML, which guidance pages do not use: use **bold**']);
	});
});

describe('the data components in an MDX body', () => {
	const check = (body: string) =>
		checkMdxBody(
			{ file: 'content/x/page.mdx', body, bodyLine: 20 },
			mdxContext({
				datasets: new Map(datasets.map((d) => [d.id, d])),
				datasetIds: { ids: new Set(datasets.map((d) => d.id)), unreadable: false },
				targets: new Map(targets.map((t) => [t.id, t])),
				targetIds: { ids: new Set(targets.map((t) => t.id)), unreadable: false },
			}),
		);

	it('accepts a figure that exists and a chart of a target or a dataset', () => {
		expect(
			check(
				'England had <Figure id="vw-capacity" period="2023-12" /> beds.\n\n<TargetChart id="vw-rate-goal" />\n<TargetChart id="vw-occupancy" />',
			),
		).toEqual([]);
	});

	it('names the file, the line and what is allowed for an unknown dataset, a month with no figure, or a missing attribute', () => {
		const problems = check(
			'Text\n\n<Figure id="vw-capcity" period="2023-12" />\n\n<Figure id="vw-capacity" period="2023-06" />\n\n<Figure id="vw-capacity" />\n\n<Figure id="vw-capacity" period="2024-01" />',
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
					/vw-capacity has no published figure for England in "2023-06"; periods with a figure: 2023-09, 2023-12, 2024-06, 2025-03$/,
				),
			},
			{
				file: 'content/x/page.mdx',
				line: 26,
				column: 1,
				field: '<Figure period>',
				message: expect.stringContaining('is missing: <Figure> needs period="…"'),
			},
			// January 2024: a month between two published figures.
			{
				file: 'content/x/page.mdx',
				line: 28,
				column: 26,
				field: '<Figure period>',
				message: expect.stringContaining('no published figure for England in "2024-01"'),
			},
		]);
	});

	it('rejects a chart of a target no dataset measures, listing the ids that have charts', () => {
		const [problem] = check('<TargetChart id="plans-2022" />');
		expect(problem?.field).toBe('<TargetChart id>');
		expect(problem?.message).toMatch(
			/^target "plans-2022" is not measured by a dataset, so it has no chart: use the id of a target measured by a dataset, or of a dataset: .*vw-rate-goal/,
		);
	});
});

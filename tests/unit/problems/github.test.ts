/** Problems as GitHub Actions shows them: workflow commands, their escaping and the job summary (src/lib/problems/github.ts). */
import { describe, expect, it } from 'vitest';
import {
	annotation,
	annotations,
	capExplanation,
	checkedCommitFromEnv,
	escapeData,
	escapeProperty,
	lineAddress,
	markdownCell,
	stepSummary,
	workflowCommand,
} from '../../../src/lib/problems/github.ts';
import type { Problem } from '../../../src/lib/problems/problems.ts';

const problem = (file: string, line: number | undefined, message: string, field = ''): Problem =>
	line === undefined ? { file, field, message } : { file, line, column: 3, field, message };

/** `n` problems in one file, one a line, numbered from 1. */
const many = (n: number, what = 'problem'): Problem[] =>
	Array.from({ length: n }, (_, i) => problem('content/a/b.mdx', i + 1, `${what} ${String(i + 1)}`, 'title'));

const commit = { server: 'https://github.com', repository: 'nhs-org/portal', sha: '0123abc' };

/** Decodes a workflow command as GitHub's runner does: its name, its properties and its message. */
function decode(command: string): { name: string; properties: Record<string, string>; message: string } {
	const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(command);
	if (!match) throw new Error(`not a workflow command: ${command}`);
	const unescape = (s: string) =>
		s
			.replaceAll('%0D', '\r')
			.replaceAll('%0A', '\n')
			.replaceAll('%3A', ':')
			.replaceAll('%2C', ',')
			.replaceAll('%25', '%');
	const properties = Object.fromEntries(
		(match[2] ?? '')
			.split(',')
			.filter((p) => p !== '')
			.map((p) => {
				const at = p.indexOf('=');
				return [p.slice(0, at), unescape(p.slice(at + 1))];
			}),
	);
	return { name: match[1] ?? '', properties, message: unescape(match[3] ?? '') };
}

describe('escaping', () => {
	it('writes %, CR and LF in a message as GitHub decodes them, and leaves : and , alone', () => {
		expect(escapeData('50% of beds\r\nby March: 2025, at least')).toBe('50%25 of beds%0D%0Aby March: 2025, at least');
	});

	it('writes : and , in a property too, since they end a property', () => {
		expect(escapeProperty('Content check: sources[0], 100%\n')).toBe('Content check%3A sources[0]%2C 100%25%0A');
	});

	it('escapes % first, so an escape already in the text is not decoded into something else', () => {
		expect(escapeData('%0A')).toBe('%250A');
		expect(escapeProperty('%3A')).toBe('%253A');
	});

	it('keeps a message whole: no line break, and it decodes back to the text', () => {
		const message = 'one: two, three\nfour 100% \r five';
		const command = workflowCommand('error', { file: 'a,b:c.mdx', title: 'x: y, z' }, message);
		expect(command.split('\n')).toHaveLength(1);
		expect(decode(command)).toEqual({ name: 'error', properties: { file: 'a,b:c.mdx', title: 'x: y, z' }, message });
	});

	it('leaves out properties that are undefined', () => {
		expect(workflowCommand('warning', { file: 'a.json', line: undefined }, 'm')).toBe('::warning file=a.json::m');
		expect(workflowCommand('notice', {}, 'm')).toBe('::notice::m');
	});
});

describe('annotations', () => {
	it('puts a problem on its file, line and column, titled with its field', () => {
		const p = problem(
			'content/virtual-wards/funding.mdx',
			4,
			'"hospital" is not an audience: use acute, ics',
			'audience[1]',
		);
		expect(annotation({ ...p, severity: 'error' })).toBe(
			'::error file=content/virtual-wards/funding.mdx,line=4,col=3,endLine=4,title=Content check%3A audience[1]::"hospital" is not an audience: use acute, ics',
		);
	});

	it('puts a problem without a line on its file, and a warning as a warning', () => {
		const file = problem('content/virtual-ward/page.mdx', undefined, 'is not in a priority folder');
		expect(annotation({ ...file, severity: 'error' })).toBe(
			'::error file=content/virtual-ward/page.mdx,title=Content check::is not in a priority folder',
		);
		const warning = problem('content/a/b.mdx', 9, 'a long sentence', 'long-sentence');
		expect(decode(annotation({ ...warning, severity: 'warning' }))).toMatchObject({
			name: 'warning',
			properties: { line: '9', title: 'Content check advice: long-sentence' },
		});
	});

	it('gives one command per problem, then one per warning, each in the order of the plain list', () => {
		const commands = annotations({
			problems: [problem('data/b.json', 2, 'second'), problem('data/a.json', 7, 'first')],
			warnings: [problem('content/a/b.mdx', 1, 'advice')],
		});
		expect(commands.map((c) => [decode(c).name, decode(c).message])).toEqual([
			['error', 'first'],
			['error', 'second'],
			['warning', 'advice'],
		]);
	});
});

describe('links to lines', () => {
	it('are read from the variables GitHub Actions sets, all three or none', () => {
		expect(
			checkedCommitFromEnv({ GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' }),
		).toEqual({ server: 'https://github.com', repository: 'o/r', sha: 'abc' });
		expect(checkedCommitFromEnv({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' })).toBeUndefined();
	});

	it("open the file's source at the line, in the commit checked", () => {
		expect(lineAddress(commit, { file: 'content/virtual-wards/funding.mdx', line: 12 })).toBe(
			'https://github.com/nhs-org/portal/blob/0123abc/content/virtual-wards/funding.mdx?plain=1#L12',
		);
		expect(lineAddress(commit, { file: 'content/a b/(draft) #1.mdx' })).toBe(
			'https://github.com/nhs-org/portal/blob/0123abc/content/a%20b/%28draft%29%20%231.mdx?plain=1',
		);
	});
});

describe('the cap explained', () => {
	it('says every problem is marked when there are no more than 10 of a kind', () => {
		expect(capExplanation({ problems: many(10), warnings: many(10) })).toBe(
			`Each is also marked on its line in the pull request's "Files changed". GitHub marks at most 10 errors and 10 warnings of a step on the pull request's lines, and 50 of a whole job: this table always lists every one.`,
		);
	});

	it('says how many are not marked when there are more', () => {
		expect(capExplanation({ problems: many(11), warnings: [] })).toBe(
			"GitHub marks at most 10 errors and 10 warnings of a step on the pull request's lines, and 50 of a whole job, so 1 of the 11 problems is not marked there: this table lists every one.",
		);
		expect(capExplanation({ problems: many(23), warnings: many(12) })).toContain(
			'so 13 of the 23 problems and 2 of the 12 warnings are not marked there',
		);
	});
});

describe('the job summary', () => {
	it('is a table of every problem, then every warning, each linked to its line', () => {
		const summary = stepSummary(
			{
				problems: [
					problem('data/targets.json', 16, '"December 2023" is not a month: write it as YYYY-MM', '[0].deadline'),
					problem(
						'content/virtual-ward/page.mdx',
						undefined,
						'is not in a priority folder: did you mean content/virtual-wards/?',
					),
				],
				warnings: [problem('content/virtual-wards/funding.mdx', 18, 'the page was due for review', 'nextReview')],
			},
			{ heading: 'Content check', commit },
		);
		expect(summary).toMatchInlineSnapshot(`
			"## Content check

			2 problems and 1 warning. Each is also marked on its line in the pull request's "Files changed". GitHub marks at most 10 errors and 10 warnings of a step on the pull request's lines, and 50 of a whole job: this table always lists every one.

			| Kind | Where | Field | What is wrong and what to do |
			| --- | --- | --- | --- |
			| Error | [content/virtual-ward/page.mdx](https://github.com/nhs-org/portal/blob/0123abc/content/virtual-ward/page.mdx?plain=1) |  | is not in a priority folder: did you mean content/virtual-wards/? |
			| Error | [data/targets.json:16:3](https://github.com/nhs-org/portal/blob/0123abc/data/targets.json?plain=1#L16) | \\[0\\].deadline | "December 2023" is not a month: write it as YYYY-MM |
			| Warning | [content/virtual-wards/funding.mdx:18:3](https://github.com/nhs-org/portal/blob/0123abc/content/virtual-wards/funding.mdx?plain=1#L18) | nextReview | the page was due for review |
			"
		`);
	});

	it('has one row per problem, however many, with the cap explained', () => {
		const summary = stepSummary({ problems: many(14), warnings: [] }, { heading: 'Content check', commit });
		const rows = summary.split('\n').filter((l) => l.startsWith('| Error |'));
		expect(rows).toHaveLength(14);
		expect(rows.at(-1)).toContain('problem 14');
		expect(summary).toContain('so 4 of the 14 problems are not marked there');
	});

	it('shows places as plain text when it does not know the commit', () => {
		const summary = stepSummary({ problems: many(1), warnings: [] }, { heading: 'Content check (build)' });
		expect(summary).toContain('## Content check (build)');
		expect(summary).toContain('| Error | content/a/b.mdx:1:3 | title | problem 1 |');
	});

	it('says so when there is nothing to fix', () => {
		expect(stepSummary({ problems: [], warnings: [] }, { heading: 'Content check' })).toBe(
			'## Content check\n\nContent and data: no problems found.\n',
		);
	});

	it('keeps each message in its cell: Markdown and HTML in it are shown as written', () => {
		const message = 'unknown component <Chart>: use | pipes, **bold**, [links](x), `code`, &amp; and a\nline break';
		expect(markdownCell(message)).toBe(
			'unknown component \\<Chart\\>: use \\| pipes, \\*\\*bold\\*\\*, \\[links\\](x), \\`code\\`, \\&amp; and a line break',
		);
		const summary = stepSummary(
			{ problems: [problem('a.mdx', 1, message, '<Chart>')], warnings: [] },
			{ heading: 'h' },
		);
		const row = summary.split('\n').find((l) => l.startsWith('| Error |')) ?? '';
		// Five cell borders: the row is not split by the pipe in the message.
		expect(row.replaceAll('\\|', '').split('|')).toHaveLength(6);
	});

	it('stops before the size limit and says how many entries did not fit', () => {
		const problems = many(200).map((p) => ({ ...p, message: `${p.message} ${'x'.repeat(400)}` }));
		const summary = stepSummary({ problems, warnings: [] }, { heading: 'Content check', limitBytes: 20_000 });
		const rows = summary.split('\n').filter((l) => l.startsWith('| Error |'));
		expect(new TextEncoder().encode(summary).length).toBeLessThanOrEqual(20_000);
		expect(rows.length).toBeGreaterThan(10);
		expect(summary).toContain(
			`${String(200 - rows.length)} more entries did not fit (a summary holds at most 20 KiB): the step's log lists every one.`,
		);
	});
});

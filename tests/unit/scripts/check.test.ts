/**
 * `npm run check:content` (scripts/check.ts) as GitHub Actions runs it: the
 * command itself, in a child process, on a copy of the fixture site with five
 * mistakes, with GITHUB_ACTIONS=true and a job summary file of its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../../../scripts/lib/project-copy.ts';
import { FIXTURE_ROOT } from '../../helpers/fixture-site.ts';

let dir = '';

/** Replaces `from` with `to` in the copy's file at `path` and returns the 1-based line it is on; throws if `from` is not there. */
function mistake(path: string, from: string, to: string): number {
	const file = join(dir, path);
	const text = readFileSync(file, 'utf8');
	const at = text.indexOf(from);
	if (at < 0) throw new Error(`${from} not found in ${path}`);
	writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
	return text.slice(0, at).split('\n').length;
}

interface Ran {
	status: number | null;
	stdout: string;
	stderr: string;
	summary: string;
}

/** Runs the command in the copy with `env` (and the review date fixed, so no page is due for review). */
function check(args: readonly string[], env: Readonly<Record<string, string>>): Ran {
	const summaryFile = join(dir, `summary-${String(Math.random()).slice(2)}.md`);
	writeFileSync(summaryFile, '');
	const { GITHUB_ACTIONS: _actions, GITHUB_STEP_SUMMARY: _summary, ...rest } = process.env;
	const child = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'check.ts'), ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...rest, REVIEW_AS_OF: '2026-01-01', GITHUB_STEP_SUMMARY: summaryFile, ...env },
	});
	return {
		status: child.status,
		stdout: child.stdout,
		stderr: child.stderr,
		summary: readFileSync(summaryFile, 'utf8'),
	};
}

const lines: Record<string, number> = {};
let github: Ran;

beforeAll(() => {
	mkdirSync(TMP, { recursive: true });
	dir = mkdtempSync(join(TMP, 'check-command-'));
	cpSync(FIXTURE_ROOT, dir, { recursive: true });
	lines.target = mistake('content/virtual-wards/overview.mdx', 'targets: [vw-rate-goal]', 'targets: [vw-rate-gaol]');
	lines.audience = mistake(
		'content/digitisation/maturity.mdx',
		'audience: [acute, community]',
		'audience: [acute, comunity]',
	);
	lines.related = mistake(
		'content/digitisation/records.mdx',
		'related: [virtual-wards/ambition,',
		'related: [virtual-wards/ambitions,',
	);
	lines.deadline = mistake('data/targets.json', '"deadline": "2023-12"', '"deadline": "December 2023"');
	lines.component = mistake(
		'content/digitisation/maturity.mdx',
		'Staff lose time',
		'<Chart id="x" />\n\nStaff lose time',
	);
	github = check([], {
		GITHUB_ACTIONS: 'true',
		GITHUB_SERVER_URL: 'https://github.com',
		GITHUB_REPOSITORY: 'nhs-org/portal',
		GITHUB_SHA: '0123abc',
	});
});

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('check:content in GitHub Actions', () => {
	it('fails, and prints the plain list as it always does', () => {
		expect(github.status, github.stderr).toBe(1);
		expect(github.stderr).toMatch(/^\d+ problems in content or data:\n {2}content\//);
	});

	it('prints one error annotation per problem, on its file and line', () => {
		const errors = github.stdout.split('\n').filter((l) => l.startsWith('::error '));
		expect(errors, github.stdout).toHaveLength(5);
		expect(github.stdout.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(5);
		for (const [file, line] of [
			['content/virtual-wards/overview.mdx', lines.target],
			['content/digitisation/maturity.mdx', lines.audience],
			['content/digitisation/records.mdx', lines.related],
			['data/targets.json', lines.deadline],
			['content/digitisation/maturity.mdx', lines.component],
		] as const) {
			expect(errors.some((e) => e.startsWith(`::error file=${file},line=${String(line)},`))).toBe(true);
		}
	});

	it('says "did you mean" on the line of a wrong target id', () => {
		const line = github.stdout
			.split('\n')
			.find((l) => l.startsWith('::error file=content/virtual-wards/overview.mdx,'));
		expect(line).toBe(
			`::error file=content/virtual-wards/overview.mdx,line=${String(lines.target)},col=11,endLine=${String(lines.target)},title=Content check%3A targets[0]::"vw-rate-gaol" is not a target in data/targets.json: did you mean "vw-rate-goal"?`,
		);
	});

	it('writes every problem as a row of the job summary, linked to its line', () => {
		const rows = github.summary.split('\n').filter((l) => l.startsWith('| Error |'));
		expect(rows, github.summary).toHaveLength(5);
		expect(github.summary).toContain('## Content check\n\n5 problems.');
		expect(github.summary).toContain(
			`[content/virtual-wards/overview.mdx:${String(lines.target)}:11](https://github.com/nhs-org/portal/blob/0123abc/content/virtual-wards/overview.mdx?plain=1#L${String(lines.target)})`,
		);
		expect(github.summary).toContain('GitHub marks at most 10 errors and 10 warnings of a step');
	});
});

describe('check:content elsewhere', () => {
	it('prints the plain list and nothing for GitHub, unless asked', () => {
		const plain = check([], {});
		expect(plain.status).toBe(1);
		expect(plain.stderr).toBe(`${github.stderr}`);
		expect(plain.stdout).toBe('');
		expect(plain.summary).toBe('');
		const asked = check(['--format', 'github'], {});
		expect(asked.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(5);
		expect(asked.summary).toContain('| Error |');
	});

	it('prints machine-readable problems with --format json, and only them', () => {
		const json = check(['--format', 'json'], { GITHUB_ACTIONS: 'true' });
		expect(json.status).toBe(1);
		expect(json.stderr).toBe('');
		expect(json.summary).toBe('');
		const parsed = JSON.parse(json.stdout) as { errors: number; problems: { file: string; line: number | null }[] };
		expect(parsed.errors).toBe(5);
		expect(parsed.problems).toContainEqual(
			expect.objectContaining({ severity: 'error', file: 'content/virtual-wards/overview.mdx', line: lines.target }),
		);
	});

	it('answers a format it does not have with one line and exit code 2', () => {
		const wrong = check(['--format', 'xml'], {});
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toBe(
			'check:content could not run: --format "xml" is not a format. usage: npm run check:content [-- --format plain|github|json]\n',
		);
	});
});

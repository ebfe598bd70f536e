/**
 * The content check inside `astro build`, in GitHub Actions: a page of the
 * real content names a target id that does not exist, and the build, run
 * with GITHUB_ACTIONS=true and a job summary file of its own, marks the
 * line on the pull request, writes the summary's table, and ends with the
 * problem list and exit code 1: no "unhandled error", no stack trace
 * (src/integrations/content-check.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectCopy, removeCopy, type BuildResult } from '../helpers/site.ts';

const PAGE = 'content/digitisation/core-level-of-digitisation.mdx';
let dir = '';
let line = 0;
let summary = '';
let result: BuildResult;

beforeAll(() => {
	dir = projectCopy('github-annotations');
	const file = join(dir, PAGE);
	const text = readFileSync(file, 'utf8');
	const from = 'targets: [core-digitisation-2025]';
	const at = text.indexOf(from);
	if (at < 0) throw new Error(`${from} is not in ${PAGE}`);
	line = text.slice(0, at).split('\n').length;
	writeFileSync(file, text.replace(from, 'targets: [core-digitisation-2052]'));
	const summaryFile = join(dir, 'step-summary.md');
	writeFileSync(summaryFile, '');
	result = buildSite(dir, join(dir, 'dist'), {
		GITHUB_ACTIONS: 'true',
		GITHUB_STEP_SUMMARY: summaryFile,
		GITHUB_SERVER_URL: 'https://github.com',
		GITHUB_REPOSITORY: 'nhs-org/portal',
		GITHUB_SHA: '0123abc',
	});
	summary = readFileSync(summaryFile, 'utf8');
});

afterAll(() => removeCopy(dir));

describe('a build that the content check stops, in GitHub Actions', () => {
	it('marks the line of the wrong target id, with "did you mean"', () => {
		expect(result.output).toContain(
			`::error file=${PAGE},line=${String(line)},col=11,endLine=${String(line)},title=Content check%3A targets[0]::"core-digitisation-2052" is not a target in data/targets.json: did you mean "core-digitisation-2025"?\n`,
		);
	});

	it('writes the problem to the job summary, linked to its line', () => {
		expect(summary).toContain('## Content check (build)\n\n1 problem.');
		expect(summary).toContain(
			`| Error | [${PAGE}:${String(line)}:11](https://github.com/nhs-org/portal/blob/0123abc/${PAGE}?plain=1#L${String(line)}) | targets\\[0\\] |`,
		);
	});

	it('ends with the problem list and exit code 1, and nothing else: no "unhandled error", no stack trace', () => {
		expect(result.status).toBe(1);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
		const printed = result.output
			.split('\n')
			.filter((l) => l.trim() !== '' && !l.startsWith('::'))
			.join('\n');
		expect(printed).toMatch(
			new RegExp(
				`^\\d\\d:\\d\\d:\\d\\d \\[ERROR\\] \\[portal:content-check\\] 1 problem in content or data:\\n {2}${PAGE}:${String(line)}:11 → targets\\[0\\]: .+$`,
			),
		);
	});
});

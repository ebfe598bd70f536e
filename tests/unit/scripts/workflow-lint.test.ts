/**
 * The workflows a publisher adopts as they are (.github/workflows/, README.md
 * "Deploy"): actionlint finds nothing in them (scripts/lib/workflow-lint.ts),
 * and they do what the README promises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	formatWorkflowProblem,
	lintWorkflow,
	lintWorkflows,
	workflowFiles,
} from '../../../scripts/lib/workflow-lint.ts';
import { ROOT } from '../../helpers/site.ts';

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Job {
	permissions?: Record<string, string>;
	steps: Step[];
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, Job>;
}

const read = (name: string): { text: string; workflow: Workflow } => {
	const text = readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
	return { text, workflow: parse(text) as Workflow };
};
const preview = read('check-and-preview.yml');
const publish = read('publish.yml');
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);
/** The index of the first step that runs `command` or uses `action`; throws if none does. */
const stepOf = (w: Workflow, match: string): number => {
	const at = steps(w).findIndex((s) => s.run?.includes(match) === true || s.uses?.startsWith(match) === true);
	if (at < 0) throw new Error(`no step runs or uses ${match}`);
	return at;
};

describe('actionlint', () => {
	it('finds nothing wrong in the workflows', async () => {
		expect(workflowFiles(ROOT)).toEqual(['.github/workflows/check-and-preview.yml', '.github/workflows/publish.yml']);
		expect((await lintWorkflows(ROOT)).map(formatWorkflowProblem)).toEqual([]);
	});

	it('finds what is wrong in a broken one, with its line', async () => {
		const broken = [
			'on: pull_request',
			'jobs:',
			'  check:',
			'    runs-on: ubuntu-latest',
			'    needs: [build]',
			'    steps:',
			'      - run: echo "${{ github.event.pull_request.numbr }}"',
			'      - uses: actions/checkout@v4',
			'        with:',
			'          fetch-dept: 1',
			'',
		].join('\n');
		const found = await lintWorkflow('broken.yml', broken);
		expect(found.map((p) => [p.line, p.kind])).toEqual(
			expect.arrayContaining([
				[3, 'job-needs'],
				[10, 'action'],
			]),
		);
		expect(formatWorkflowProblem(found.find((p) => p.kind === 'action') ?? found[0]!)).toMatch(
			/^broken\.yml:10:11: input "fetch-dept" is not defined in action "actions\/checkout@v4"/,
		);
	});
});

describe('the workflows', () => {
	const all = [preview, publish];

	it('pin every action to a major version', () => {
		const uses = all.flatMap(({ workflow }) => steps(workflow).flatMap((s) => (s.uses ? [s.uses] : [])));
		expect(uses.length).toBeGreaterThan(6);
		expect(uses.filter((u) => !/^actions\/[a-z-]+@v\d+$/.test(u))).toEqual([]);
	});

	it('check a pull request, build it and upload the preview, with no secrets and read-only access', () => {
		const { text, workflow } = preview;
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(Object.values(workflow.jobs).map((j) => j.permissions)).toEqual([undefined]);
		expect(text).not.toMatch(/secrets\./);
		const order = ['npm ci', 'npm run check:content', 'npm run build', 'actions/upload-artifact'].map((m) =>
			stepOf(workflow, m),
		);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(steps(workflow)[stepOf(workflow, 'actions/upload-artifact')]?.with?.path).toBe('dist/');
	});

	it('publish on GitHub Pages on every push to main and every day, after the same check', () => {
		const { workflow } = publish;
		expect(workflow.on).toMatchObject({
			push: { branches: ['main'] },
			schedule: [{ cron: '17 5 * * *' }, { cron: '17 12 * * *' }],
		});
		expect(workflow.permissions).toEqual({ contents: 'read' });
		const order = [
			'npm ci',
			'npm run check:content',
			'actions/configure-pages',
			'npm run build',
			'actions/upload-pages-artifact',
			'actions/deploy-pages',
		].map((m) => stepOf(workflow, m));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(workflow.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	});

	it('set the publishing date before the check, so the check and the build agree on it', () => {
		for (const { workflow } of all) {
			expect(stepOf(workflow, 'PUBLISH_AS_OF=')).toBeLessThan(stepOf(workflow, 'npm run check:content'));
		}
	});
});

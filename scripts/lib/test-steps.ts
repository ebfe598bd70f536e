/**
 * The steps of `npm test` (scripts/test.ts), run side by side: each step is
 * one or more commands run one after the other, stopping at the first that
 * fails; a live step prints as it runs, the others print their output in one
 * block when they end, under a line that names the step and how it went.
 */
import type { ChildProcess } from 'node:child_process';

export interface Step {
	name: string;
	commands: readonly { file: string; args: readonly string[] }[];
	/** Prints as it runs (stdio inherited) rather than in one block at the end. */
	live: boolean;
}

export interface StepResult {
	name: string;
	/** The exit status of the command that ended the step: 0 when every command passed. */
	status: number;
	seconds: number;
}

/** Starts a command: with stdio inherited when `live`, else with stdout and stderr piped. */
export type Spawn = (file: string, args: readonly string[], live: boolean) => ChildProcess;

/** Runs one command to its end: its exit status (1 when it could not start or was killed) and what it printed. */
function runCommand(spawn: Spawn, file: string, args: readonly string[], live: boolean) {
	return new Promise<{ status: number; output: string }>((resolve) => {
		const child = spawn(file, args, live);
		const chunks: Buffer[] = [];
		child.stdout?.on('data', (c: Buffer) => chunks.push(c));
		child.stderr?.on('data', (c: Buffer) => chunks.push(c));
		let failedToStart = false;
		child.on('error', (error) => {
			failedToStart = true;
			chunks.push(Buffer.from(`could not start ${file}: ${error.message}\n`));
		});
		child.on('close', (code) => {
			const status = failedToStart || code === null || code < 0 ? 1 : code;
			resolve({ status, output: Buffer.concat(chunks).toString('utf8') });
		});
	});
}

/** The line a block of output is printed under. */
export function stepHeading(result: StepResult): string {
	const how = result.status === 0 ? 'passed' : `FAILED (exit ${String(result.status)})`;
	return `── ${result.name}: ${how} in ${result.seconds.toFixed(0)} s`;
}

async function runStep(step: Step, spawn: Spawn, print: (text: string) => void): Promise<StepResult> {
	const started = performance.now();
	let status = 0;
	let output = '';
	for (const { file, args } of step.commands) {
		const run = await runCommand(spawn, file, args, step.live);
		output += run.output;
		status = run.status;
		if (status !== 0) break;
	}
	const result = { name: step.name, status, seconds: (performance.now() - started) / 1000 };
	if (!step.live) print(`${stepHeading(result)}\n${output.trimEnd()}\n`);
	return result;
}

/** Runs every step at once; resolves when all have ended, in the order given. */
export function runSteps(
	steps: readonly Step[],
	spawn: Spawn,
	print: (text: string) => void = (text) => process.stdout.write(text),
): Promise<StepResult[]> {
	return Promise.all(steps.map((step) => runStep(step, spawn, print)));
}

/** The closing lines of `npm test`: each step, how it went and how long it took. */
export function summaryLines(results: readonly StepResult[]): string[] {
	const failed = results.filter((r) => r.status !== 0).map((r) => r.name);
	return [
		'',
		...results.map(stepHeading),
		failed.length === 0 ? 'npm test: every step passed.' : `npm test: failed in ${failed.join(', ')}.`,
	];
}

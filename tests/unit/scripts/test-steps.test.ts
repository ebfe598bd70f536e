import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSteps, stepHeading, summaryLines, type Spawn } from '../../../scripts/lib/test-steps.ts';

/** Real child processes: node itself, printing and exiting as told. */
const node = (script: string) => ({ file: process.execPath, args: ['-e', script] });
const piped: Spawn = (file, args) => spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });

describe('runSteps', () => {
	it('runs the steps side by side and prints each quiet step in one block under its heading', async () => {
		const printed: string[] = [];
		// Each step marks that it has started, then waits (up to 20 s) for the other's mark: run one
		// after the other, the first would wait for a step that has not started, and fail.
		const dir = mkdtempSync(join(tmpdir(), 'test-steps-'));
		const meet = (me: string, other: string, say: string) =>
			node(
				`const fs = require('fs'); fs.writeFileSync(${JSON.stringify(join(dir, me))}, ''); const t = Date.now();` +
					`(function wait() { if (fs.existsSync(${JSON.stringify(join(dir, other))})) { ${say}; return; }` +
					` if (Date.now() - t > 20000) process.exit(3); setTimeout(wait, 20); })();`,
			);
		const results = await runSteps(
			[
				{ name: 'slow', commands: [meet('a', 'b', 'console.log("slow done")')], live: false },
				{ name: 'also slow', commands: [meet('b', 'a', 'console.error("other done")')], live: false },
			],
			piped,
			(text) => printed.push(text),
		);
		rmSync(dir, { recursive: true, force: true });
		expect(results.map((r) => [r.name, r.status])).toEqual([
			['slow', 0],
			['also slow', 0],
		]);
		expect(printed).toHaveLength(2);
		expect(printed.find((p) => p.startsWith('── slow: passed'))).toMatch(/\nslow done\n$/);
		expect(printed.find((p) => p.startsWith('── also slow: passed'))).toMatch(/\nother done\n$/);
	});

	it("stops a step at its first failing command and reports that command's exit status", async () => {
		const printed: string[] = [];
		const [result] = await runSteps(
			[
				{
					name: 'check then format',
					commands: [node('console.log("found 2 problems"); process.exit(3)'), node('console.log("never run")')],
					live: false,
				},
			],
			piped,
			(text) => printed.push(text),
		);
		expect(result?.status).toBe(3);
		expect(printed.join('')).toContain('── check then format: FAILED (exit 3)');
		expect(printed.join('')).toContain('found 2 problems');
		expect(printed.join('')).not.toContain('never run');
	});

	it('reports a command that cannot start as a failure, with the reason', async () => {
		const printed: string[] = [];
		const [result] = await runSteps(
			[{ name: 'missing tool', commands: [{ file: '/nonexistent/tool', args: [] }], live: false }],
			piped,
			(text) => printed.push(text),
		);
		expect(result?.status).toBe(1);
		expect(printed.join('')).toContain('could not start /nonexistent/tool');
	});

	it('prints nothing itself for a live step, which prints as it runs', async () => {
		const printed: string[] = [];
		const [result] = await runSteps([{ name: 'live', commands: [node('process.exit(0)')], live: true }], piped, (t) =>
			printed.push(t),
		);
		expect(result?.status).toBe(0);
		expect(printed).toEqual([]);
	});
});

describe('summaryLines', () => {
	it('names every step with its time, and the failed ones at the end', () => {
		const lines = summaryLines([
			{ name: 'ESLint', status: 0, seconds: 41.6 },
			{ name: 'vitest', status: 1, seconds: 150.2 },
		]);
		expect(lines).toEqual([
			'',
			'── ESLint: passed in 42 s',
			'── vitest: FAILED (exit 1) in 150 s',
			'npm test: failed in vitest.',
		]);
		expect(summaryLines([{ name: 'ESLint', status: 0, seconds: 1 }]).at(-1)).toBe('npm test: every step passed.');
		expect(stepHeading({ name: 'x', status: 0, seconds: 0.4 })).toBe('── x: passed in 0 s');
	});
});

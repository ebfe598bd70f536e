/**
 * `npm test`: every check the project has, side by side on the machine's two
 * cores. `astro sync` first (the others read the types it writes); then at
 * once: ESLint; `astro check` then Prettier; the unit tiers with coverage;
 * and the build and browser tiers (vitest.config.ts says why coverage is
 * the unit tiers' alone). The build and browser tiers print as they go; the
 * other steps print their output when they end, under a line naming the
 * step, so nothing interleaves inside a step. Ends with each step's time and
 * fails if any step failed.
 *
 *   npm test                   (runs scripts/test-prerequisites.ts first)
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runSteps, summaryLines, type Step } from './lib/test-steps.ts';

const ROOT = join(import.meta.dirname, '..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** A command of the project's own tools, run from the project's root. */
const command = (tool: string, ...args: string[]) => ({ file: bin(tool), args });

const STEPS: Step[] = [
	{ name: 'ESLint', commands: [command('eslint', '.', '--max-warnings', '0')], live: false },
	{
		name: 'astro check, Prettier',
		commands: [
			command('astro', 'check', '--minimumSeverity', 'warning', '--noSync'),
			command('prettier', '--check', '.'),
		],
		live: false,
	},
	{
		name: 'vitest unit, with coverage',
		commands: [command('vitest', 'run', '--project', 'unit', '--project', 'unit-mocks', '--coverage')],
		live: false,
	},
	{
		name: 'vitest build, e2e',
		commands: [command('vitest', 'run', '--project', 'build', '--project', 'e2e')],
		live: true,
	},
];

async function main(): Promise<number> {
	const sync = spawnSync(bin('astro'), ['sync'], { cwd: ROOT, env: ENV, stdio: 'inherit' });
	if (sync.status !== 0) {
		console.error('npm test: `astro sync` failed, so nothing else was run.');
		return 1;
	}
	const results = await runSteps(STEPS, (file, args, live) =>
		spawn(file, args, { cwd: ROOT, env: ENV, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] }),
	);
	console.log(summaryLines(results).join('\n'));
	return results.every((r) => r.status === 0) ? 0 : 1;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(`npm test could not run its steps: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	},
);

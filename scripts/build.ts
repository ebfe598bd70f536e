/**
 * `npm run build`: `astro build`, then the steps that finish the site (the
 * abbreviation marks, the search index, publishing the staging folder as
 * dist/: src/lib/build/finish.ts) in this process, once Astro's has ended.
 * Astro's process still holds gigabytes when its pages are written (at
 * 10,000 pages, 3.6 GB, most of it memory its native bundler freed but kept),
 * and Pagefind's process would add its own on top; run after it, the whole
 * build's peak is Astro's alone (BENCHMARKS.md, "Issue 20 on 6 December 2026,
 * later: the finishing steps after Astro's process").
 *
 * Astro's options pass through: `npm run build -- --force`, or
 * `node scripts/build.ts --root <project> --outDir <dir>`. A plain
 * `astro build` builds the same site and runs the same steps inside Astro's
 * process (src/integrations/finish.ts). A failure at any step leaves dist/ as
 * it was, and this script's exit code is not 0.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FINISH_PLAN_VARIABLE } from '../src/lib/build/staging.ts';

const ROOT = join(import.meta.dirname, '..');
const LABEL = '[portal:finish]';
const clock = () => new Date().toTimeString().slice(0, 8);

const planDir = mkdtempSync(join(tmpdir(), 'portal-build-'));
const planFile = join(planDir, 'finish-plan.json');
const astro = spawn(
	process.execPath,
	[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)],
	{
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [FINISH_PLAN_VARIABLE]: planFile },
	},
);
// Loaded while Astro builds.
const finish = import('../src/lib/build/finish.ts');
finish.catch(() => undefined);

// Ctrl-C or a stop stops Astro too (the staging folder is then never published).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));

const ended = await new Promise<number | NodeJS.Signals | null>((resolve) => {
	astro.on('error', (error) => {
		console.error(`${LABEL} could not start astro build: ${error.message}`);
		resolve(1);
	});
	astro.on('close', (code, signal) => resolve(code ?? signal));
});

/** Says the build failed and why, with no stack trace: an editor's or a machine's problem, in one message. */
const failed = (why: string) => {
	console.error(`${clock()} ${LABEL} ${why}`);
	console.error(`${clock()} ${LABEL} the build failed; dist/ was not changed`);
};

// Pagefind's Node API can leave its promise pending for good when Pagefind's process ends before it
// answers; with nothing left to wait for, Node would then exit with code 13 and no word of why.
process.once('beforeExit', () => {
	failed("Pagefind's process ended without answering (is its binary there, and does it run?)");
	rmSync(planDir, { recursive: true, force: true });
	process.exit(1);
});

let status = 0;
try {
	if (ended !== 0) {
		status = typeof ended === 'number' ? ended : 1;
	} else {
		const { finishSite, readFinishPlan } = await finish;
		const started = performance.now();
		await finishSite(readFinishPlan(planFile), (line) => console.log(`${clock()} ${LABEL} ${line}`));
		console.log(`${clock()} ${LABEL} finished in ${Math.round(performance.now() - started)} ms, after astro build`);
	}
} catch (error) {
	failed((error as Error).message);
	status = 1;
} finally {
	rmSync(planDir, { recursive: true, force: true });
}
process.exit(status);

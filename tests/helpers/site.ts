/**
 * Builds the site for tests. `buildSite` runs the real `astro build` in a
 * child process; `projectCopy` makes a throwaway copy of the project whose
 * content/ and data/ a test can break, sharing src/ and node_modules/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP } from '../../scripts/lib/project-copy.ts';

export { ROOT, TMP };
/** Where tests/build/setup.ts builds the real site once for every build and e2e test. */
export const SITE_DIST = join(TMP, 'site-dist');
/** Where tests/e2e/setup.ts builds the real site for the browser tests (separate, so the tiers can run in parallel). */
export const E2E_DIST = join(TMP, 'e2e-dist');

/** The base path the sub-path tests build the site for (README, "Deploy"). */
export const TEST_BASE_PATH = '/planning-guidance/';

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs `astro build` for the project at `root` into `outDir`, with `env` added to the environment (for example BASE_PATH). */
export function buildSite(root: string, outDir: string, env: Readonly<Record<string, string>> = {}): BuildResult {
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir],
		{
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		},
	);
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A copy of the project in .tmp/, with its own content/ and data/ (copied, so
 * the test can change them) and links to everything else. Folders named in
 * `alsoCopy` (for example `src`) are copied too, for a test that must change them.
 */
export function projectCopy(name: string, alsoCopy: readonly string[] = []): string {
	mkdirSync(TMP, { recursive: true });
	const dir = mkdtempSync(join(TMP, `${name}-`));
	for (const linked of ['src', 'public', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		if (!alsoCopy.includes(linked)) symlinkSync(join(ROOT, linked), join(dir, linked));
	}
	for (const copied of ['content', 'data', ...alsoCopy]) {
		cpSync(join(ROOT, copied), join(dir, copied), { recursive: true });
	}
	return dir;
}

export function removeCopy(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

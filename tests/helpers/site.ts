/**
 * Builds the site for tests. `buildSite` runs the real build in a child
 * process, as `npm run build` does (scripts/build.ts) or as a plain
 * `astro build`; `projectCopy` makes a throwaway copy of the project whose
 * content/ and data/ a test can break, sharing src/ and node_modules/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuildCommand, buildEnv } from '../../scripts/lib/astro-build.ts';
import { ownBuildCaches, ROOT, TMP } from '../../scripts/lib/project-copy.ts';

export { ROOT, TMP };
/** Where tests/build/setup.ts builds the real site once for every build and e2e test (read only, never changed). */
export const SITE_DIST = join(TMP, 'site-dist');
/** The folder the browser tests serve: the same shared build as the build tests read. */
export const E2E_DIST = SITE_DIST;

/** The base path the sub-path tests build the site for (README, "Deploy"). */
export const TEST_BASE_PATH = '/planning-guidance/';

export interface BuildResult {
	status: number | null;
	output: string;
}

/**
 * How a test builds: `npm run build` (scripts/build.ts: the finishing steps run after Astro's
 * process has ended), or `astro build` alone (they run inside it, src/integrations/finish.ts).
 */
export type BuildCommand = 'npm run build' | 'astro build';

/**
 * Builds the project at `root` into `outDir` with `command` (`npm run build` unless told), with
 * `env` added to the environment (for example BASE_PATH).
 */
export function buildSite(
	root: string,
	outDir: string,
	env: Readonly<Record<string, string>> = {},
	command: BuildCommand = 'npm run build',
): BuildResult {
	// The benchmarks' command line and environment (scripts/lib/astro-build.ts), the output kept in memory.
	const [node, ...args] = astroBuildCommand({ root, outDir, npmRunBuild: command === 'npm run build' });
	const result = spawnSync(node as string, args, { cwd: root, encoding: 'utf8', env: { ...buildEnv(), ...env } });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A copy of the project in .tmp/, with its own content/ and data/ (copied, so
 * the test can change them), build caches of its own (ownBuildCaches) and links
 * to everything else. Folders named in
 * `alsoCopy` (for example `src`) are copied too, for a test that must change them.
 */
export function projectCopy(name: string, alsoCopy: readonly string[] = []): string {
	mkdirSync(TMP, { recursive: true });
	const dir = mkdtempSync(join(TMP, `${name}-`));
	for (const linked of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		if (!alsoCopy.includes(linked)) symlinkSync(join(ROOT, linked), join(dir, linked));
	}
	// Its own build caches: copies are built side by side, and two builds must never share Astro's content store.
	ownBuildCaches(dir);
	for (const copied of ['content', 'data', ...alsoCopy]) {
		cpSync(join(ROOT, copied), join(dir, copied), { recursive: true });
	}
	return dir;
}

export function removeCopy(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/**
 * The variable tests/build/setup.ts sets, in the vitest process, to a new id
 * for each run; test workers inherit it. A variant build made in this run
 * carries the id, so another test file reuses it instead of building again.
 */
export const RUN_ID_VARIABLE = 'PORTAL_TEST_RUN';

/** Sleeps without giving up the thread (a worker waiting for another worker's build). */
function pause(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A variant build: the project it was built from, where it was written, and how the build went. */
export interface VariantBuild {
	root: string;
	dist: string;
	build: BuildResult;
}

interface VariantRecord extends VariantBuild {
	run: string;
}

const VARIANTS = join(TMP, 'variants');

function readRecord(file: string): VariantRecord | undefined {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as VariantRecord) : undefined;
}

/** Waits for the lock on a variant; false if the build was finished by another worker meanwhile. */
function lockVariant(lock: string, record: string, run: string): boolean {
	const started = Date.now();
	for (;;) {
		if (readRecord(record)?.run === run) return false;
		try {
			mkdirSync(lock);
			return true;
		} catch {
			if (Date.now() - started > 600_000) throw new Error(`waited 10 minutes for ${lock}`);
			pause(500); // another worker is building it
		}
	}
}

/**
 * A variant of the site that several test files need, built once per test
 * run: `make` prepares the project (a copy, or the real project for a
 * variant that only changes the environment) and says where to build it,
 * and the site is built with `env` added, by `command`. Later calls in the same run, from
 * any test file, return the same build without building again; the copy is
 * kept until the next run replaces it, so no test may change it.
 */
export function sharedVariant(
	name: string,
	make: () => { root: string; dist: string },
	env: Readonly<Record<string, string>> = {},
	command: BuildCommand = 'npm run build',
): VariantBuild {
	const run = (process.env[RUN_ID_VARIABLE] ??= `${String(process.pid)}-${String(Date.now())}`);
	const record = join(VARIANTS, `${name}.json`);
	const lock = join(VARIANTS, `${name}.lock-${run}`);
	mkdirSync(VARIANTS, { recursive: true });
	if (lockVariant(lock, record, run)) {
		try {
			const previous = readRecord(record);
			if (previous && previous.root.startsWith(TMP)) rmSync(previous.root, { recursive: true, force: true });
			const { root, dist } = make();
			rmSync(dist, { recursive: true, force: true });
			const build = buildSite(root, dist, env, command);
			writeFileSync(record, JSON.stringify({ run, root, dist, build } satisfies VariantRecord));
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
	}
	const done = readRecord(record);
	if (done?.run !== run) throw new Error(`the ${name} variant was not built`);
	return { root: done.root, dist: done.dist, build: done.build };
}

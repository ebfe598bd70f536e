/**
 * Builds the real site once into .tmp/site-dist for every build and e2e test:
 * both projects name this file as their globalSetup, and vitest runs them in
 * one process, so the second call finds the build of this run and reuses it.
 * It also gives the run the id that shared variant builds are keyed on.
 */
import { rmSync } from 'node:fs';
import { buildSite, ROOT, RUN_ID_VARIABLE, SITE_DIST } from '../helpers/site.ts';

/** Set in the vitest process once the shared build of this run has succeeded. */
const BUILT = 'PORTAL_SITE_BUILT';

export default function setup(): void {
	process.env[RUN_ID_VARIABLE] ??= `${String(process.pid)}-${String(Date.now())}`;
	if (process.env[BUILT] === process.env[RUN_ID_VARIABLE]) return;
	rmSync(SITE_DIST, { recursive: true, force: true });
	const result = buildSite(ROOT, SITE_DIST);
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
	process.env[BUILT] = process.env[RUN_ID_VARIABLE];
}

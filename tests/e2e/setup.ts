/** Builds the real site once into .tmp/e2e-dist for the browser tests. */
import { rmSync } from 'node:fs';
import { buildSite, E2E_DIST, ROOT } from '../helpers/site.ts';

export default function setup(): void {
	rmSync(E2E_DIST, { recursive: true, force: true });
	const result = buildSite(ROOT, E2E_DIST);
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
}

/** Builds the real site once into .tmp/site-dist for every build test. */
import { rmSync } from 'node:fs';
import { buildSite, ROOT, SITE_DIST } from '../helpers/site.ts';

export default function setup(): void {
	rmSync(SITE_DIST, { recursive: true, force: true });
	const result = buildSite(ROOT, SITE_DIST);
	if (result.status !== 0) {
		throw new Error(`astro build failed:\n${result.output}`);
	}
}

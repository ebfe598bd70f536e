/**
 * Where an atomic build writes (src/integrations/finish.ts): the staging and
 * previous-build folders sit beside the output folder, on the same file
 * system, so swapping them in is a rename.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Names the file Astro's process writes the finishing plan to when another
 * process (scripts/build.ts) finishes the build (src/lib/build/finish.ts).
 */
export const FINISH_PLAN_VARIABLE = 'PORTAL_FINISH_PLAN';

export interface StagingPaths {
	/** The folder readers are served from, for example /project/dist. */
	final: string;
	/** Where the build writes until it has succeeded: /project/dist.partial */
	staging: string;
	/** Where the last good build waits while the new one is moved in: /project/dist.previous */
	previous: string;
}

/** The staging paths for the output folder `outDir` (a path, with or without a trailing slash). */
export function stagingPaths(outDir: string): StagingPaths {
	const final = outDir.replace(/[\\/]+$/, '');
	return { final, staging: `${final}.partial`, previous: `${final}.previous` };
}

/**
 * Publishes a finished build: the staging folder replaces the output folder,
 * by renames (the last good build is moved aside first and removed after);
 * returns the log line. The output folder is never half-replaced: it is the
 * old build until the rename that makes it the new one.
 */
export function publish({ final, staging, previous }: StagingPaths): string {
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(final)) renameSync(final, previous);
	renameSync(staging, final);
	rmSync(previous, { recursive: true, force: true });
	return `published ${final}`;
}

/**
 * Where an atomic build writes (src/integrations/atomic-output.ts): the
 * staging and previous-build folders sit beside the output folder, on the
 * same file system, so swapping them in is a rename.
 */
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

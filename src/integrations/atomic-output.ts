/**
 * Makes `astro build` all-or-nothing for dist/: Astro writes into a staging
 * folder beside it (`<outDir>.partial/`), and only when every step has
 * succeeded (pages, charts, downloads and, last, the search index) does the
 * staging folder replace dist/. A build that fails at any point leaves the
 * previous dist/ exactly as it was (or no dist/ at all, if there was none),
 * never an empty or half-written one.
 *
 * Must be the last integration in astro.config.mjs, so that its
 * `astro:build:done` runs after every other integration's.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stagingPaths } from '../lib/build/staging.ts';

export default function atomicOutput(): AstroIntegration {
	let paths: ReturnType<typeof stagingPaths> | undefined;
	return {
		name: 'portal:atomic-output',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				if (command !== 'build') return;
				paths = stagingPaths(fileURLToPath(config.outDir));
				// A staging folder left by a build that was interrupted is never published.
				rmSync(paths.staging, { recursive: true, force: true });
				// Astro has already resolved outDir to a URL by now, and later steps expect one.
				updateConfig({ outDir: pathToFileURL(`${paths.staging}/`) });
			},
			'astro:build:done': ({ logger }) => {
				if (!paths) return;
				const { final, staging, previous } = paths;
				rmSync(previous, { recursive: true, force: true });
				if (existsSync(final)) renameSync(final, previous);
				renameSync(staging, final);
				rmSync(previous, { recursive: true, force: true });
				logger.info(`published ${final}`);
			},
		},
	};
}

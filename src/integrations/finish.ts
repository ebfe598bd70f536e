/**
 * Makes `astro build` all-or-nothing for dist/ and finishes the site: Astro
 * writes into a staging folder beside dist/ (`<outDir>.partial/`), then the
 * finishing steps (src/lib/build/finish.ts: the abbreviation marks and the
 * search index) run on it, and only when every one has succeeded does the
 * staging folder replace dist/. A build that fails at any point leaves the
 * previous dist/ exactly as it was (or no dist/ at all, if there was none),
 * never an empty or half-written one.
 *
 * Where they run: under `npm run build` (scripts/build.ts, which names a plan
 * file in PORTAL_FINISH_PLAN), `astro:build:done` only writes the plan and the
 * steps run in that script's process once Astro's has ended, so that
 * Pagefind's memory never adds to Astro's (BENCHMARKS.md); under a plain
 * `astro build` they run here, at `astro:build:done`. Either way the same
 * function runs them on the same plan.
 *
 * Must be the last integration in astro.config.mjs, so that its
 * `astro:build:done` runs after every other integration's (the sitemap's).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishSite, writeFinishPlan, type FinishPlan } from '../lib/build/finish.ts';
import { MARKS_CACHE_FILE } from '../lib/build/mark-pages.ts';
import { FINISH_PLAN_VARIABLE, stagingPaths } from '../lib/build/staging.ts';
import type { Abbreviation } from '../lib/mdx/plugins.ts';
import { CODE_DIGEST_VARIABLE } from '../lib/pages/cache-key.ts';

export default function finishing(abbreviations: readonly Abbreviation[]): AstroIntegration {
	let paths: ReturnType<typeof stagingPaths> | undefined;
	let marksCacheFile: string | undefined;
	return {
		name: 'portal:finish',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				if (command !== 'build') return;
				paths = stagingPaths(fileURLToPath(config.outDir));
				// A staging folder left by a build that was interrupted is never published.
				rmSync(paths.staging, { recursive: true, force: true });
				// Astro has already resolved outDir to a URL by now, and later steps expect one.
				updateConfig({ outDir: pathToFileURL(`${paths.staging}/`) });
				// The marks are kept only when the build's pages are keyed by the code's digest (src/integrations/incremental.ts, which runs first).
				marksCacheFile = config.experimental.incrementalBuild
					? join(fileURLToPath(config.cacheDir), MARKS_CACHE_FILE)
					: undefined;
			},
			'astro:build:done': async ({ logger }) => {
				if (!paths) return;
				const code = process.env[CODE_DIGEST_VARIABLE];
				const plan: FinishPlan = {
					paths,
					abbreviations,
					...(marksCacheFile && code ? { marksCache: { file: marksCacheFile, code } } : {}),
				};
				const handOver = process.env[FINISH_PLAN_VARIABLE];
				if (handOver) {
					writeFinishPlan(handOver, plan);
					logger.info(`pages written to ${paths.staging}; npm run build finishes the site once this process ends`);
					return;
				}
				await finishSite(plan, (line) => logger.info(line));
			},
		},
	};
}

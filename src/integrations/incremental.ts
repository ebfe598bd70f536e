/**
 * What Astro's incremental build (`experimental.incrementalBuild`,
 * astro.config.mjs) needs from us: the digest of the code, which every
 * page's cacheKey includes (src/lib/pages/cache-key.ts; Astro hashes a page's
 * own modules, but not astro.config.mjs, the MDX plugins' options or the CSS
 * pruning, which reads every template), and a guard on the cache
 * (src/lib/build/incremental-cache.ts): a build after a failed one renders
 * every page, and a build that finds another using the cache neither reads
 * nor writes it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { claimCache, releaseCache } from '../lib/build/incremental-cache.ts';
import { CODE_DIGEST_VARIABLE, codeDigest } from '../lib/pages/cache-key.ts';

export default function incremental(): AstroIntegration {
	let cache: string | undefined;
	return {
		name: 'portal:incremental',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, logger }) => {
				if (command !== 'build' || !config.experimental.incrementalBuild) return;
				// The prerendering runs in this process: getStaticPaths reads the digest from the environment.
				process.env[CODE_DIGEST_VARIABLE] = codeDigest(fileURLToPath(config.root));
				const dir = fileURLToPath(config.cacheDir);
				const claim = claimCache(dir);
				if (claim === 'busy') {
					logger.warn(`another build is using the incremental cache in ${dir}: this build renders every page`);
					updateConfig({ experimental: { incrementalBuild: false } });
					return;
				}
				if (claim === 'recovered') logger.info('the last build did not finish: this build renders every page');
				cache = dir;
			},
			'astro:build:done': () => {
				if (cache) releaseCache(cache);
			},
		},
	};
}

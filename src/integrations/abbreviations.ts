/**
 * Marks the glossary's abbreviations on every built page, whatever wrote the
 * text: the first use of each in a page's `<main>` becomes
 * `<abbr title="term">` (src/lib/build/abbreviations.ts), once the page is
 * written. It runs at `astro:build:done` while Pagefind reads the same pages
 * (src/integrations/pagefind.ts): each marked page replaces its file by a
 * rename, so Pagefind never reads one half-written. The pass only exists in a
 * build, so under `astro dev` the MDX plugin (src/lib/mdx/plugins.ts,
 * {@link abbreviationMarks}'s `bodyPlugin`) marks each page body while it
 * compiles instead; in a build it stays off, since the pass marks the bodies
 * too (compiling every body through the plugin cost about 0.2 to 0.3 ms a
 * page: BENCHMARKS.md).
 *
 * In an incremental build (src/integrations/incremental.ts) the marks of each
 * page are kept in Astro's cache folder (src/lib/build/abbreviation-cache.ts),
 * so a page the build copied unchanged is marked without being parsed again.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AbbreviationCache } from '../lib/build/abbreviation-cache.ts';
import { markAbbreviations } from '../lib/build/abbreviations.ts';
import { filesUnder } from '../lib/build/files.ts';
import { abbreviationsPlugin, type Abbreviation } from '../lib/mdx/plugins.ts';
import { CODE_DIGEST_VARIABLE } from '../lib/pages/cache-key.ts';

/** Every .html file under `dir`, in a stable order. */
const htmlFiles = (dir: string) =>
	filesUnder(dir)
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));

/** The file of Astro's cache folder that keeps the marks. */
const CACHE_FILE = 'portal-abbreviations.json';

/**
 * Pages marked between two turns of the event loop. The pass is synchronous
 * work; without the turns it would hold the event loop for all of it, and
 * Pagefind's process, which this thread talks to, would get its first
 * request (start an index, read the pages) only once the pass had ended, so
 * the two would run one after the other instead of side by side.
 */
const PAGES_PER_TURN = 16;

/**
 * The abbreviation marks: `integration`, the pass over the built pages, and
 * `bodyPlugin`, the MDX plugin for astro.config.mjs's `markdown.processor`,
 * which marks page bodies while they compile under `astro dev` only.
 */
export default function abbreviationMarks(entries: readonly Abbreviation[]): {
	integration: AstroIntegration;
	bodyPlugin: ReturnType<typeof abbreviationsPlugin>;
} {
	let command: string | undefined;
	return {
		integration: markingPass(entries, (c) => (command = c)),
		bodyPlugin: abbreviationsPlugin(entries, () => command === 'dev'),
	};
}

function markingPass(entries: readonly Abbreviation[], started: (command: string) => void): AstroIntegration {
	let cacheFile: string | undefined;
	return {
		name: 'portal:abbreviations',
		hooks: {
			'astro:config:setup': ({ config, command }) => {
				started(command);
				// Only when the build's pages are keyed by the code's digest (src/integrations/incremental.ts, which runs first).
				cacheFile = config.experimental.incrementalBuild ? join(fileURLToPath(config.cacheDir), CACHE_FILE) : undefined;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const code = process.env[CODE_DIGEST_VARIABLE];
				const cache = cacheFile && code ? new AbbreviationCache(cacheFile, entries, code) : undefined;
				let changed = 0;
				let done = 0;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					if (done++ % PAGES_PER_TURN === 0) await nextTurn();
					const html = readFileSync(file, 'utf8');
					const marked = cache ? cache.mark(html) : markAbbreviations(html, entries);
					if (marked === html) continue;
					// A name Pagefind does not read (it reads *.html), then the rename: the page is whole at every moment.
					writeFileSync(`${file}.marking`, marked);
					renameSync(`${file}.marking`, file);
					changed += 1;
				}
				cache?.save();
				const reuse = cache
					? ` (${String(cache.stats.reused)} from the last build's, ${String(cache.stats.parsed)} parsed)`
					: '';
				logger.info(`abbreviations marked on ${String(changed)} pages${reuse}`);
			},
		},
	};
}

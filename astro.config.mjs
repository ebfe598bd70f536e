// @ts-check
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import abbreviationMarks from './src/integrations/abbreviations.ts';
import contentCheck from './src/integrations/content-check.ts';
import finishing from './src/integrations/finish.ts';
import incremental from './src/integrations/incremental.ts';
import { basePathFromEnv, siteUrlFromEnv } from './src/config/site.ts';
import { sitemapFilter } from './src/lib/build/robots.ts';
import { baseLinksPlugin } from './src/lib/mdx/plugins.ts';
import { pruneUnusedCssOnBuild } from './src/styles/prune.ts';

// The site's public address and the path it is published under (README, "Deploy"):
// SITE_URL=https://example.nhs.uk BASE_PATH=/planning-guidance/ npm run build
const site = siteUrlFromEnv();
const base = basePathFromEnv();
// The glossary's abbreviations, marked up at their first use in each page's <main> once it is written
// (src/lib/build/mark-pages.ts); under astro dev, in its body while it compiles (src/integrations/abbreviations.ts).
// The content check (which runs first) has already checked the file.
/** @type {{ abbreviation?: string, term: string }[]} */
const glossary = JSON.parse(readFileSync(new URL('./data/glossary.json', import.meta.url), 'utf8'));
const abbreviations = glossary.flatMap((g) => (g.abbreviation ? [{ abbreviation: g.abbreviation, term: g.term }] : []));

const marks = abbreviationMarks(abbreviations);

export default defineConfig({
	site,
	base,
	output: 'static',
	trailingSlash: 'always',
	// Pages render 128 at a time (Astro renders one at a time by default): a page waiting on its file's
	// write, or a chart route on the chart worker (src/charts/ahead.ts), lets the next pages render meanwhile.
	// The chart routes come first in Astro's order, so more pages than charts (54) must be in flight.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 128 },
	// Rebuilds render only the pages whose cacheKey (src/lib/pages/cache-key.ts) or modules changed, and copy
	// the others from node_modules/.astro/dist/ (README, "Build"); src/integrations/incremental.ts guards the cache.
	experimental: { incrementalBuild: true },
	// finishing comes last: Astro writes into a staging folder, and on the finished HTML the abbreviations are
	// marked and the search index written (after Astro's process has ended, under npm run build), then the
	// staging folder replaces dist/ only once everything has succeeded (src/integrations/finish.ts).
	integrations: [
		contentCheck(),
		incremental(),
		mdx(),
		sitemap({ filter: sitemapFilter(base) }),
		marks.integration,
		finishing(abbreviations),
	],
	// MDX inherits the Markdown processor and its plugins.
	markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base), marks.bodyPlugin] }) },
	vite: {
		// Only the CSS pages use: rules no template, component or script names are dropped (src/styles/prune.ts).
		plugins: [pruneUnusedCssOnBuild(fileURLToPath(new URL('.', import.meta.url)))],
		build: {
			// Never inline a script into the HTML (Astro inlines small ones by default): the
			// Content-Security-Policy allows scripts from files only (src/lib/build/security-headers.ts).
			// Other small assets (icons in the CSS) keep Vite's default limit.
			assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
		},
		css: {
			preprocessorOptions: {
				scss: {
					// nhsuk-frontend v10 still uses some legacy Sass APIs; we pin its major.
					quietDeps: true,
				},
			},
		},
	},
});

// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import atomicOutput from './src/integrations/atomic-output.ts';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/pagefind.ts';
import { inSitemap } from './src/lib/build/robots.ts';

// The site's public address; override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://planning-guidance.example.nhs.uk';

export default defineConfig({
	site,
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// searchIndex indexes the finished HTML at astro:build:done; atomicOutput comes last, so
	// dist/ is replaced only once everything, the search index included, has succeeded.
	integrations: [contentCheck(), mdx(), sitemap({ filter: inSitemap }), searchIndex(), atomicOutput()],
	vite: {
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

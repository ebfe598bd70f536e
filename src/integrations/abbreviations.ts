/**
 * Marks the glossary's abbreviations on every built page, whatever wrote the
 * text: the first use of each in a page's `<main>` becomes
 * `<abbr title="term">` (src/lib/build/abbreviations.ts). The MDX plugin
 * (src/lib/mdx/plugins.ts) marks a page body's first uses while it compiles;
 * this step adds the templates' and page models' text, which only exists once
 * the page is written. It runs at `astro:build:done` before the search index,
 * so `astro dev` shows only the body's marks.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markAbbreviations } from '../lib/build/abbreviations.ts';
import type { Abbreviation } from '../lib/mdx/plugins.ts';

/** Every .html file under `dir`, in a stable order. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.sort()
		.map((f) => join(dir, f));
}

export default function abbreviations(entries: readonly Abbreviation[]): AstroIntegration {
	return {
		name: 'portal:abbreviations',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let changed = 0;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const marked = markAbbreviations(html, entries);
					if (marked === html) continue;
					writeFileSync(file, marked);
					changed += 1;
				}
				logger.info(`abbreviations marked on ${String(changed)} pages`);
			},
		},
	};
}

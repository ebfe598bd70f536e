/**
 * The benchmark's yardstick: a minimal Astro + MDX site built from the same
 * corpus as the portal (scripts/bench-corpus.ts), so the portal's build time
 * can be given as a ratio to what Astro itself needs for the same pages.
 * One layout, one collection (the corpus's MDX files, with a glob loader),
 * one dynamic route, and Pagefind over the built pages at astro:build:done,
 * as the portal does. Its Quote and InsetText components are one element
 * each, so the corpus's MDX compiles unchanged.
 *
 * Written into .tmp/ only, never committed; it uses the project's
 * node_modules (linked by the caller).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceFile } from '../../src/lib/content-check/project.ts';

/** The baseline's files, by path relative to its root (the corpus pages go under content/ as they are). */
export function baselineFiles(corpus: readonly SourceFile[]): Map<string, string> {
	const files = new Map<string, string>();
	files.set('package.json', `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
	files.set(
		'astro.config.mjs',
		`import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

/** Pagefind over the built pages at astro:build:done, as a plain astro build of the portal runs it (src/lib/search/index-site.ts). */
const searchIndex = {
	name: 'baseline:pagefind',
	hooks: {
		'astro:build:done': async ({ dir }) => {
			const { index } = await pagefind.createIndex({});
			await index.addDirectory({ path: fileURLToPath(dir) });
			await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
			await pagefind.close();
		},
	},
};

export default defineConfig({ output: 'static', trailingSlash: 'always', integrations: [mdx(), searchIndex] });
`,
	);
	files.set(
		'src/content.config.ts',
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const guidance = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './content' }),
	schema: z.object({ title: z.string(), summary: z.string() }),
});

export const collections = { guidance };
`,
	);
	files.set(
		'src/layouts/Base.astro',
		`---
interface Props { title: string; description: string }
const { title, description } = Astro.props;
---
<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>{title}</title>
		<meta name="description" content={description} />
	</head>
	<body>
		<header><a href="/">Guidance</a></header>
		<main data-pagefind-body><h1>{title}</h1><slot /></main>
	</body>
</html>
`,
	);
	files.set('src/components/Quote.astro', `<blockquote><slot /></blockquote>\n`);
	files.set('src/components/InsetText.astro', `<div class="inset"><slot /></div>\n`);
	files.set(
		'src/pages/[...slug].astro',
		`---
import { getCollection, render } from 'astro:content';
import Base from '../layouts/Base.astro';
import InsetText from '../components/InsetText.astro';
import Quote from '../components/Quote.astro';

export async function getStaticPaths() {
	return (await getCollection('guidance')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Base title={entry.data.title} description={entry.data.summary}><Content components={{ Quote, InsetText }} /></Base>
`,
	);
	for (const page of corpus) files.set(page.path, page.text);
	return files;
}

/** Writes the baseline site into `dir` (which must exist; node_modules is the caller's to link). */
export function writeBaselineSite(dir: string, corpus: readonly SourceFile[]): void {
	for (const [path, text] of baselineFiles(corpus)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

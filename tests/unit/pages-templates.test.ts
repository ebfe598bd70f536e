/**
 * Templates only render: no .astro file under src/pages, src/components or
 * src/layouts reads a collection (getCollection, getEntry) or imports the
 * model or the formatting (src/lib/model, src/lib/format); page models do
 * that. Only the guidance route imports astro:content, for `render` and types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';

function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
	);
}

const files = ['src/pages', 'src/components', 'src/layouts'].flatMap((d) => astroFiles(join(ROOT, d)));
/** The import statements of a file's frontmatter, each as one line. */
const imports = (text: string) =>
	[...text.matchAll(/^import\s[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((m) => ({
		statement: m[0].replace(/\s+/g, ' '),
		from: m[1] ?? '',
	}));

describe('templates', () => {
	it('finds the templates', () => {
		expect(files.length).toBeGreaterThan(20);
	});

	it('read no collection and import neither the model nor the formatting', () => {
		const problems: string[] = [];
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			const name = relative(ROOT, file);
			if (/\b(getCollection|getEntry|getEntries)\b/.test(text)) problems.push(`${name}: reads a collection`);
			for (const { statement, from } of imports(text)) {
				if (/\/lib\/(model|format)\//.test(from)) problems.push(`${name}: ${statement}`);
				if (
					from === 'astro:content' &&
					!(name === 'src/pages/[priority]/[slug].astro' && /^import \{ render \}/.test(statement))
				)
					problems.push(`${name}: ${statement}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('catches what it looks for', () => {
		const text =
			"---\nimport { getEntry } from 'astro:content';\nimport { formatDate } from '../lib/format/dates.ts';\n---";
		expect(imports(text).map((i) => i.from)).toEqual(['astro:content', '../lib/format/dates.ts']);
	});
});

/**
 * The house's rules, as ARCHITECTURE.md's "may import" table states them:
 * every import of every .ts, .mts and .astro file in src/, scripts/ and
 * tests/ is allowed by the table, and no import cycle exists. The table is
 * read from ARCHITECTURE.md, so it is the one statement of the rules
 * (tests/helpers/architecture.ts says how a row is read).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	cycles,
	forbiddenImports,
	importsOf,
	missingPlaces,
	readRules,
	ruleOf,
	sourceFiles,
	specifiersOf,
	unknownPlaces,
	type Import,
} from '../helpers/architecture.ts';
import { ROOT } from '../helpers/site.ts';

const rules = readRules(readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8'));
const files = sourceFiles(ROOT, ['src', 'scripts', 'tests']);
const imports = importsOf(ROOT, files);

describe('the "may import" table of ARCHITECTURE.md', () => {
	it('is read: a row for each place, with what it may import', () => {
		expect(rules.length).toBeGreaterThan(20);
		expect(ruleOf(rules, 'src/lib/model/status.ts')?.rule.mayImport).toContain('src/schemas/');
		expect(ruleOf(rules, 'src/schemas/target.ts')?.rule.mayImport).toEqual([]);
		expect(ruleOf(rules, 'src/components/Tag.astro')?.rule.mayImportTypes).toContain('src/lib/');
	});

	it('names each place in one row only', () => {
		const places = rules.flatMap((r) => r.places);
		expect(places.filter((p, i) => places.indexOf(p) !== i)).toEqual([]);
	});

	it('names no place in a "may import" cell that no row is about (a misspelt folder)', () => {
		expect(unknownPlaces(rules)).toEqual([]);
	});

	it('names no file or folder inside a row that does not exist (a moved or misspelt file)', () => {
		expect(missingPlaces(rules, ROOT)).toEqual([]);
		expect(
			missingPlaces(readRules('| a | may import |\n| - | - |\n| `src/lib/pages/` | `src/lib/pages/sitee.ts` |'), ROOT),
		).toEqual(['src/lib/pages/sitee.ts']);
	});
});

describe('the import graph', () => {
	it('holds every file of src/, scripts/ and tests/, and their imports of each other', () => {
		expect(files.length).toBeGreaterThan(250);
		expect(files).toContain('src/pages/index.astro');
		expect(imports.length).toBeGreaterThan(800);
		expect(imports).toContainEqual({
			from: 'src/lib/mdx/check-components.ts',
			to: 'src/lib/problems/error-map.ts',
			specifier: '../problems/error-map.ts',
			typeOnly: false,
		});
	});

	it('follows the table: every import is one its row allows', () => {
		expect(forbiddenImports(rules, files, imports)).toEqual([]);
	});

	it('has no cycle', () => {
		expect(cycles(imports)).toEqual([]);
	});
});

describe('the check itself', () => {
	const table = [
		'| folder | holds | may import |',
		'| --- | --- | --- |',
		'| `src/schemas/` | zod schemas | zod, nothing of ours |',
		'| `src/lib/model/` | the model | `src/schemas/`, `src/lib/format/` (numbers) |',
		'| `src/lib/format/` | formatting | nothing of ours |',
		'| `src/lib/routes.ts` | addresses | `src/schemas/` |',
		'| `src/components/` | markup | types from `src/lib/` |',
	].join('\n');
	const synthetic = readRules(`# House\n\nSome text.\n\n${table}\n\nMore text.`);
	const edge = (from: string, to: string, typeOnly = false): Import => ({ from, to, specifier: to, typeOnly });

	it('reads places, allowed places and types-only places from backticks, ignoring the words around them', () => {
		expect(synthetic).toEqual([
			{ places: ['src/schemas/'], mayImport: [], mayImportTypes: [] },
			{ places: ['src/lib/model/'], mayImport: ['src/schemas/', 'src/lib/format/'], mayImportTypes: [] },
			{ places: ['src/lib/format/'], mayImport: [], mayImportTypes: [] },
			{ places: ['src/lib/routes.ts'], mayImport: ['src/schemas/'], mayImportTypes: [] },
			{ places: ['src/components/'], mayImport: [], mayImportTypes: ['src/lib/'] },
		]);
		expect(() => readRules('no table here')).toThrow('no table with a "may import" column');
	});

	it('lets a file place hold the folder it grows into, and no file next to it', () => {
		expect(ruleOf(synthetic, 'src/lib/routes/guidance.ts')?.place).toBe('src/lib/routes.ts');
		expect(ruleOf(synthetic, 'src/lib/routes-old.ts')).toBeUndefined();
	});

	it('fails a forbidden import, naming the file, the import and the rule, and a file no row covers', () => {
		const files = ['src/schemas/target.ts', 'src/lib/model/status.ts', 'src/components/Tag.astro', 'src/stray.ts'];
		const graph = [
			edge('src/lib/model/status.ts', 'src/schemas/target.ts'),
			edge('src/lib/model/status.ts', 'src/lib/model/rates.ts'),
			edge('src/components/Tag.astro', 'src/lib/model/status.ts', true),
			edge('src/schemas/target.ts', 'src/lib/model/status.ts'),
			edge('src/components/Tag.astro', 'src/lib/format/dates.ts'),
		];
		expect(forbiddenImports(synthetic, files, graph)).toEqual([
			'src/stray.ts: no row of the table covers this file',
			"src/schemas/target.ts imports 'src/lib/model/status.ts' (src/lib/model/status.ts), but `src/schemas/` may import nothing of ours",
			"src/components/Tag.astro imports 'src/lib/format/dates.ts' (src/lib/format/dates.ts), but `src/components/` may import types from `src/lib/`",
		]);
	});

	it('fails a cycle, naming it once, and passes a graph without one', () => {
		const graph = [
			edge('src/lib/model/a.ts', 'src/lib/model/b.ts'),
			edge('src/lib/model/b.ts', 'src/schemas/c.ts'),
			edge('src/schemas/c.ts', 'src/lib/model/a.ts'),
			edge('src/schemas/c.ts', 'src/schemas/d.ts'),
			edge('src/lib/format/e.ts', 'src/lib/format/e.ts'),
			edge('src/schemas/d.ts', 'src/schemas/f.ts'),
			edge('src/schemas/f.ts', 'src/schemas/d.ts'),
			edge('src/schemas/f.ts', 'src/lib/model/a.ts'),
		];
		expect(cycles(graph)).toEqual([
			'src/lib/format/e.ts → src/lib/format/e.ts',
			'src/lib/model/a.ts → src/lib/model/b.ts → src/schemas/c.ts → src/lib/model/a.ts (and through it: src/schemas/d.ts, src/schemas/f.ts)',
		]);
		expect(cycles(graph.slice(0, 2))).toEqual([]);
	});

	it('names a place that no row is about', () => {
		const misspelt = readRules(`${table}\n| \`src/pages/\` | routes | \`src/lib/modle/\`, \`src/lib/\` |`);
		expect(unknownPlaces(misspelt)).toEqual(['src/lib/modle/']);
	});

	it("finds the imports of a script: static, type-only, re-exports, import() and an .astro file's front matter and <script>", () => {
		const ts = [
			"import { a } from './a.ts';",
			"import type { B } from './b.ts';",
			"export { c } from './c.ts';",
			"type D = import('./d.ts').D;",
			"const e = await import('./e.ts');",
			"import 'zod';",
		].join('\n');
		expect(specifiersOf('x.ts', ts)).toEqual([
			{ specifier: './a.ts', typeOnly: false },
			{ specifier: './b.ts', typeOnly: true },
			{ specifier: './c.ts', typeOnly: false },
			{ specifier: './d.ts', typeOnly: true },
			{ specifier: './e.ts', typeOnly: false },
			{ specifier: 'zod', typeOnly: false },
		]);
		const astro =
			"---\nimport Tag from './Tag.astro';\n---\n<p>import x from 'not-code'</p>\n<script>\nimport './client.ts';\n</script>";
		expect(specifiersOf('x.astro', astro).map((s) => s.specifier)).toEqual(['./Tag.astro', './client.ts']);
	});
});

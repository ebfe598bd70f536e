/**
 * The rules of ARCHITECTURE.md's "may import" table, read from the table
 * itself, and the import graph of our own files, read with the TypeScript
 * compiler's parser: what tests/unit/architecture.test.ts checks.
 *
 * A table row names one or more places in its first cell and what they may
 * import in its "may import" cell; only what is written in backticks counts,
 * the rest is for people. A place is a folder (`src/lib/model/`: every file
 * under it, at any depth) or a file (`src/queries.ts`: the file, and the
 * folder `src/queries/` should it grow into one). A file belongs to the row
 * of the longest place that holds it, and may import anything of its own row
 * and anything under a place of its row's "may import" cell; `types from` before
 * a place allows only `import type` from it. Packages (zod, astro:content,
 * node:fs) are not ours and are not checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** One row of the table. */
export interface Rule {
	/** The places the row is about, as written: `src/lib/model/`, `src/queries.ts`. */
	places: string[];
	/** The places its files may import from. */
	mayImport: string[];
	/** The places its files may import types (only) from. */
	mayImportTypes: string[];
}

/** One import of one of our files. */
export interface Import {
	/** The importing file, relative to the project root. */
	from: string;
	/** The imported file, relative to the project root. */
	to: string;
	/** The specifier as written: '../model/datasets.ts'. */
	specifier: string;
	/** true for `import type …` and `import('…').T` in a type. */
	typeOnly: boolean;
}

/** The text between the backticks of every `code` span of a table cell, with whether `types from` precedes it. */
function placesIn(cell: string): { place: string; typesOnly: boolean }[] {
	return [...cell.matchAll(/(types from\s+)?`([^`]+)`/g)].map((m) => ({
		place: m[2] ?? '',
		typesOnly: m[1] !== undefined,
	}));
}

/** The cells of a Markdown table row: `| a | b |` → ['a', 'b']. */
function cellsOf(line: string): string[] {
	return line
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((c) => c.trim());
}

/**
 * The rules of the first Markdown table with a "may import" column: one per
 * row. Throws when there is no such table, so a reworded heading cannot
 * silently switch the test off.
 */
export function readRules(markdown: string): Rule[] {
	const lines = markdown.split('\n');
	const header = lines.findIndex((l) => l.trim().startsWith('|') && /\|\s*may import\s*\|/.test(l));
	if (header < 0) throw new Error('no table with a "may import" column');
	const columns = cellsOf(lines[header] ?? '');
	const mayImportColumn = columns.indexOf('may import');
	const rules: Rule[] = [];
	for (const line of lines.slice(header + 2)) {
		if (!line.trim().startsWith('|')) break;
		const cells = cellsOf(line);
		const allowed = placesIn(cells[mayImportColumn] ?? '');
		rules.push({
			places: placesIn(cells[0] ?? '').map((p) => p.place),
			mayImport: allowed.filter((a) => !a.typesOnly).map((a) => a.place),
			mayImportTypes: allowed.filter((a) => a.typesOnly).map((a) => a.place),
		});
	}
	return rules;
}

/** Whether `place` holds `file`: a folder holds what is under it, a file itself and the folder of its name. */
export function holds(place: string, file: string): boolean {
	if (place.endsWith('/')) return file.startsWith(place);
	return file === place || file.startsWith(`${place.replace(/\.[a-z]+$/, '')}/`);
}

/** The row of the longest place that holds `file`, with that place; undefined when no row does. */
export function ruleOf(rules: readonly Rule[], file: string): { rule: Rule; place: string } | undefined {
	let best: { rule: Rule; place: string } | undefined;
	for (const rule of rules)
		for (const place of rule.places)
			if (holds(place, file) && place.length > (best?.place.length ?? -1)) best = { rule, place };
	return best;
}

/** Places named in a "may import" cell that hold no row's place and lie in no row: a misspelling. */
export function unknownPlaces(rules: readonly Rule[]): string[] {
	const rowPlaces = rules.flatMap((r) => r.places);
	const named = rules.flatMap((r) => [...r.mayImport, ...r.mayImportTypes]);
	return [
		...new Set(named.filter((p) => !rowPlaces.some((row) => holds(p, row)) && ruleOf(rules, p) === undefined)),
	].sort();
}

/**
 * Places named in a "may import" cell inside a row's folder (`src/lib/pages/site.ts`)
 * that do not exist under `root`: a misspelt or moved file. A row's own place
 * may be planned (`src/collections.ts`), so it is not looked for.
 */
export function missingPlaces(rules: readonly Rule[], root: string): string[] {
	const rowPlaces = rules.flatMap((r) => r.places);
	const named = rules.flatMap((r) => [...r.mayImport, ...r.mayImportTypes]);
	const inside = named.filter((p) => !rowPlaces.some((row) => holds(p, row)));
	return [...new Set(inside.filter((p) => !existsSync(join(root, p))))].sort();
}

/**
 * What is wrong with each import, as one line naming the file, the import
 * and the rule: an import the importer's row does not allow, or a file that
 * no row covers.
 */
export function forbiddenImports(
	rules: readonly Rule[],
	files: readonly string[],
	imports: readonly Import[],
): string[] {
	const problems: string[] = [];
	for (const file of files)
		if (ruleOf(rules, file) === undefined) problems.push(`${file}: no row of the table covers this file`);
	for (const i of imports) {
		const own = ruleOf(rules, i.from);
		if (own === undefined) continue;
		const target = ruleOf(rules, i.to);
		if (target?.rule === own.rule) continue;
		const allowed = [...own.rule.mayImport, ...(i.typeOnly ? own.rule.mayImportTypes : [])];
		if (allowed.some((place) => holds(place, i.to))) continue;
		const may = [
			...own.rule.mayImport.map((p) => `\`${p}\``),
			...own.rule.mayImportTypes.map((p) => `types from \`${p}\``),
		];
		problems.push(
			`${i.from} imports ${i.typeOnly ? 'types from ' : ''}'${i.specifier}' (${i.to}), but \`${own.place}\` may import ${may.length === 0 ? 'nothing of ours' : may.join(', ')}`,
		);
	}
	return problems;
}

/**
 * Every cycle of the graph, each named once as a path that starts and ends
 * at the same file ("a.ts → b.ts → a.ts"): one for each group of files that
 * can reach each other (Tarjan's strongly connected components), the
 * shortest way round from the group's first file, followed by the group's
 * other files, if any.
 */
export function cycles(imports: readonly Import[]): string[] {
	const next = new Map<string, string[]>();
	for (const i of imports) next.set(i.from, [...(next.get(i.from) ?? []), i.to]);
	const groups = stronglyConnected(next);
	return groups
		.filter((g) => g.length > 1 || (next.get(g[0] ?? '') ?? []).includes(g[0] ?? ''))
		.map((g) => {
			const path = cycleThrough(g, next);
			const others = g.filter((f) => !path.includes(f));
			return `${path.join(' → ')}${others.length === 0 ? '' : ` (and through it: ${others.join(', ')})`}`;
		})
		.sort();
}

/** The strongly connected components of a graph (Tarjan), each sorted. */
function stronglyConnected(next: ReadonlyMap<string, readonly string[]>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const groups: string[][] = [];
	const visit = (node: string): void => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const to of next.get(node) ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
			} else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
		}
		if (low.get(node) !== index.get(node)) return;
		const group: string[] = [];
		for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
			onStack.delete(member);
			group.push(member);
			if (member === node) break;
		}
		groups.push(group.sort());
	};
	for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
	return groups;
}

/** A shortest way round a group of files that reach each other, from its first file back to it (breadth first). */
function cycleThrough(group: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[] {
	const start = group[0] ?? '';
	const members = new Set(group);
	const cameFrom = new Map<string, string>();
	const queue = [start];
	for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
		for (const to of [...(next.get(node) ?? [])].sort()) {
			if (to === start) {
				const path = [start];
				for (let at: string | undefined = node; at !== start && at !== undefined; at = cameFrom.get(at))
					path.splice(1, 0, at);
				return [...path, start];
			}
			if (members.has(to) && !cameFrom.has(to)) {
				cameFrom.set(to, node);
				queue.push(to);
			}
		}
	}
	return [start, start];
}

/** Every .ts, .mts and .astro file under the folders, relative to `root`, sorted. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
			const path = `${dir}/${e.name}`;
			if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : walk(path);
			return /\.(m?ts|astro)$/.test(e.name) ? [path] : [];
		});
	return folders.flatMap(walk).sort();
}

/** The script of an .astro file: its front matter and the bodies of its <script> tags. */
function astroScript(text: string): string {
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
	return [frontMatter, ...scripts].join('\n');
}

/** The module specifiers a script imports, each with whether only types are taken from it. */
export function specifiersOf(file: string, text: string): { specifier: string; typeOnly: boolean }[] {
	const source = ts.createSourceFile(file, file.endsWith('.astro') ? astroScript(text) : text, ts.ScriptTarget.Latest);
	const found: { specifier: string; typeOnly: boolean }[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.importClause?.isTypeOnly === true });
		} else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
			found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
		} else if (ts.isImportTypeNode(node)) {
			const literal = ts.isLiteralTypeNode(node.argument) ? node.argument.literal : undefined;
			if (literal && ts.isStringLiteral(literal)) found.push({ specifier: literal.text, typeOnly: true });
		} else if (
			ts.isCallExpression(node) &&
			(node.expression.kind === ts.SyntaxKind.ImportKeyword ||
				(ts.isPropertyAccessExpression(node.expression) && node.expression.getText(source) === 'vi.mock')) &&
			node.arguments[0] !== undefined &&
			ts.isStringLiteral(node.arguments[0])
		) {
			found.push({ specifier: node.arguments[0].text, typeOnly: false });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/**
 * The imports of our own files among `files` (relative specifiers only,
 * resolved from the importing file): the edges of the import graph.
 */
export function importsOf(root: string, files: readonly string[]): Import[] {
	return files.flatMap((from) =>
		specifiersOf(from, readFileSync(join(root, from), 'utf8'))
			.filter((s) => s.specifier.startsWith('.'))
			.map((s) => ({ from, to: resolve(root, from, s.specifier), specifier: s.specifier, typeOnly: s.typeOnly })),
	);
}

/** The file a relative specifier names, relative to the root (as written, or with .ts or /index.ts when that is what exists). */
function resolve(root: string, from: string, specifier: string): string {
	const path = relative(root, join(root, dirname(from), specifier))
		.split('\\')
		.join('/');
	const found = [path, `${path}.ts`, `${path}/index.ts`].find((p) => existsSync(join(root, p)));
	return found ?? path;
}

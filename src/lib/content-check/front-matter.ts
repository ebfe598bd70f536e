/**
 * The YAML front matter of a guidance page, with positions: its value,
 * where each field is (lines counted from the top of the file, the opening
 * "---" being line 1), YAML syntax errors worded for an editor, and
 * duplicate keys. Parsed with the `yaml` package's parseDocument, whose
 * nodes keep their offsets.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { positionsIn, type FieldPath, type Locator, type Position } from './positions.ts';
import type { Problem } from '../problems/problems.ts';

const FRONT_MATTER_RE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A page's front matter, read. */
export interface FrontMatter {
	/** The front matter as data (an empty object for an empty block). */
	data: unknown;
	/** The MDX after the closing "---". */
	body: string;
	/** The line of the file the body starts on. */
	bodyLine: number;
	/** Where a field of the front matter is in the file. */
	locate: Locator;
	/** Problems that do not stop the page being checked (duplicate keys). */
	problems: Problem[];
}

/** Advice for the YAML mistakes editors make, by the `yaml` package's error code and message. */
function yamlAdvice(code: string, message: string): string {
	if (code === 'BLOCK_AS_IMPLICIT_KEY' && message.startsWith('Nested mappings')) {
		return 'the value contains ": ", which YAML reads as a new field: put the whole value in double quotes, for example title: "Virtual wards: the basics"';
	}
	if (code === 'TAB_AS_INDENT') return 'the line is indented with a tab: YAML needs spaces (two per level)';
	if (code === 'MISSING_CHAR' && /quote/.test(message))
		return 'a quoted value is not closed: end it with the quote mark it starts with, on the same line';
	if (/^Flow sequence/.test(message))
		return 'a list started with "[" is not closed: end it with "]", for example audience: [acute, ics]';
	if (/^Flow map/.test(message)) return 'an object started with "{" is not closed: end it with "}"';
	if (code === 'MULTILINE_IMPLICIT_KEY' || (code === 'MISSING_CHAR' && /map values/.test(message))) {
		return 'this line is not a field: write each field as name: value, with a space after the colon, and indent list items with spaces under their field';
	}
	if (code === 'UNEXPECTED_TOKEN' && /scalar/.test(message)) {
		return `there is text after a quoted value: if the value contains its own quote mark, wrap it in the other kind ("it's") or double it inside single quotes ('it''s')`;
	}
	if (code === 'BAD_INDENT')
		return 'the indentation is not consistent: indent every item of a list, or every field of an object, by the same number of spaces';
	return `${message.split('\n')[0] ?? message}: check the quotes, colons and indentation (see CONTRIBUTING.md, "Front matter")`;
}

/** Spaces and marks nobody sees, which YAML does not read as spaces. */
const INVISIBLE = /[\u00a0\u202f\u200b-\u200d\u2060\ufeff\u00ad]/;

/** The line holding an invisible character, on the error's line or the one before (YAML notices a broken line at the next): its text, cut at 60 characters, and the character's offset. */
function invisibleNear(yaml: string, offset: number): { line: string; offset: number } | undefined {
	const lineStart = yaml.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
	const previousStart = lineStart > 0 ? yaml.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
	for (const from of [lineStart, previousStart]) {
		const end = yaml.indexOf('\n', from);
		const line = yaml.slice(from, end < 0 ? yaml.length : end);
		const m = INVISIBLE.exec(line);
		if (m) return { line: line.length > 60 ? `${line.slice(0, 60)}…` : line, offset: from + m.index };
	}
	return undefined;
}

/** A list item written with no space after its dash ("-projin-digital-maturity"), on the error's line or the one before: the item and where it is. */
function listDashNear(yaml: string, offset: number): { item: string; offset: number } | undefined {
	const lineStart = yaml.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
	const previousStart = lineStart > 0 ? yaml.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
	for (const from of [lineStart, previousStart]) {
		const end = yaml.indexOf('\n', from);
		const m = /^(\s*)-([^\s-].*)$/.exec(yaml.slice(from, end < 0 ? yaml.length : end));
		if (m) return { item: (m[2] ?? '').slice(0, 60), offset: from + (m[1] ?? '').length };
	}
	return undefined;
}

/** The node at `path` (or the key of a field with no value), or the nearest enclosing one; undefined for the whole block. */
function rangeAt(root: unknown, path: FieldPath): number | undefined {
	let node: unknown = root;
	let found: number | undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
			if (!pair) return found;
			const valueNode = pair.value as YamlNode | null;
			if (!valueNode?.range) return (pair.key as YamlNode).range?.[0] ?? found;
			node = valueNode;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as YamlNode | undefined;
			if (!item?.range) return found;
			node = item;
		} else return found;
		found = (node as YamlNode).range?.[0];
	}
	// An object with an id (a source written { id, section }) is named by its id.
	const id = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === 'id')?.value : undefined;
	return (id as YamlNode | undefined)?.range?.[0] ?? found;
}

/** Duplicate keys in every map of the document, each as a problem at its second appearance. */
function duplicateKeys(file: string, root: unknown, at: (offset: number) => Position): Problem[] {
	const problems: Problem[] = [];
	const visit = (node: unknown, path: string) => {
		if (isMap(node)) {
			const first = new Map<string, number>();
			for (const pair of node.items) {
				if (!isScalar(pair.key) || !pair.key.range) continue;
				const key = String(pair.key.value);
				const field = path === '' ? key : `${path}.${key}`;
				const earlier = first.get(key);
				if (earlier !== undefined) {
					const a = at(earlier);
					const b = at(pair.key.range[0]);
					problems.push({
						file,
						field,
						...b,
						message: `the key "${key}" appears twice (lines ${String(a.line)} and ${String(b.line)}): keep one`,
					});
				} else first.set(key, pair.key.range[0]);
				visit(pair.value, field);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => visit(item, `${path}[${String(i)}]`));
		}
	};
	visit(root, '');
	return problems;
}

/**
 * Splits an MDX file into front matter and body. A file without front
 * matter, or whose front matter is not YAML, gives one problem (the first
 * YAML error, at its line and column in the file: later ones are usually its
 * echo); otherwise the front matter, a locator and any duplicate keys.
 */
export function splitFrontMatter(file: { path: string; text: string }): FrontMatter | Problem {
	const m = FRONT_MATTER_RE.exec(file.text);
	if (!m && /^---\r?\n/.test(file.text)) {
		return {
			file: file.path,
			field: '',
			line: 1,
			column: 1,
			message:
				"the front matter that starts here is never closed: add a line --- after its last field (before the page's text)",
		};
	}
	if (!m) {
		return {
			file: file.path,
			field: '',
			line: 1,
			message: 'has no front matter: start the file with a block between two "---" lines (see CONTRIBUTING.md)',
		};
	}
	const yaml = m[1] ?? '';
	// The YAML starts after the opening "---" line: its offsets are shifted by that line.
	const start = m[0].indexOf(yaml);
	const at = positionsIn(file.text);
	const doc = parseDocument(yaml, { uniqueKeys: false, prettyErrors: false });
	const [error] = doc.errors;
	if (error) {
		// An unclosed [ or { is noticed where the block ends: point at the bracket that opened it.
		const open = /^Flow (sequence|map)/.exec(error.message)?.[1] === 'map' ? '{' : '[';
		const offset = /^Flow (sequence|map)/.test(error.message)
			? Math.max(0, yaml.lastIndexOf(open, error.pos[0]))
			: error.pos[0];
		const dash = listDashNear(yaml, offset);
		if (dash) {
			return {
				file: file.path,
				field: '',
				...at(start + dash.offset),
				message: `front matter is not valid YAML: a list item needs a space after its "-": write "- ${dash.item}"`,
			};
		}
		const invisible = invisibleNear(yaml, offset);
		if (invisible) {
			// A character the editor cannot see broke the line: quote the line, and nameHidden names the character.
			return {
				file: file.path,
				field: '',
				...at(start + invisible.offset),
				message: `front matter is not valid YAML: the line "${invisible.line}" is not read as written`,
			};
		}
		return {
			file: file.path,
			field: '',
			...at(start + offset),
			message: `front matter is not valid YAML: ${yamlAdvice(error.code, error.message)}`,
		};
	}
	const bodyLine = (m[0].match(/\n/g) ?? []).length + 1;
	const data: unknown = doc.toJS();
	return {
		data: data ?? {},
		body: file.text.slice(m[0].length),
		bodyLine,
		locate: (path) => {
			const offset = rangeAt(doc.contents, path);
			return offset === undefined ? { line: 1, column: 1 } : at(start + offset);
		},
		problems: duplicateKeys(file.path, doc.contents, (o) => at(start + o)),
	};
}

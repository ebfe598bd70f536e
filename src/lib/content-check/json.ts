/**
 * Strict JSON with positions: the value of a file, where each field is
 * (line and column, for every later problem), and its syntax errors and
 * duplicate keys as problems an editor can act on.
 *
 * Parsing is done by Microsoft's jsonc-parser (the parser of VS Code), which
 * keeps the offset of every node and recovers after an error. Comments and
 * trailing commas, which JSON does not allow, are found with its scanner and
 * reported by name; of the remaining errors only the first is reported, as
 * the ones after it are usually its echo.
 */
import {
	createScanner,
	findNodeAtLocation,
	parseTree,
	printParseErrorCode,
	type Node,
	type ParseError,
} from 'jsonc-parser';
import { positionsIn, type FieldPath, type Locator, type Position } from './positions.ts';
import type { Problem } from '../problems/problems.ts';

export type JsonRead =
	{ ok: true; value: unknown; locate: Locator; problems: Problem[] } | { ok: false; problems: Problem[] };

/** jsonc-parser's token kinds (its SyntaxKind is a const enum, which type stripping cannot inline). */
const TOKEN = {
	closeBrace: 2,
	closeBracket: 4,
	comma: 5,
	lineComment: 12,
	blockComment: 13,
	lineBreak: 14,
	trivia: 15,
	eof: 17,
} as const;

/** What to do about each of jsonc-parser's errors, by its name (printParseErrorCode). */
const ADVICE: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
	CommaExpected: 'a comma is missing before this: put "," between two items or two fields',
	ColonExpected: 'a colon is missing: write a field as "name": value',
	PropertyNameExpected: 'a field name is expected here: write it in double quotes, as "name": value',
	ValueExpected:
		'a value is expected here: text in double quotes, a number, true, false, null, a list [ … ] or an object { … }',
	CloseBraceExpected: 'an object is not closed: add the "}" that ends it',
	CloseBracketExpected: 'a list is not closed: add the "]" that ends it',
	EndOfFileExpected: 'there is more after the end of the JSON: remove it, or put it inside the list',
	UnexpectedEndOfString:
		'text is not closed: end it with a double quote " on the same line (write a line break inside text as \\n)',
	InvalidCharacter: 'text contains a tab or line break: write them as \\t or \\n',
	InvalidEscapeCharacter: 'a backslash starts an escape JSON does not know: write a backslash as \\\\',
	InvalidUnicode: 'a \\u escape needs four hexadecimal digits, for example \\u00e9',
	UnexpectedEndOfNumber: 'a number is not complete: write it like 12 or 12.5',
	InvalidNumberFormat:
		'is not a JSON number: write numbers like 12 or 12.5, without leading zeros, commas or a plus sign',
	UnexpectedEndOfComment:
		'a comment is not closed, and JSON does not allow comments: remove it (use a "note" field where the schema has one)',
};

function symbolAdvice(text: string, offset: number): string {
	const ch = text[offset] ?? '';
	if (ch === "'" || ch === '‘' || ch === '’')
		return `unexpected ${ch}: JSON text and field names need straight double quotes ", not single quotes`;
	if (ch === '“' || ch === '”') return `unexpected ${ch}: JSON needs straight double quotes ", not curly quotes`;
	if (/[A-Za-z]/.test(ch)) {
		const word = /^[A-Za-z_]\w*/.exec(text.slice(offset))?.[0] ?? ch;
		return `unexpected ${word}: put text in double quotes ("${word}"); the only bare words JSON allows are true, false and null`;
	}
	return `unexpected character ${JSON.stringify(ch)}: check the punctuation around it`;
}

/** Comments and trailing commas, which JSON does not allow, with their offsets. */
function notAllowed(text: string): { offset: number; message: string }[] {
	const found: { offset: number; message: string }[] = [];
	const scanner = createScanner(text, false);
	let comma: number | undefined;
	for (let kind: number = scanner.scan(); kind !== TOKEN.eof; kind = scanner.scan()) {
		if (kind === TOKEN.lineComment || kind === TOKEN.blockComment) {
			found.push({
				offset: scanner.getTokenOffset(),
				message: 'JSON does not allow comments: remove it (use a "note" field where the schema has one)',
			});
			continue;
		}
		if (kind === TOKEN.trivia || kind === TOKEN.lineBreak) continue;
		if (comma !== undefined && (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket)) {
			found.push({
				offset: comma,
				message: `a comma after the last ${kind === TOKEN.closeBrace ? 'field of an object' : 'item of a list'}: remove this ","`,
			});
		}
		comma = kind === TOKEN.comma ? scanner.getTokenOffset() : undefined;
	}
	return found;
}

/**
 * The node of the field at `path` in `root`, or of its nearest enclosing
 * field; for an object with an `id` (an entry, or a reference written
 * { "id": … }), the id's value, which names it.
 */
function nodeAt(root: Node, path: FieldPath): Node {
	for (let n = path.length; n >= 0; n--) {
		const node = n === 0 ? root : findNodeAtLocation(root, [...path.slice(0, n)]);
		if (!node) continue;
		return (node.type === 'object' ? findNodeAtLocation(node, ['id']) : undefined) ?? node;
	}
	return root;
}

/** The duplicate keys of every object in the tree, as problems at the second key. */
function duplicateKeys(file: string, root: Node, at: (offset: number) => Position): Problem[] {
	const problems: Problem[] = [];
	const visit = (node: Node, path: (string | number)[]) => {
		if (node.type === 'object') {
			const first = new Map<string, Node>();
			for (const property of node.children ?? []) {
				const [key, value] = property.children ?? [];
				if (!key || typeof key.value !== 'string') continue;
				const earlier = first.get(key.value);
				if (earlier) {
					const a = at(earlier.offset);
					const b = at(key.offset);
					problems.push({
						file,
						field: fieldName([...path, key.value]),
						...b,
						message: `the key "${key.value}" appears twice (lines ${String(a.line)} and ${String(b.line)}): keep one`,
					});
				} else first.set(key.value, key);
				if (value) visit(value, [...path, key.value]);
			}
		} else if (node.type === 'array') {
			(node.children ?? []).forEach((child, i) => visit(child, [...path, i]));
		}
	};
	visit(root, []);
	return problems;
}

function fieldName(path: FieldPath): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${String(k)}]` : i === 0 ? k : `.${k}`)).join('');
}

/**
 * Reads a JSON file strictly (no comments, no trailing commas). A file with a
 * syntax error is `ok: false`, with one problem per comment or trailing comma
 * before the first other error, and that error; a readable file gives its
 * value, a locator for its fields and any duplicate keys.
 */
export function readJson(file: { path: string; text: string }): JsonRead {
	const { path, text } = file;
	const at = positionsIn(text);
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true, allowEmptyContent: false });
	const firstError = errors[0];
	const syntax = notAllowed(text).filter((f) => firstError === undefined || f.offset < firstError.offset);
	if (firstError) {
		const code = printParseErrorCode(firstError.error);
		const message =
			text.trim() === ''
				? 'the file is empty: a data file holds a JSON list [ … ] or object { … }'
				: firstError.offset >= text.trimEnd().length
					? 'the file ends before the JSON is complete: close every { with } and every [ with ], and remove any "," before them'
					: code === 'InvalidSymbol'
						? symbolAdvice(text, firstError.offset)
						: (ADVICE[code] ?? 'check the punctuation around here');
		syntax.push({ offset: text.trim() === '' ? 0 : firstError.offset, message });
	}
	const problems = syntax.map((s): Problem => ({
		file: path,
		field: '',
		...at(s.offset),
		message: `is not valid JSON: ${s.message}`,
	}));
	if (problems.length > 0 || !root) return { ok: false, problems };
	return {
		ok: true,
		value: JSON.parse(text) as unknown,
		locate: (p) => at(nodeAt(root, p).offset),
		problems: duplicateKeys(path, root, at),
	};
}

/**
 * One way to report editor mistakes. Every check (schemas, references, MDX
 * components, JSON syntax) produces {@link Problem}s, and they are printed
 * together so an editor sees every mistake at once.
 */
import type { z } from 'zod';

export interface Problem {
	/** The file, relative to the project root, for example content/virtual-wards/hospital-at-home.mdx */
	file: string;
	/** The field, as a path such as `audience[1]` or `observations[3].period`; empty for the whole file. */
	field: string;
	/** What is wrong and what is allowed. */
	message: string;
	/** The line of the file (1-based, counted from the top of the file, front matter included), where known. */
	line?: number;
	/** The column of that line (1-based), where known. */
	column?: number;
}

/** `file`, `file:line` or `file:line:column`: where a problem is, as editors' tools print it. */
export function formatLocation(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
	if (p.line === undefined) return p.file;
	return p.column === undefined ? `${p.file}:${String(p.line)}` : `${p.file}:${String(p.line)}:${String(p.column)}`;
}

/** Formats a zod path as `a.b[2].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

/**
 * The zod error map used for every parse: replaces zod's generic wording for
 * missing and unknown fields with a sentence an editor can act on.
 */
function editorErrorMap(allowedKeys: readonly string[] | undefined) {
	return (issue: z.core.$ZodRawIssue): string | undefined => {
		if (issue.code === 'invalid_type' && issue.input === undefined) {
			return 'is required';
		}
		if (issue.code === 'unrecognized_keys') {
			const keys = issue.keys.map((k) => `"${k}"`).join(', ');
			const allowed =
				allowedKeys && (issue.path ?? []).length === 0 ? `; allowed fields are ${allowedKeys.join(', ')}` : '';
			return `unknown field ${keys}: check the spelling${allowed}`;
		}
		if (issue.code === 'invalid_type') {
			return `must be ${issue.expected}, not ${describe(issue.input)}`;
		}
		if (issue.code === 'too_small' && issue.origin === 'string') {
			return `is too short: at least ${String(issue.minimum)} characters`;
		}
		if (issue.code === 'too_big' && issue.origin === 'string') {
			return `is too long: at most ${String(issue.maximum)} characters`;
		}
		return undefined;
	};
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text "${value}"`;
	return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/**
 * Parses `input` with `schema` and returns either the data or one
 * {@link Problem} per zod issue, naming `file` and the field.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
	schema: S,
	input: unknown,
	file: string,
	fieldPrefix: ReadonlyArray<PropertyKey> = [],
): ParseResult<z.output<S>> {
	const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
	const allowedKeys = shape ? Object.keys(shape) : undefined;
	const result = schema.safeParse(input, { error: editorErrorMap(allowedKeys) });
	if (result.success) return { ok: true, data: result.data };
	return {
		ok: false,
		problems: result.error.issues.map((issue) => ({
			file,
			field: formatPath([...fieldPrefix, ...issue.path]),
			message: issue.message,
		})),
	};
}

/**
 * Renders problems as lines `file:line:column → field: message`, sorted by
 * file and then by line (problems without a line first, in the order found).
 */
export function formatProblems(problems: readonly Problem[]): string {
	const lines = [...problems]
		.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1))
		.map((p) => `  ${formatLocation(p)}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
	const n = problems.length;
	return `${n} problem${n === 1 ? '' : 's'} in content or data:\n${lines.join('\n')}`;
}

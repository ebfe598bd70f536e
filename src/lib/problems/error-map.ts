/**
 * Zod issues in words an editor can act on (Starlight's `utils/error-map.ts`
 * habit): {@link parseWithFriendlyErrors} parses with a schema and returns
 * one {@link Problem} per mistake, naming the file and the field. Used by
 * the content check, the MDX check (component props) and the statistics
 * importer.
 */
import type { z } from 'zod';
import { plural } from '../format/text.ts';
import type { Problem } from './problems.ts';
import { suggest } from './suggest.ts';

/** Formats a zod path as `a.b[2].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

/** "a title", "an owner", "a deadline label": a field named in a sentence. */
function fieldNoun(path: ReadonlyArray<PropertyKey> | undefined): string {
	const last = [...(path ?? [])].reverse().find((k): k is string => typeof k === 'string');
	if (last === undefined) return 'this value';
	const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
	if (/[^s]s$/.test(words)) return words;
	return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** What a zod type is called in a message: "text", "a number", "a list". */
const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object { … }',
	date: 'a date',
};

/** Says how long a text or list is, or what a number is: "is 500 characters long", "is empty", "has 2 items". */
function measure(input: unknown): string | undefined {
	if (typeof input === 'string')
		return input.length === 0 ? 'is empty' : `is ${plural(input.length, 'character')} long`;
	if (Array.isArray(input)) return input.length === 0 ? 'is an empty list' : `has ${plural(input.length, 'item')}`;
	if (typeof input === 'number') return `is ${String(input)}`;
	return undefined;
}

/**
 * The zod error map used for every parse: replaces zod's generic wording
 * for missing fields, wrong types and limits with a sentence an editor can
 * act on, stating the limit and what was given. Unknown fields are worded in
 * {@link parseWithFriendlyErrors}, one problem per field.
 */
function editorErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
	if (issue.code === 'invalid_type') {
		const shape = issue.expected === 'object' || issue.expected === 'array' ? shapeOf(issue.inst) : undefined;
		const how =
			shape === undefined
				? issue.expected === 'array' && typeof issue.input === 'string'
					? `: write [${JSON.stringify(issue.input)}]`
					: ''
				: issue.expected === 'array'
					? `: write each item on its own line starting with "- ", as - ${shape}`
					: `: write ${shape}`;
		return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describe(issue.input)}${how}`;
	}
	if (issue.code === 'too_small' || issue.code === 'too_big') {
		const small = issue.code === 'too_small';
		const limit = small ? issue.minimum : issue.maximum;
		const inclusive = issue.inclusive !== false;
		const what = fieldNoun(issue.path);
		const has = measure(issue.input) ?? 'is out of range';
		if (issue.origin === 'string') {
			return `${has}: ${what} ${small ? 'needs at least' : 'has at most'} ${plural(limit, 'character')}`;
		}
		if (issue.origin === 'array' || issue.origin === 'set') {
			return `${has}: ${small ? 'at least' : 'at most'} ${plural(limit, 'item')} ${small ? 'needed' : 'allowed'}`;
		}
		if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
			const bound = inclusive ? (small ? 'at least' : 'at most') : small ? 'more than' : 'less than';
			return `${has}: ${what} must be ${bound} ${String(limit)}`;
		}
	}
	return undefined;
}

/** The `{ … }` a schema's description shows for an object (of a list, its items'), or undefined when it has none. */
function shapeOf(inst: unknown): string | undefined {
	const schema = inst as { description?: string; _zod?: { def?: { type?: string; element?: unknown } } } | undefined;
	const of = schema?._zod?.def?.type === 'array' ? (schema._zod.def.element as typeof schema) : schema;
	return /\{[^{}]*\}/.exec(of?.description ?? '')?.[0];
}

/** What to write for a value given as text that spells one of the type expected ("4" for a number, "false" for true or false). */
function unquoted(expected: string, input: unknown): string | undefined {
	if (typeof input !== 'string') return undefined;
	const v = input.trim();
	if ((expected === 'number' || expected === 'int') && /^-?\d+(?:\.\d+)?$/.test(v)) return v;
	if (expected === 'boolean' && /^(?:true|yes|on)$/i.test(v)) return 'true';
	if (expected === 'boolean' && /^(?:false|no|off)$/i.test(v)) return 'false';
	return undefined;
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text "${value}"`;
	if (typeof value === 'number') return `the number ${String(value)}`;
	if (typeof value === 'boolean') return String(value);
	return typeof value === 'object' ? 'an object' : typeof value;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Adds "did you mean …?" after the first clause of a message: `"x" is not an audience: did you mean "y"? Use …`. */
function withSuggestion(message: string, suggestion: string | undefined): string {
	if (suggestion === undefined) return message;
	const colon = message.indexOf(': ');
	const hint = `did you mean "${suggestion}"?`;
	if (colon < 0) return `${message}: ${hint}`;
	const rest = message.slice(colon + 2);
	return `${message.slice(0, colon)}: ${hint} ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/**
 * Parses `input` with `schema` and returns either the data or one
 * {@link Problem} per zod issue, naming `file` and the field. An unknown
 * field gives one problem per field, naming the nearest allowed field ("did
 * you mean") and listing the allowed ones; a value outside a list of allowed
 * values names the nearest one.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
	schema: S,
	input: unknown,
	file: string,
	fieldPrefix: ReadonlyArray<PropertyKey> = [],
): ParseResult<z.output<S>> {
	// The fields each object with unknown keys allows, found from the schema that reported them.
	const allowedFor = new Map<unknown, string[]>();
	const error = (issue: z.core.$ZodRawIssue): string | undefined => {
		if (issue.code === 'unrecognized_keys') {
			const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def
				?.shape;
			allowedFor.set(issue.input, shape ? Object.keys(shape) : []);
			return 'unknown field';
		}
		return editorErrorMap(issue);
	};
	const result = schema.safeParse(input, { error, reportInput: true });
	if (result.success) return { ok: true, data: result.data };
	const problems: Problem[] = [];
	// A required field misspelt is reported once, as the unknown field it became, not again as missing.
	const misspelt = new Set<string>();
	for (const issue of result.error.issues) {
		const path = [...fieldPrefix, ...issue.path];
		if (issue.code === 'unrecognized_keys') {
			const allowed = allowedFor.get(issue.input) ?? [];
			for (const key of issue.keys) {
				const near = suggest(key, allowed);
				if (near !== undefined) misspelt.add(formatPath([...path, near]));
				const hint = near === undefined ? 'check the spelling' : `did you mean "${near}"?`;
				const list =
					allowed.length === 0
						? ''
						: `${near === undefined ? ';' : ''} ${near === undefined ? 'a' : 'A'}llowed fields are ${allowed.join(', ')}`;
				problems.push({ file, field: formatPath([...path, key]), message: `unknown field "${key}": ${hint}${list}` });
			}
			continue;
		}
		let message = issue.message;
		if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
			message = withSuggestion(
				message,
				suggest(
					issue.input,
					issue.values.filter((v): v is string => typeof v === 'string'),
				),
			);
		}
		const spelt = issue.code === 'invalid_type' ? unquoted(issue.expected, issue.input) : undefined;
		if (spelt !== undefined)
			message = `${message}${message.includes('not the text') ? '' : `, not the text "${String(issue.input)}"`}: write ${spelt} without quotes`;
		// A value that fits none of a field's forms is quoted, so that a character the editor cannot see in it is named.
		if (issue.code === 'invalid_union' && typeof issue.input === 'string' && !message.includes(`"${issue.input}"`))
			message = `"${issue.input}" ${message}`;
		problems.push({ file, field: formatPath(path), message });
	}
	return {
		ok: false,
		problems: problems.filter((p) => !(misspelt.has(p.field) && p.message.startsWith('is required'))),
	};
}

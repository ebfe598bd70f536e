/**
 * Lines and columns in a file, and the field paths problems are reported
 * with. Every parser of the check (JSON, YAML front matter) turns a
 * character offset into a {@link Position} here, so every problem reads
 * `file:line:column` counted from the top of the file.
 */

/** A place in a file: 1-based line and column, counted from the top of the file. */
export interface Position {
	line: number;
	column: number;
}

/** A field path such as `['observations', 3, 'period']`. */
export type FieldPath = ReadonlyArray<string | number>;

/** Finds where a field is in a file: the position of its value, or of the nearest enclosing field that exists; undefined if none. */
export type Locator = (path: FieldPath) => Position | undefined;

/** Returns a function turning a character offset of `text` into a line and column (both 1-based). */
export function positionsIn(text: string): (offset: number) => Position {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((starts[mid] ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
	};
}

const PATH_RE = /^(?:[A-Za-z_$][\w$-]*|\[\d+\])(?:\.[A-Za-z_$][\w$-]*|\[\d+\])*$/;

/**
 * Reads a field as printed in a problem (`[3].sources[0]`, `observations[2].value`)
 * back into a path; undefined when the field is not a path (for example the
 * MDX check's `line 12`).
 */
export function parseFieldPath(field: string): FieldPath | undefined {
	if (!PATH_RE.test(field)) return undefined;
	const path: (string | number)[] = [];
	for (const m of field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) path.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? ''));
	return path;
}

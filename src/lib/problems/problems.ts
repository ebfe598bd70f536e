/**
 * One way to report editor mistakes. Every check (schemas, references, MDX
 * components, JSON syntax) and the statistics importer produce
 * {@link Problem}s, and they are printed together so an editor sees every
 * mistake at once. Neutral: it imports nothing but the formatting, so the
 * content check, the MDX tools and the importer can all use it.
 */
import { plural } from '../format/text.ts';

/** One mistake in content/ or data/ (or an imported file): where it is and what to do about it. */
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

/** The problems in the order every list prints them: by file, then by line (those without a line first, in the order found). */
export function sortProblems<P extends Problem>(problems: readonly P[]): P[] {
	return [...problems].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

/**
 * Renders problems (or warnings) as lines `file:line:column → field: message`,
 * in the order of {@link sortProblems}, under `heading`, which is given how many there are.
 */
export function formatProblemList(problems: readonly Problem[], heading: (n: number) => string): string {
	const lines = sortProblems(problems).map(
		(p) => `  ${formatLocation(p)}${p.field ? ` → ${p.field}` : ''}: ${p.message}`,
	);
	return `${heading(problems.length)}:\n${lines.join('\n')}`;
}

/** The problems as every command prints them: "3 problems in content or data:", then one line each. */
export function formatProblems(problems: readonly Problem[]): string {
	return formatProblemList(problems, (n) => `${plural(n, 'problem')} in content or data`);
}

/** What a check found: problems, which stop the build, and warnings, which are advice. */
export interface Findings {
	problems: readonly Problem[];
	warnings: readonly Problem[];
}

/** A problem or a warning, marked with which it is. */
export interface ReportedProblem extends Problem {
	severity: 'error' | 'warning';
}

/** The problems, then the warnings, each in the order of {@link sortProblems}, each marked with its severity. */
export function reportedProblems(findings: Findings): ReportedProblem[] {
	return [
		...sortProblems(findings.problems).map((p): ReportedProblem => ({ ...p, severity: 'error' })),
		...sortProblems(findings.warnings).map((p): ReportedProblem => ({ ...p, severity: 'warning' })),
	];
}

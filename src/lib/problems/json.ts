/**
 * Problems for other tools: `npm run --silent check:content -- --format json`
 * prints this and nothing else (CONTRIBUTING.md, "What happens when something
 * is wrong"). Every problem and warning, in the order of the plain list, each
 * with the same fields; a line or column that is not known is null.
 */
import { reportedProblems, type Findings } from './problems.ts';

/** One problem or warning as the JSON output writes it. */
export interface ProblemRecord {
	/** "error" stops the build; "warning" is advice. */
	severity: 'error' | 'warning';
	/** The file, relative to the project root. */
	file: string;
	/** 1-based, counted from the top of the file; null when the problem is the whole file's. */
	line: number | null;
	/** 1-based; null when not known. */
	column: number | null;
	/** The field's path, such as `audience[1]`; empty for the whole file. */
	field: string;
	/** What is wrong and what to do. */
	message: string;
}

/** What the JSON output holds: the counts, then every record. */
export interface ProblemsJson {
	errors: number;
	warnings: number;
	problems: ProblemRecord[];
}

/** The findings as {@link ProblemsJson}. */
export function problemsJson(findings: Findings): ProblemsJson {
	return {
		errors: findings.problems.length,
		warnings: findings.warnings.length,
		problems: reportedProblems(findings).map((p) => ({
			severity: p.severity,
			file: p.file,
			line: p.line ?? null,
			column: p.column ?? null,
			field: p.field,
			message: p.message,
		})),
	};
}

/** The findings as indented JSON text, ending with a newline. */
export function formatProblemsJson(findings: Findings): string {
	return `${JSON.stringify(problemsJson(findings), null, 2)}\n`;
}

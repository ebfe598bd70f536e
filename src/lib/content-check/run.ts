/**
 * The content check as a command sees it: every problem in the project,
 * formatted for an editor, then the prose warnings, and the exit code.
 * `npm run check:content` (scripts/check.ts) prints this; the tests call it
 * directly. Warnings are advice: they never change the exit code.
 */
import { checkProject, type ProjectFiles } from './project.ts';
import { formatProblems, type Problem } from './problems.ts';
import { checkProse, formatWarnings } from './prose.ts';

export interface CheckRun {
	/** 0 when there is nothing to fix, 1 otherwise (warnings never count). */
	exitCode: 0 | 1;
	/** What the command prints: the list of problems, or that there are none, then any warnings. */
	output: string;
	problems: Problem[];
	/** Prose advice (src/lib/content-check/prose.ts): long sentences, abbreviations not spelt out, references without a link. */
	warnings: Problem[];
}

export function runContentCheck(files: ProjectFiles): CheckRun {
	const { problems, project } = checkProject(files);
	const warnings = checkProse(
		project.pages.map((p) => ({ file: p.file, body: p.body, bodyLine: p.bodyLine })),
		{ glossary: project.glossary },
	);
	const after = warnings.length === 0 ? '' : `\n\n${formatWarnings(warnings)}`;
	if (problems.length === 0) return { exitCode: 0, output: `content and data: no problems found${after}`, problems, warnings };
	return { exitCode: 1, output: `${formatProblems(problems)}${after}`, problems, warnings };
}

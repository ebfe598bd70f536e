/**
 * The content check as a command sees it: every problem in the project,
 * formatted for an editor, and the exit code. `npm run check:content`
 * (scripts/check.ts) prints this; the tests call it directly.
 */
import { checkProject, type ProjectFiles } from './project.ts';
import { formatProblems, type Problem } from './problems.ts';

export interface CheckRun {
	/** 0 when there is nothing to fix, 1 otherwise. */
	exitCode: 0 | 1;
	/** What the command prints: the list of problems, or that there are none. */
	output: string;
	problems: Problem[];
}

export function runContentCheck(files: ProjectFiles): CheckRun {
	const { problems } = checkProject(files);
	if (problems.length === 0) return { exitCode: 0, output: 'content and data: no problems found', problems };
	return { exitCode: 1, output: formatProblems(problems), problems };
}

/**
 * The content check as a command sees it: every problem in the project,
 * formatted for an editor, then the prose warnings and the pages past their
 * next review (judged against REVIEW_AS_OF or the datasets' latest "as of"
 * date, src/lib/model/review.ts), and the exit code.
 * `npm run check:content` (scripts/check.ts) prints this; the tests call it
 * directly. Warnings are advice: they never change the exit code.
 */
import { reviewAsOfFromEnv } from '../../config/site.ts';
import { reviewAsOf } from '../model/review.ts';
import { checkProject, type ProjectFiles } from './project.ts';
import { formatProblems, type Problem } from '../problems/problems.ts';
import { checkProse, formatWarnings } from './prose.ts';
import { formatReviewWarnings, reviewWarnings } from './review-warnings.ts';

export interface CheckRun {
	/** 0 when there is nothing to fix, 1 otherwise (warnings never count). */
	exitCode: 0 | 1;
	/** What the command prints: the list of problems, or that there are none, then any warnings. */
	output: string;
	problems: Problem[];
	/**
	 * Advice: prose (src/lib/content-check/prose.ts: long sentences, abbreviations not spelt out,
	 * references without a link), then pages past their next review (field `nextReview`).
	 */
	warnings: Problem[];
}

/** What the check is told beyond the files. */
export interface CheckOptions {
	/** The date review dates are judged against (YYYY-MM-DD); by default REVIEW_AS_OF, else the datasets' latest "as of" date. */
	reviewAsOf?: string | undefined;
}

export function runContentCheck(
	files: ProjectFiles,
	options: CheckOptions = { reviewAsOf: reviewAsOfFromEnv() },
): CheckRun {
	const { problems, project } = checkProject(files);
	const prose = checkProse(
		project.pages.map((p) => ({ file: p.file, body: p.body, bodyLine: p.bodyLine })),
		{ glossary: project.glossary },
	);
	const texts = new Map(files.content.map((f) => [f.path, f.text]));
	const asOf = reviewAsOf(project.datasets, options.reviewAsOf);
	const review = reviewWarnings(
		project.pages
			.filter((p) => !p.data.draft)
			.map((p) => ({ file: p.file, nextReview: p.data.nextReview, text: texts.get(p.file) })),
		asOf,
		options.reviewAsOf !== undefined,
	);
	const warnings = [...prose, ...review];
	const after = [prose.length > 0 ? formatWarnings(prose) : '', review.length > 0 ? formatReviewWarnings(review) : '']
		.filter((s) => s !== '')
		.map((s) => `\n\n${s}`)
		.join('');
	if (problems.length === 0)
		return { exitCode: 0, output: `content and data: no problems found${after}`, problems, warnings };
	return { exitCode: 1, output: `${formatProblems(problems)}${after}`, problems, warnings };
}

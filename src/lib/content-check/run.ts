/**
 * The content check as a command sees it: every problem in the project,
 * formatted for an editor, then the prose warnings and the pages past their
 * next review (judged against REVIEW_AS_OF or the datasets' latest "as of"
 * date, src/lib/model/review.ts), then the pages waiting for their publishFrom
 * date and the links to withdrawn pages (judged against the publishing date:
 * PUBLISH_AS_OF, else the review date), and the exit code.
 * `npm run check:content` (scripts/check.ts) prints this; the tests call it
 * directly. Warnings are advice: they never change the exit code.
 */
import { publishAsOfFromEnv, reviewAsOfFromEnv } from '../../config/site.ts';
import { formatLifecycleWarnings, lifecycleWarnings } from './lifecycle-warnings.ts';
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
	 * references without a link), then pages past their next review (field `nextReview`), then pages
	 * waiting for their publishFrom date (field `publishFrom`) and links to withdrawn pages.
	 */
	warnings: Problem[];
}

/** What the check is told beyond the files. */
export interface CheckOptions {
	/** The date review dates are judged against (YYYY-MM-DD); by default REVIEW_AS_OF, else the datasets' latest "as of" date. */
	reviewAsOf?: string | undefined;
	/** The publishing date (YYYY-MM-DD) pages' publishFrom, changes and withdrawals are judged against; by default PUBLISH_AS_OF, else the review date. */
	publishAsOf?: string | undefined;
}

export function runContentCheck(
	files: ProjectFiles,
	options: CheckOptions = { reviewAsOf: reviewAsOfFromEnv(), publishAsOf: publishAsOfFromEnv() },
): CheckRun {
	const { problems, project, publishedOn, locate } = checkProject(files, {
		publish: options.publishAsOf,
		review: options.reviewAsOf,
	});
	const prose = checkProse(
		project.pages.map((p) => ({ file: p.file, body: p.body, bodyLine: p.bodyLine })),
		{ glossary: project.glossary },
	);
	const texts = new Map(files.content.map((f) => [f.path, f.text]));
	const asOf = reviewAsOf(project.datasets, options.reviewAsOf);
	const review = reviewWarnings(
		project.pages
			.filter((p) => !p.data.draft && p.data.withdrawn === undefined)
			.map((p) => ({ file: p.file, nextReview: p.data.nextReview, text: texts.get(p.file) })),
		asOf,
		options.reviewAsOf !== undefined,
	);
	const lifecycle = locate(lifecycleWarnings(project.pages, publishedOn));
	const warnings = [...prose, ...review, ...lifecycle];
	const after = [
		prose.length > 0 ? formatWarnings(prose) : '',
		review.length > 0 ? formatReviewWarnings(review) : '',
		lifecycle.length > 0 ? formatLifecycleWarnings(lifecycle) : '',
	]
		.filter((s) => s !== '')
		.map((s) => `\n\n${s}`)
		.join('');
	if (problems.length === 0)
		return { exitCode: 0, output: `content and data: no problems found${after}`, problems, warnings };
	return { exitCode: 1, output: `${formatProblems(problems)}${after}`, problems, warnings };
}

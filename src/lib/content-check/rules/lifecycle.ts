/**
 * The rules of a page's life (its front matter's `changes`, `publishFrom` and
 * `withdrawn`) that need more than the page itself: the build's publishing
 * date (PUBLISH_AS_OF, else the review date: src/lib/model/review.ts) and the
 * other pages. A change note or a withdrawal is never dated after the
 * publishing date, nor a change before the page's own publication; a
 * withdrawn page's replacement is another page that exists and is published
 * (not a draft, not waiting for its publishFrom date, not withdrawn itself);
 * a related page is not one waiting for its date (drafts are
 * references.ts's). The schema has already checked each field on its own.
 */
import { formatDate } from '../../format/dates.ts';
import { pageState } from '../../model/guidance.ts';
import { missingReference } from '../../problems/known-ids.ts';
import type { Problem } from '../../problems/problems.ts';
import type { CheckedPage } from '../read.ts';
import { pageIdsOf } from '../references.ts';
import type { Publishing, RuleContext } from './context.ts';

const idOf = (p: Pick<CheckedPage, 'priority' | 'slug'>) => `${p.priority}/${p.slug}`;

/** "5 December 2026 (PUBLISH_AS_OF)": the publishing date as messages name it. */
function dateWords(publishing: Publishing & { date: string }): string {
	return `${formatDate(publishing.date)} (${publishing.basis})`;
}

/** A change note's or a withdrawal's date: not after the publishing date; a change not before the page's publishFrom. */
function dateProblems(page: CheckedPage, publishing: Publishing): Problem[] {
	const problems: Problem[] = [];
	const { changes, publishFrom, withdrawn } = page.data;
	const { date } = publishing;
	changes.forEach((c, i) => {
		const field = `changes[${String(i)}].date`;
		if (date !== undefined && c.date > date) {
			problems.push({
				file: page.file,
				field,
				message: `${c.date} is after the build's publishing date, ${dateWords({ ...publishing, date })}: date a change note the day the change is published, never ahead`,
			});
		} else if (publishFrom !== undefined && c.date < publishFrom) {
			problems.push({
				file: page.file,
				field,
				message: `${c.date} is before the page was published (publishFrom: ${publishFrom}): a change note records a change made after publication; leave out changes made before it`,
			});
		}
	});
	if (withdrawn && date !== undefined && withdrawn.date > date) {
		problems.push({
			file: page.file,
			field: 'withdrawn.date',
			message: `${withdrawn.date} is after the build's publishing date, ${dateWords({ ...publishing, date })}: withdraw a page on the day it is withdrawn (add withdrawn in the pull request merged that day)`,
		});
	}
	return problems;
}

/** Why a page cannot be linked to on the publishing date, or undefined when it can. */
function unpublishedReason(page: CheckedPage, publishing: Publishing): string | undefined {
	const state = pageState(page.data, publishing.date);
	if (state === 'draft') return 'is a draft (draft: true), and drafts are not published';
	if (state === 'scheduled')
		return `is not published until ${formatDate(page.data.publishFrom ?? '')} (its publishFrom)${publishing.date === undefined ? '' : `, after the build's publishing date, ${dateWords({ ...publishing, date: publishing.date })}`}`;
	return undefined;
}

/** A withdrawn page's `replacedBy`: another page, that exists, is published and is not withdrawn. */
function replacementProblem(
	page: CheckedPage,
	pages: ReadonlyMap<string, CheckedPage>,
	known: ReturnType<typeof pageIdsOf>,
	publishing: Publishing,
): Problem | undefined {
	const id = page.data.withdrawn?.replacedBy;
	if (id === undefined) return undefined;
	const at = (message: string): Problem => ({ file: page.file, field: 'withdrawn.replacedBy', message });
	if (id === idOf(page))
		return at(`"${id}" is this page itself: name the page that replaces it, or leave replacedBy out`);
	const missing = missingReference(
		id,
		known,
		'a guidance page (write <priority>/<file name>, for example virtual-wards/funding)',
		'pages',
	);
	if (missing) return at(missing);
	const target = pages.get(id);
	// A page whose front matter is invalid has its own problems: nothing more is said of it here.
	if (!target) return undefined;
	const reason = unpublishedReason(target, publishing);
	if (reason)
		return at(
			`"${id}" ${reason}, so the link to it would be dead: withdraw this page once its replacement is published`,
		);
	if (target.data.withdrawn)
		return at(
			`"${id}" is withdrawn itself: name the page that replaces them both (${target.data.withdrawn.replacedBy ?? 'a current page'})`,
		);
	return undefined;
}

/** Checks every page's dates, replacement and related pages against the publishing date and the other pages. */
export function checkLifecycle(context: RuleContext): void {
	const { files, project, problems, publishing } = context;
	const pages = new Map(project.pages.map((p) => [idOf(p), p]));
	const known = pageIdsOf(files.content.map((f) => f.path));
	for (const page of project.pages) {
		problems.push(...dateProblems(page, publishing));
		const replacement = replacementProblem(page, pages, known, publishing);
		if (replacement) problems.push(replacement);
		// A draft's related pages are references.ts's; a page waiting for its date is named here.
		page.data.related.forEach((id, i) => {
			const target = pages.get(id);
			if (!target || target === page || target.data.draft || page.data.draft) return;
			const reason = unpublishedReason(target, publishing);
			const waits = pageState(page.data, publishing.date) === 'scheduled';
			// A page waiting for its own date may name one that publishes no later.
			if (reason && !(waits && (target.data.publishFrom ?? '') <= (page.data.publishFrom ?? ''))) {
				problems.push({
					file: page.file,
					field: `related[${String(i)}]`,
					message: `"${id}" ${reason}, so the link would be dead: add it once the page is published`,
				});
			}
		});
	}
}

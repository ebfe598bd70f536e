/**
 * Advice about pages' lives, printed after the problems and never changing
 * the exit code: links to a withdrawn page from another page's text or its
 * `related` list (the page is still there, with its warning, but a reader
 * sent to it meets content that is no longer current: link to its
 * replacement), and the pages waiting for their publishFrom date, with the
 * day each goes public.
 */
import { formatDate } from '../format/dates.ts';
import { pageState } from '../model/guidance.ts';
import { linksToPages } from '../mdx/links.ts';
import { plural } from '../format/text.ts';
import { formatProblemList, type Problem } from '../problems/problems.ts';
import type { CheckedPage } from './read.ts';

/** What the advice on a withdrawn page suggests instead: its replacement, or the link's removal. */
function instead(target: CheckedPage): string {
	const to = target.data.withdrawn?.replacedBy;
	if (to === undefined) return 'remove the link, or link to a current page instead';
	const [priority = '', slug = ''] = to.split('/');
	return `link to its replacement, /${priority}/${slug}/, instead`;
}

/** "content/…/x.mdx was withdrawn on 1 December 2026". */
function withdrawnWords(target: CheckedPage): string {
	return `${target.file} was withdrawn on ${formatDate(target.data.withdrawn?.date ?? '')}`;
}

/**
 * One warning per link (in the text, or in `related`) from a published page
 * to a withdrawn one, and one per page waiting for its publishFrom date.
 * `publishedOn` is the build's publishing date (PUBLISH_AS_OF, else the review date).
 */
export function lifecycleWarnings(pages: readonly CheckedPage[], publishedOn: string | undefined): Problem[] {
	const withdrawn = new Map<string, CheckedPage>();
	for (const p of pages)
		if (pageState(p.data, publishedOn) === 'withdrawn') withdrawn.set(`${p.priority}/${p.slug}`, p);
	const warnings: Problem[] = [];
	for (const page of pages) {
		const state = pageState(page.data, publishedOn);
		if (state === 'scheduled') {
			warnings.push({
				file: page.file,
				field: 'publishFrom',
				message: `waits to be published: it is left out of the site until ${formatDate(page.data.publishFrom ?? '')}${publishedOn === undefined ? '' : ` (the build's publishing date is ${formatDate(publishedOn)})`}`,
			});
		}
		// A draft is not published, and a withdrawn page may point to its peers: neither sends readers anywhere.
		if (state !== 'current') continue;
		for (const link of linksToPages(page.body, page.bodyLine, withdrawn.keys())) {
			const target = withdrawn.get(link.id);
			if (!target || target === page) continue;
			warnings.push({
				file: page.file,
				line: link.line,
				column: link.column,
				field: 'link',
				message: `(${link.url}) ${withdrawnWords(target)}: ${instead(target)}`,
			});
		}
		page.data.related.forEach((id, i) => {
			const target = withdrawn.get(id);
			if (!target) return;
			warnings.push({
				file: page.file,
				field: `related[${String(i)}]`,
				message: `"${id}": ${withdrawnWords(target)}, so it is no longer listed as a related page: ${target.data.withdrawn?.replacedBy ? `list its replacement, "${target.data.withdrawn.replacedBy}", instead` : 'remove it'}`,
			});
		});
	}
	return warnings;
}

/** The advice as the command prints it, after the other warnings. */
export function formatLifecycleWarnings(warnings: readonly Problem[]): string {
	return formatProblemList(
		warnings,
		(n) =>
			`${plural(n, 'note')} on pages waiting to publish and links to withdrawn pages (advice: this does not stop the build)`,
	);
}

/**
 * References between files (a page's sources and targets, a target's dataset,
 * a glossary entry's related entries…), checked without knock-on noise: an
 * id counts as existing when its entry is there at all, even if the entry
 * itself has mistakes (those are reported once, where they are), and when a
 * whole file cannot be read no reference into it is reported.
 */
import type { Collections } from '../../collections.ts';
import type { GuidancePage } from '../../schemas/guidance.ts';
import type { IdNames } from '../collections/registry.ts';
import { missingReference, type KnownIds } from '../problems/known-ids.ts';
import type { Problem } from '../problems/problems.ts';

/**
 * The ids that exist in each file that others refer to, one per collection of
 * the registry with an id field (src/collections.ts; for systems, ICB ODS
 * codes): what the MDX check is given too.
 */
export type ExistingIds = Record<IdNames<Collections>, KnownIds>;

/** The `idField` (default `id`) of every entry of a JSON list that has a text one, valid or not. */
export function idsOfEntries(value: unknown, idField = 'id'): Set<string> {
	const ids = new Set<string>();
	if (!Array.isArray(value)) return ids;
	for (const entry of value as unknown[]) {
		const id = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)[idField] : undefined;
		if (typeof id === 'string') ids.add(id);
	}
	return ids;
}

/**
 * The ids of the guidance pages among `files` (content/<priority>/<name>.mdx →
 * "<priority>/<name>"): every page that exists, whether or not its front
 * matter is valid, so a reference to a page with its own mistake is not
 * reported twice.
 */
export function pageIdsOf(files: readonly string[]): KnownIds {
	const ids = new Set<string>();
	for (const file of files) {
		const m = /^content\/([^/]+)\/([^/]+)\.mdx$/i.exec(file);
		if (m) ids.add(`${m[1] ?? ''}/${m[2] ?? ''}`);
	}
	return { ids, unreadable: false };
}

/** A guidance page as {@link checkRelated} reads it (a CheckedPage of project.ts is one). */
export interface RelatedPage {
	file: string;
	priority: string;
	slug: string;
	data: Pick<GuidancePage, 'draft' | 'related'>;
}

/** The ids ("<priority>/<slug>") of the draft pages among `pages`. */
export function draftPageIds(pages: readonly Omit<RelatedPage, 'file'>[]): Set<string> {
	return new Set(pages.filter((p) => p.data.draft).map((p) => `${p.priority}/${p.slug}`));
}

/**
 * A page's `related` list: each id names another page that exists and is
 * published (a draft, one of `drafts` from {@link draftPageIds}, is not
 * built, so the link would be dead), once.
 */
export function checkRelated(page: RelatedPage, known: KnownIds, drafts: ReadonlySet<string>): Problem[] {
	const own = `${page.priority}/${page.slug}`;
	const seen = new Set<string>();
	const problems: Problem[] = [];
	page.data.related.forEach((id, i) => {
		const field = `related[${String(i)}]`;
		let message: string | undefined;
		if (id === own) message = `"${id}" is this page itself: list other pages a reader may want next`;
		else if (seen.has(id)) message = `"${id}" is listed twice: list each related page once`;
		else if (drafts.has(id) && !page.data.draft)
			message = `"${id}" is a draft (draft: true), and drafts are not published, so the link would be dead: add it once the page is published`;
		else
			message = missingReference(
				id,
				known,
				'a guidance page (write <priority>/<file name>, for example virtual-wards/funding)',
				'pages',
			);
		seen.add(id);
		if (message) problems.push({ file: page.file, field, message });
	});
	return problems;
}

/**
 * Two published pages with one title: search, the A to Z, the browser's tab
 * and a screen reader's list of links could not tell them apart. Reported on
 * each page after the first (in the order given), naming the first.
 */
export function duplicateTitles(
	pages: readonly { file: string; data: { title: string; draft: boolean } }[],
): Problem[] {
	const first = new Map<string, string>();
	const problems: Problem[] = [];
	for (const page of pages) {
		if (page.data.draft) continue;
		const key = page.data.title.trim().toLowerCase().replace(/\s+/g, ' ');
		const earlier = first.get(key);
		if (earlier === undefined) first.set(key, page.file);
		else
			problems.push({
				file: page.file,
				field: 'title',
				message: `"${page.data.title}" is also the title of ${earlier}: readers tell pages apart by their titles (in search, the A to Z and their browser's tabs), so give this page a title of its own`,
			});
	}
	return problems;
}

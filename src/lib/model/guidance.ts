/**
 * The model of guidance: which pages are published (a draft never, a page
 * with `publishFrom` from that day, a withdrawn page at its address but in no
 * list), in what order, their neighbours, related pages, resolved sources and
 * change history. Pure: the page models (src/lib/pages/) pass the entries and
 * the build's publishing date in.
 */
import type { ChangeNote, GuidancePage } from '../../schemas/guidance.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import type { SourceRef } from '../../schemas/fragments.ts';
import type { Source } from '../../schemas/source.ts';
import type { Target } from '../../schemas/target.ts';

/** The part of a collection entry the model needs. */
export interface GuidanceEntry {
	id: string;
	data: GuidancePage;
}

/** A breadcrumb (defined with the routes, which derive every page's crumbs: src/lib/routes/data.ts). */
export type { Crumb } from '../routes/types.ts';

// Addresses are built in src/lib/routes.ts; these two are re-exported for the pages that import them from here.
export { guidanceHref, priorityHref } from '../routes.ts';

/**
 * Where a page stands on the build's publishing date: a `draft` is never
 * built (whatever its publishFrom); a `scheduled` page's publishFrom is still
 * to come (or there is no date to judge it by); a `withdrawn` page is built at
 * its address but listed nowhere; a `current` page is everywhere.
 */
export type PageState = 'draft' | 'scheduled' | 'withdrawn' | 'current';

/** What {@link pageState} reads of a page's front matter. */
export interface PageLife {
	draft: boolean;
	publishFrom?: string | undefined;
	withdrawn?: object | undefined;
}

/** The {@link PageState} of `page` on `asOf` (YYYY-MM-DD; undefined when the build has no date, so no publishFrom has come). */
export function pageState(page: PageLife, asOf: string | undefined): PageState {
	if (page.draft) return 'draft';
	if (page.publishFrom !== undefined && (asOf === undefined || page.publishFrom > asOf)) return 'scheduled';
	return page.withdrawn ? 'withdrawn' : 'current';
}

/** Whether the build writes the page (a current or withdrawn page) on `asOf`. */
export function isBuilt(page: PageLife, asOf: string | undefined): boolean {
	const state = pageState(page, asOf);
	return state === 'current' || state === 'withdrawn';
}

const byOrder = <E extends GuidanceEntry>(a: E, b: E) =>
	a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en-GB');

/**
 * The pages every list shows on `asOf`, ordered by `order` then title: not
 * drafts, not waiting for their publishFrom date, not withdrawn.
 */
export function publishedPages<E extends GuidanceEntry>(entries: readonly E[], asOf: string | undefined): E[] {
	return entries.filter((e) => pageState(e.data, asOf) === 'current').sort(byOrder);
}

/** The withdrawn pages on `asOf` (built at their address, in no list), in the same order. */
export function withdrawnPages<E extends GuidanceEntry>(entries: readonly E[], asOf: string | undefined): E[] {
	return entries.filter((e) => pageState(e.data, asOf) === 'withdrawn').sort(byOrder);
}

/** A page's change notes, newest first (notes of one day in the order written). */
export function changeHistory(page: Pick<GuidancePage, 'changes'>): ChangeNote[] {
	return page.changes
		.map((c, i) => ({ c, i }))
		.sort((a, b) => (a.c.date < b.c.date ? 1 : a.c.date > b.c.date ? -1 : a.i - b.i))
		.map(({ c }) => c);
}

/** The date of a page's newest change note, or undefined when it has none (its first publication is then all that is known). */
export function lastUpdated(page: Pick<GuidancePage, 'changes'>): string | undefined {
	return changeHistory(page)[0]?.date;
}

/** The previous and next pages within a priority, for the pagination links. */
export function neighbours<E extends GuidanceEntry>(
	pages: readonly E[],
	id: string,
): { previous: E | undefined; next: E | undefined } {
	const i = pages.findIndex((p) => p.id === id);
	if (i < 0) return { previous: undefined, next: undefined };
	return { previous: pages[i - 1], next: pages[i + 1] };
}

export interface ResolvedSource {
	source: Source;
	section: string | undefined;
	page: string | undefined;
}

/**
 * Looks up each reference in `sources`. The content check has already
 * rejected unknown ids, so a miss here is a programming error and throws.
 */
export function resolveSources(refs: readonly SourceRef[], sources: ReadonlyMap<string, Source>): ResolvedSource[] {
	return refs.map((ref) => {
		const source = sources.get(ref.id);
		if (!source) throw new Error(`unknown source "${ref.id}" (the content check should have caught this)`);
		return {
			source,
			section: 'section' in ref ? ref.section : undefined,
			page: 'page' in ref && ref.page !== undefined ? String(ref.page) : undefined,
		};
	});
}

/** The published pages of `related` ids ("<priority>/<slug>"), in their order; ids of no published page are left out (the content check reports them). */
export function resolveRelated<E extends GuidanceEntry>(
	related: readonly string[],
	guidance: ReadonlyMap<PriorityId, readonly E[]>,
): { priority: PriorityId; entry: E }[] {
	return related.flatMap((id) => {
		const [priority = '', slug = ''] = id.split('/');
		const entry = guidance.get(priority)?.find((e) => e.id === slug);
		return entry ? [{ priority: priority, entry }] : [];
	});
}

/** Looks up target ids; throws on an unknown id for the same reason as {@link resolveSources}. */
export function resolveTargets(ids: readonly string[], targets: ReadonlyMap<string, Target>): Target[] {
	return ids.map((id) => {
		const target = targets.get(id);
		if (!target) throw new Error(`unknown target "${id}" (the content check should have caught this)`);
		return target;
	});
}

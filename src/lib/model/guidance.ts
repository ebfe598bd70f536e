/**
 * The model of guidance: which pages are published, in what order,
 * their neighbours, related pages and resolved sources. Pure: the page models
 * (src/lib/pages/) pass the entries in.
 */
import type { GuidancePage } from '../../schemas/guidance.ts';
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

/** Published pages only (drafts never reach the site), ordered by `order` then title. */
export function publishedPages<E extends GuidanceEntry>(entries: readonly E[]): E[] {
	return entries
		.filter((e) => !e.data.draft)
		.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en-GB'));
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
		const entry = guidance.get(priority as PriorityId)?.find((e) => e.id === slug);
		return entry ? [{ priority: priority as PriorityId, entry }] : [];
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

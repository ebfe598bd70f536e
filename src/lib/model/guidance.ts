/**
 * The model of guidance: which pages are published, in what order,
 * their breadcrumbs, neighbours and resolved sources. Pure: the page models
 * (src/lib/pages/) pass the entries in.
 */
import type { GuidancePage } from '../../schemas/guidance.ts';
import type { Priority } from '../../schemas/priority.ts';
import type { SourceRef } from '../../schemas/fragments.ts';
import type { Source } from '../../schemas/source.ts';
import type { Target } from '../../schemas/target.ts';
import { dataHref, homeHref, priorityHref, targetsHref } from '../routes.ts';

/** The part of a collection entry the model needs. */
export interface GuidanceEntry {
	id: string;
	data: GuidancePage;
}

export interface Crumb {
	text: string;
	href: string;
}

// Addresses are built in src/lib/routes.ts; these two are re-exported for the pages that import them from here.
export { guidanceHref, priorityHref } from '../routes.ts';

/** Published pages only (drafts never reach the site), ordered by `order` then title. */
export function publishedPages<E extends GuidanceEntry>(entries: readonly E[]): E[] {
	return entries
		.filter((e) => !e.data.draft)
		.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en-GB'));
}

/** Breadcrumbs above a page: Home, then the priority when inside one, then any further parents (for example Targets). */
export function breadcrumbs(priority?: Priority, ...parents: Crumb[]): Crumb[] {
	const crumbs: Crumb[] = [{ text: 'Home', href: homeHref() }];
	if (priority) crumbs.push({ text: priority.title, href: priorityHref(priority.id) });
	return [...crumbs, ...parents];
}

/** The parent crumb of every target page. */
export const TARGETS_CRUMB: Crumb = { text: 'Targets', href: targetsHref() };
/** The parent crumb of every dataset page. */
export const DATA_CRUMB: Crumb = { text: 'Data', href: dataHref() };

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

/** Looks up target ids; throws on an unknown id for the same reason as {@link resolveSources}. */
export function resolveTargets(ids: readonly string[], targets: ReadonlyMap<string, Target>): Target[] {
	return ids.map((id) => {
		const target = targets.get(id);
		if (!target) throw new Error(`unknown target "${id}" (the content check should have caught this)`);
		return target;
	});
}

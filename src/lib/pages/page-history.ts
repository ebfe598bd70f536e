/**
 * What a guidance page says about its own history, in GOV.UK's pattern: the
 * dates near the top ("Published …", "Last updated …" with a link to the
 * history), the "Page history" at the foot (each change note, newest first,
 * then the first publication when its date is known), and the warning of a
 * withdrawn page. Only dates the front matter gives: a page with no change
 * notes shows no "Last updated", and one with no publishFrom no "Published".
 * Pure.
 */
import type { GuidancePage } from '../../schemas/guidance.ts';
import { changeHistory, lastUpdated } from '../model/guidance.ts';
import { dateView, type Link, type TimeView } from './views.ts';

/** The id of the "Page history" heading, which "see all updates" links to. */
export const PAGE_HISTORY_ID = 'page-history';

/** The dates near the top of a page. */
export interface PageDatesView {
	/** "Published", with the page's publishFrom date; undefined when the page has none. */
	published: TimeView | undefined;
	/** "Last updated", with the date of the newest change note; undefined when there is none. */
	updated: TimeView | undefined;
	/** The link to the page's history, with the update. */
	history: Link | undefined;
}

/** One line of the page's history. */
export interface HistoryEntryView {
	date: TimeView;
	/** The change note, or "First published." */
	note: string;
}

/** "Page history" at the foot of the page. */
export interface PageHistoryView {
	heading: string;
	/** The heading's id. */
	id: string;
	/** Newest first. */
	entries: HistoryEntryView[];
}

/** NHS.UK's warning callout at the top of a withdrawn page. */
export interface WithdrawnView {
	/** "This page was withdrawn on 1 December 2026", its date printed as `date`. */
	heading: { before: string; date: TimeView };
	/** Why, as the front matter says. */
	reason: string;
	/** The page that replaces it, when it names one that is published. */
	replacement: Link | undefined;
	/** The words before the replacement's link. */
	replacementText: string;
}

/** The dates a page shows near its top; undefined when it knows none. */
export function pageDatesView(page: Pick<GuidancePage, 'changes' | 'publishFrom'>): PageDatesView | undefined {
	const updated = lastUpdated(page);
	if (updated === undefined && page.publishFrom === undefined) return undefined;
	return {
		published: page.publishFrom === undefined ? undefined : dateView(page.publishFrom),
		updated: updated === undefined ? undefined : dateView(updated),
		history: updated === undefined ? undefined : { text: 'see all updates', href: `#${PAGE_HISTORY_ID}` },
	};
}

/** The page's history; undefined for a page with no change notes (it shows its publication date, if known, at the top). */
export function pageHistoryView(page: Pick<GuidancePage, 'changes' | 'publishFrom'>): PageHistoryView | undefined {
	const changes = changeHistory(page);
	if (changes.length === 0) return undefined;
	const entries = changes.map((c) => ({ date: dateView(c.date), note: c.note }));
	if (page.publishFrom !== undefined) entries.push({ date: dateView(page.publishFrom), note: 'First published.' });
	return { heading: 'Page history', id: PAGE_HISTORY_ID, entries };
}

/** The warning of a withdrawn page; `replacement` is the published page its replacedBy names, if any. */
export function withdrawnView(
	page: Pick<GuidancePage, 'withdrawn'>,
	replacement: Link | undefined,
): WithdrawnView | undefined {
	const w = page.withdrawn;
	if (!w) return undefined;
	return {
		heading: { before: 'This page was withdrawn on', date: dateView(w.date) },
		reason: w.reason,
		replacement,
		replacementText: replacement ? 'It has been replaced by' : 'It is kept for reference and is no longer updated.',
	};
}

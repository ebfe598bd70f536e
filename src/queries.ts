/**
 * The only module that reads collections. Every page gets its data here; the
 * rules (drafts, ordering, lookups) are the pure functions of src/lib.
 */
import { getCollection } from 'astro:content';
import type { AzPage } from './lib/a-to-z.ts';
import { guidanceHref, priorityHref, publishedPages } from './lib/guidance.ts';
import { PAGE_TYPE_LABELS } from './lib/search-config.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';
import { PRIORITY_IDS, type Priority, type PriorityId } from './schemas/priority.ts';
import type { Source } from './schemas/source.ts';
import type { Target } from './schemas/target.ts';

/** The priorities, in the reading order of PRIORITY_IDS. */
export async function getPriorities(): Promise<Priority[]> {
	const entries = await getCollection('priorities');
	return PRIORITY_IDS.map((id) => {
		const entry = entries.find((e) => e.id === id);
		if (!entry) throw new Error(`data/priorities.json has no entry for "${id}"`);
		return entry.data;
	});
}

/** Published guidance pages of one priority, in order. */
export async function getGuidance(priority: PriorityId) {
	return publishedPages(await getCollection(priority));
}

export async function getSourcesById(): Promise<Map<string, Source>> {
	return new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
}

export async function getTargetsById(): Promise<Map<string, Target>> {
	return new Map((await getCollection('targets')).map((e) => [e.id, e.data]));
}

export async function getAllSources(): Promise<Source[]> {
	return (await getCollection('sources')).map((e) => e.data);
}

/** The glossary, in alphabetical order of what readers look up: the abbreviation where there is one, else the term. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	const key = (g: GlossaryEntry) => g.abbreviation ?? g.term;
	return (await getCollection('glossary'))
		.map((e) => e.data)
		.sort((a, b) => key(a).localeCompare(key(b), 'en-GB', { sensitivity: 'base' }));
}

/**
 * Every page that search indexes, for the A to Z on /search/: the priority
 * overviews and the published guidance pages. Add each new indexed page type
 * here as well as passing `search` to its layout.
 */
export async function getSearchablePages(): Promise<AzPage[]> {
	const pages: AzPage[] = [];
	for (const priority of await getPriorities()) {
		pages.push({ title: priority.title, href: priorityHref(priority.id), type: PAGE_TYPE_LABELS.priority });
		for (const entry of await getGuidance(priority.id)) {
			pages.push({ title: entry.data.title, href: guidanceHref(priority.id, entry.id), type: PAGE_TYPE_LABELS.guidance });
		}
	}
	return pages;
}

/**
 * The only module that reads collections. Every page gets its data here; the
 * rules (drafts, ordering, lookups) are the pure functions of src/lib.
 */
import { getCollection } from 'astro:content';
import { publishedPages } from './lib/guidance.ts';
import { chartSpecs, targetProgress, type ChartSpec, type TargetProgress } from './lib/progress.ts';
import type { Dataset } from './schemas/dataset.ts';
import type { System } from './schemas/system.ts';
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

/** Targets by priority (in reading order), then deadline, then headline. */
export async function getTargets(): Promise<Target[]> {
	return (await getCollection('targets'))
		.map((e) => e.data)
		.sort(
			(a, b) =>
				PRIORITY_IDS.indexOf(a.priority) - PRIORITY_IDS.indexOf(b.priority) ||
				(a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
				a.headline.localeCompare(b.headline, 'en-GB'),
		);
}

/** Datasets by id. */
export async function getDatasetsById(): Promise<Map<string, Dataset>> {
	const entries = (await getCollection('datasets')).map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : 1));
	return new Map(entries.map((d) => [d.id, d]));
}

/** ICBs by ODS code. */
export async function getSystemsById(): Promise<Map<string, System>> {
	return new Map((await getCollection('systems')).map((e) => [e.data.id, e.data]));
}

/** Every target with its computed status, by id, in the order of {@link getTargets}. */
export async function getProgressById(): Promise<Map<string, TargetProgress>> {
	const datasets = await getDatasetsById();
	return new Map((await getTargets()).map((t) => [t.id, targetProgress(t, datasets)]));
}

/** Every chart the site draws, by id (a target id or a dataset id). */
export async function getChartsById(): Promise<Map<string, ChartSpec>> {
	return new Map(chartSpecs(await getTargets(), await getDatasetsById()).map((c) => [c.id, c]));
}

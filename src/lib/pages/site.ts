/**
 * The site's data, read once per build and derived once: every collection,
 * in reading order, with what many pages share (each target's progress, each
 * chart's spec). src/queries.ts reads the collections and calls
 * {@link buildSite}; page models (src/lib/pages/*.ts) take a {@link Site}
 * and return everything their route prints.
 */
import type { Collections } from '../../collections.ts';
import type { Commitment } from '../../schemas/commitment.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Edition } from '../../schemas/edition.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { Priority, PriorityId } from '../../schemas/priority.ts';
import type { Source } from '../../schemas/source.ts';
import type { System } from '../../schemas/system.ts';
import type { Target } from '../../schemas/target.ts';
import { editionsInOrder, type TraceData } from '../model/editions.ts';
import { PUBLISH_AS_OF, REVIEW_AS_OF } from '../../config/site.ts';
import { publishedPages, withdrawnPages, type GuidanceEntry } from '../model/guidance.ts';
import { publishingAsOf, type BuildDates } from '../model/review.ts';
import { chartSpecs, type ChartSpec } from '../model/charts.ts';
import { targetProgress, type TargetProgress } from '../model/progress.ts';
import { buildSystemsData, hasSystemsDatasets, type SystemsData } from '../model/systems.ts';
import type { SiteCollectionsOf } from '../collections/registry.ts';
import { boundaryPaths, type BoundaryFile, type BoundaryPath, type BoundaryProvenance } from '../geo/boundaries.ts';

/**
 * What the collections hold, as read: one field per collection of the registry
 * (src/collections.ts), guidance entries (drafts included) grouped by priority.
 * `E` is the guidance entry type (Astro's, so that pages can render the MDX).
 */
export type SiteInput<E extends GuidanceEntry = GuidanceEntry> = SiteCollectionsOf<Collections, E> & {
	/** The map's shapes (data/boundaries/icb-2023.topo.json), if read. */
	boundaries?: BoundaryFile | undefined;
};

/** The map's shapes, decoded once: SVG path data by ONS code, the drawing's size and where the shapes come from. */
export interface MapShapes {
	paths: ReadonlyMap<string, BoundaryPath>;
	width: number;
	height: number;
	provenance: BoundaryProvenance;
}

export interface Site<E extends GuidanceEntry = GuidanceEntry> {
	/** The priorities, in the reading order of data/priorities.json. */
	priorities: Priority[];
	/** Published guidance pages of each priority, in order: no drafts, no page before its publishFrom date, no withdrawn page. */
	guidance: ReadonlyMap<PriorityId, E[]>;
	/** Withdrawn pages of each priority, in order: built at their address with the withdrawal's warning, listed nowhere. */
	withdrawn: ReadonlyMap<PriorityId, E[]>;
	/**
	 * The build's publishing date (YYYY-MM-DD): PUBLISH_AS_OF, else the review
	 * date (src/lib/model/review.ts). A page is public from its publishFrom date
	 * on; undefined for a site with no datasets and neither date set.
	 */
	publishedOn: string | undefined;
	/** Targets by priority (in reading order), then deadline, then headline. */
	targets: Target[];
	/** Targets by id. */
	targetsById: ReadonlyMap<string, Target>;
	/** Each priority's targets in the order data/targets.json lists them (the editors' order, which the priority page keeps). */
	targetsByPriority: ReadonlyMap<PriorityId, Target[]>;
	/** Datasets by id, in id order. */
	datasets: ReadonlyMap<string, Dataset>;
	/** The sources cited. */
	sources: ReadonlyMap<string, Source>;
	/** ICBs by ODS code. */
	systems: ReadonlyMap<string, System>;
	/** The glossary, in alphabetical order of what readers look up: the abbreviation where there is one, else the term. */
	glossary: GlossaryEntry[];
	/** Every target's computed progress, by target id, in the order of `targets`. */
	progress: ReadonlyMap<string, TargetProgress>;
	/** Every chart the site draws, by id (a target id, a dataset id, or "systems/<code>" for an ICB's: src/lib/model/charts.ts). */
	charts: ReadonlyMap<string, ChartSpec>;
	/**
	 * Every ICB's, region's and England's virtual ward figures, computed once
	 * (src/lib/model/systems.ts); undefined when the virtual ward datasets are not there.
	 */
	systemsData: SystemsData | undefined;
	/** The map's shapes, if the boundaries were read. */
	map: MapShapes | undefined;
	/** The editions of the planning guidance, earliest first. */
	editions: Edition[];
	/** The commitments and their traces, by priority (in reading order), then id. */
	commitments: readonly Commitment[];
	/** What the trace model (src/lib/model/editions.ts) works on: the editions, the commitments and the sources. */
	traces: TraceData;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en-GB');

/** Orders and derives everything once; `dates` (by default the build's environment) decide which pages are public. Pure. */
export function buildSite<E extends GuidanceEntry>(
	input: SiteInput<E>,
	dates: BuildDates = { publish: PUBLISH_AS_OF, review: REVIEW_AS_OF },
): Site<E> {
	const priorities = [...input.priorities];
	const ids = priorities.map((p) => p.id);
	const publishedOn = publishingAsOf(input.datasets, dates);
	const guidance = new Map(ids.map((id) => [id, publishedPages(input.guidance.get(id) ?? [], publishedOn)]));
	const withdrawn = new Map(ids.map((id) => [id, withdrawnPages(input.guidance.get(id) ?? [], publishedOn)]));
	const targets = [...input.targets].sort(
		(a, b) =>
			ids.indexOf(a.priority) - ids.indexOf(b.priority) ||
			(a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
			byText(a.headline, b.headline),
	);
	const datasets = new Map([...input.datasets].sort((a, b) => (a.id < b.id ? -1 : 1)).map((d) => [d.id, d]));
	const lookup = (g: GlossaryEntry) => g.abbreviation ?? g.term;
	const progress = new Map(targets.map((t) => [t.id, targetProgress(t, datasets)]));
	const systemsData = hasSystemsDatasets(datasets) ? buildSystemsData(input.systems, datasets, targets) : undefined;
	const sources = new Map(input.sources.map((s) => [s.id, s]));
	const editions = editionsInOrder(input.editions);
	// The collection gives no file order: commitments go by priority (reading order), then id.
	const commitments = [...input.commitments].sort(
		(a, b) => ids.indexOf(a.priority) - ids.indexOf(b.priority) || byText(a.id, b.id),
	);
	return {
		priorities,
		guidance,
		withdrawn,
		publishedOn,
		targets,
		targetsById: new Map(targets.map((t) => [t.id, t])),
		targetsByPriority: new Map(ids.map((id) => [id, input.targets.filter((t) => t.priority === id)])),
		datasets,
		sources,
		systems: new Map(input.systems.map((s) => [s.id, s])),
		glossary: [...input.glossary].sort((a, b) => lookup(a).localeCompare(lookup(b), 'en-GB', { sensitivity: 'base' })),
		progress,
		charts: new Map(chartSpecs(progress.values(), datasets.values(), systemsData).map((c) => [c.id, c])),
		systemsData,
		map: input.boundaries
			? {
					paths: new Map(boundaryPaths(input.boundaries).map((p) => [p.code, p])),
					width: input.boundaries.width,
					height: input.boundaries.height,
					provenance: input.boundaries.provenance,
				}
			: undefined,
		editions,
		commitments,
		traces: { editions, commitments, sources },
	};
}

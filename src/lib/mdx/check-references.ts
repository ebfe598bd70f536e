/**
 * The MDX check's visitors for what a component's props refer to: a
 * <Quote>'s source, a <Figure>'s published figure, a <TargetChart>'s target
 * or dataset. An id whose entry is itself invalid, or in a file that cannot
 * be read, is not reported again here.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { MdxComponentName } from '../../schemas/mdx-components.ts';
import type { Target } from '../../schemas/target.ts';
import { ENGLAND, observationsFor } from '../model/datasets.ts';
import { missingReference, type KnownIds } from '../problems/known-ids.ts';
import { attributeOffset, type Visit } from './visit.ts';

/** What components' references are checked against. */
export interface ReferenceContext {
	/** Every source id of data/sources.json, including entries that are themselves invalid (they are reported on their own); unreadable when the file is not valid JSON. */
	sources: KnownIds;
	/** The valid datasets, by id: what a <Figure> can print. */
	datasets: ReadonlyMap<string, Dataset>;
	/** Every dataset id (file names of data/datasets/), valid or not. */
	datasetIds: KnownIds;
	/** The valid targets, by id. */
	targets: ReadonlyMap<string, Target>;
	/** Every target id, valid or not; unreadable when data/targets.json is not valid JSON. */
	targetIds: KnownIds;
}

/** What a component's valid props refer to: a source, a dataset's figure, a chart. */
export function checkReferences(
	name: MdxComponentName,
	props: Record<string, string | undefined>,
	start: number,
	v: Visit<ReferenceContext>,
): void {
	if (name === 'Quote') checkQuoteSource(props['source'] ?? '', start, v);
	if (name === 'Figure') checkFigure(props, start, v);
	if (name === 'TargetChart') checkTargetChart(props['id'] ?? '', start, v);
}

/** `<Quote source>`: a source of data/sources.json. */
function checkQuoteSource(id: string, start: number, v: Visit<ReferenceContext>): void {
	const missing = missingReference(id, v.context.sources, 'a source in data/sources.json', 'sources');
	if (missing !== undefined) v.report(attributeOffset(v.page.body, start, 'source'), '<Quote source>', missing);
}

/** `<Figure id period area>`: a dataset with a published figure for that area in that period. */
function checkFigure(props: Record<string, string | undefined>, start: number, v: Visit<ReferenceContext>): void {
	const { id = '', period = '', area = ENGLAND } = props;
	const dataset = v.context.datasets.get(id);
	if (!dataset) {
		const missing = missingReference(id, v.context.datasetIds, 'a dataset', 'datasets');
		if (missing !== undefined) v.report(attributeOffset(v.page.body, start, 'id'), '<Figure id>', missing);
		return;
	}
	const published = observationsFor(dataset, area).filter((o) => o.value !== null);
	if (published.some((o) => o.period === period)) return;
	const where = area === ENGLAND ? 'England' : `area ${area}`;
	const periods = published.map((o) => o.period).join(', ') || 'none';
	v.report(
		attributeOffset(v.page.body, start, 'period'),
		'<Figure period>',
		`${dataset.id} has no published figure for ${where} in "${period}"; periods with a figure: ${periods}`,
	);
}

/** `<TargetChart id>`: a target measured by a dataset, or a dataset. */
function checkTargetChart(id: string, start: number, v: Visit<ReferenceContext>): void {
	const { targets, datasets, targetIds, datasetIds } = v.context;
	const charted = [
		...[...targets.values()].filter((t) => t.dataset !== undefined).map((t) => t.id),
		...datasets.keys(),
	].sort();
	// An id whose entry is itself invalid, or that points into a file that cannot be read, is reported where it is.
	const unchecked =
		targetIds.unreadable ||
		datasetIds.unreadable ||
		(targetIds.ids.has(id) && !targets.has(id)) ||
		(datasetIds.ids.has(id) && !datasets.has(id));
	if (charted.includes(id) || unchecked) return;
	const why = targets.has(id)
		? `target "${id}" is not measured by a dataset, so it has no chart`
		: `"${id}" is not a target or a dataset`;
	v.report(
		attributeOffset(v.page.body, start, 'id'),
		'<TargetChart id>',
		`${why}: use the id of a target measured by a dataset, or of a dataset: ${charted.join(', ')}`,
	);
}

/**
 * The footnotes of a guidance page: every `<Figure>` it uses, once each, in
 * order of first use, with the dataset and figure it prints. Pure.
 */
import type { Dataset, Observation } from '../../schemas/dataset.ts';
import { componentUses, figureKey } from '../mdx/tree.ts';
import { ENGLAND, findObservation } from './datasets.ts';
import { componentError } from '../mdx/render-errors.ts';

export interface FigureNote {
	/** The footnote number, from 1. */
	n: number;
	key: string;
	dataset: Dataset;
	observation: Observation;
}

/** The figures an MDX body prints, numbered in order of first use; `file` (the page's source file) names it in an error. */
export function figureNotes(body: string, datasets: ReadonlyMap<string, Dataset>, file?: string): FigureNote[] {
	const notes: FigureNote[] = [];
	// Most pages print no figure: parsing their body again (the MDX compiler already has) would be wasted work per page.
	if (!body.includes('<Figure')) return notes;
	for (const use of componentUses(body)) {
		if (use.name !== 'Figure') continue;
		const key = figureKey(use.attributes);
		if (notes.some((n) => n.key === key)) continue;
		const { id = '', period = '', area = ENGLAND } = use.attributes;
		const dataset = datasets.get(id);
		const observation = dataset ? findObservation(dataset, period, area) : undefined;
		// The content check has already rejected unknown ids and periods.
		if (!dataset || !observation)
			throw componentError(file, `<Figure id="${id}" period="${period}">`, 'no such figure');
		notes.push({ n: notes.length + 1, key, dataset, observation });
	}
	return notes;
}

/**
 * Who published a dataset's figures. A dataset from one publisher names it
 * (`publisher` in its file), even when a few of its figures come from trade
 * press; a dataset gathered from news, parliamentary answers and other
 * reports has no single publisher (its `publisher` is none of the publishers
 * its figures cite), so its publishers are those of the sources its figures
 * cite, in the order they first appear. Pure.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import { andList } from '../format/text.ts';

/** The publishers of a dataset's figures: its own publisher when its figures cite it (or cite no source), else each publisher they cite, once. */
export function datasetPublishers(dataset: Dataset, sources: ReadonlyMap<string, Source>): string[] {
	const cited = [
		...new Set([
			...dataset.observations.flatMap((o) => (o.source ? [o.source.id] : [])),
			...dataset.sources.map((s) => s.id),
		]),
	];
	const publishers = [...new Set(cited.flatMap((id) => sources.get(id)?.publisher ?? []))];
	return publishers.length === 0 || publishers.includes(dataset.publisher) ? [dataset.publisher] : publishers;
}

/** The publishers as a phrase: "NHS England" or "Croner-i, UK Parliament and Building Better Healthcare". */
export function publishersText(publishers: readonly string[]): string {
	return andList(publishers);
}

/** Whose publications the figures were checked against: "NHS England's publications", or "the publications of A, B and C". */
export function checkedAgainstText(publishers: readonly string[]): string {
	const [only] = publishers;
	return publishers.length === 1 && only !== undefined
		? `${only}'s publications`
		: `the publications of ${publishersText(publishers)}`;
}

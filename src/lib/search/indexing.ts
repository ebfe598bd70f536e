/**
 * What search knows about a page: its type, its filter values and its
 * metadata. A page opts in to search when its page model passes a
 * {@link SearchIndexing} as `search` to layoutModel (src/lib/pages/layout.ts);
 * BaseLayout then marks its <main> with
 * `data-pagefind-body` and writes the fields below as hidden
 * `data-pagefind-filter` / `data-pagefind-meta` elements. Pages without it
 * (home, search, sources, about, 404) are not indexed at all.
 *
 * Filter values are the labels readers see ("Virtual wards", "Acute
 * providers"), so the address of a filtered search reads well:
 * /search/?q=epr&priority=A+core+level+of+digitisation
 */
import { deadlineText } from '../format/dates.ts';
import { AUDIENCE_LABELS, type Audience } from '../../schemas/fragments.ts';
import { PAGE_TYPE_LABELS, type PageType } from './config.ts';

/**
 * How a page is indexed for search. A page model passes it to layoutModel as `search`.
 *
 * @example
 * layoutModel(site, { title: t.headline, description: t.statement, path: targetHref(t.id), search: {
 *   type: 'target',
 *   filters: { priority: [priority.title] },
 *   meta: { summary: t.statement, deadline: deadlineText(t) },
 * } })
 */
export interface SearchIndexing {
	/** The kind of page: becomes the `type` filter (by its label) and the `type` metadata. */
	type: PageType;
	/**
	 * Filter values by filter name, for example `{ priority: ['Virtual wards'],
	 * audience: ['Acute providers'] }`. Names the search page offers are
	 * SEARCH_FILTERS in src/lib/search/config.ts; `type` is set from `type` and may not be given here.
	 */
	filters?: Record<string, readonly string[]> | undefined;
	/**
	 * Metadata returned with each result, for example `{ summary, deadline }`.
	 * The title is the page's <h1>. `summary` is searched with extra weight
	 * (see SEARCH_RANKING in src/lib/search/config.ts); `deadline` is shown on the result.
	 */
	meta?: Record<string, string | undefined> | undefined;
}

/** One hidden element the layout writes: `<span data-pagefind-filter="priority">Virtual wards</span>`. */
export interface IndexField {
	attribute: 'data-pagefind-filter' | 'data-pagefind-meta';
	name: string;
	value: string;
}

const NAME_RE = /^[a-z][a-z0-9_]*$/;

/**
 * The hidden filter and metadata elements for a page, type first, each
 * value once, whitespace collapsed. Throws (failing the build) on a name
 * Pagefind would misread or a `type` given as a filter.
 */
export function indexFields(search: SearchIndexing): IndexField[] {
	const clean = (v: string) => v.replace(/\s+/g, ' ').trim();
	const label = PAGE_TYPE_LABELS[search.type];
	const fields: IndexField[] = [
		{ attribute: 'data-pagefind-filter', name: 'type', value: label },
		{ attribute: 'data-pagefind-meta', name: 'type', value: label },
	];
	for (const [name, values] of Object.entries(search.filters ?? {})) {
		if (!NAME_RE.test(name))
			throw new Error(`search filter name "${name}" must be lower-case letters, digits and underscores`);
		if (name === 'type') throw new Error('the "type" filter comes from search.type: do not set it in search.filters');
		for (const value of new Set(values.map(clean))) {
			if (value !== '') fields.push({ attribute: 'data-pagefind-filter', name, value });
		}
	}
	for (const [name, value] of Object.entries(search.meta ?? {})) {
		if (!NAME_RE.test(name))
			throw new Error(`search meta name "${name}" must be lower-case letters, digits and underscores`);
		if (name === 'type' || name === 'title')
			throw new Error(`search meta "${name}" is set by the layout: do not set it in search.meta`);
		if (value !== undefined && clean(value) !== '')
			fields.push({ attribute: 'data-pagefind-meta', name, value: clean(value) });
	}
	return fields;
}

/** Indexing for a guidance page: its priority, audiences and summary, and the deadlines of its targets. */
export function guidanceIndexing(page: {
	priorityTitle: string;
	audience: readonly Audience[];
	summary: string;
	targets: readonly { deadline: string; deadlineLabel?: string | undefined }[];
}): SearchIndexing {
	const deadlines = [...new Set(page.targets.map(deadlineText))];
	return {
		type: 'guidance',
		filters: { priority: [page.priorityTitle], audience: page.audience.map((a) => AUDIENCE_LABELS[a]) },
		meta: { summary: page.summary, deadline: deadlines.length > 0 ? deadlines.join('; ') : undefined },
	};
}

/** Indexing for a priority's overview page: the audiences of its pages, its summary and its headline deadline. */
export function priorityIndexing(priority: {
	title: string;
	summary: string;
	audiences: readonly Audience[];
	headline?: { deadline: string; deadlineLabel?: string | undefined } | undefined;
}): SearchIndexing {
	return {
		type: 'priority',
		filters: { priority: [priority.title], audience: [...new Set(priority.audiences)].map((a) => AUDIENCE_LABELS[a]) },
		meta: { summary: priority.summary, deadline: priority.headline ? deadlineText(priority.headline) : undefined },
	};
}

/** Indexing for a target's page: its priority, statement and deadline, and the editions its "What later guidance said" quotes. */
export function targetIndexing(target: {
	priorityTitle: string;
	statement: string;
	deadline: string;
	deadlineLabel?: string | undefined;
	editionLabels?: readonly string[] | undefined;
}): SearchIndexing {
	return {
		type: 'target',
		filters: {
			priority: [target.priorityTitle],
			...(target.editionLabels && target.editionLabels.length > 0 ? { edition: target.editionLabels } : {}),
		},
		meta: { summary: target.statement, deadline: deadlineText(target) },
	};
}

/** Indexing for a dataset's page: the priorities of the targets it measures, and its definition. */
export function datasetIndexing(dataset: { definition: string; priorityTitles: readonly string[] }): SearchIndexing {
	return {
		type: 'dataset',
		filters: { priority: [...new Set(dataset.priorityTitles)] },
		meta: { summary: dataset.definition },
	};
}

/** Indexing for an edition's page, or the grid of every edition: the editions' labels as the edition filter, and a summary. */
export function editionIndexing(page: { editionLabels: readonly string[]; summary: string }): SearchIndexing {
	return { type: 'edition', filters: { edition: page.editionLabels }, meta: { summary: page.summary } };
}

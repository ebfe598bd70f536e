/**
 * The search page's DOM: the elements it needs (found once, by id), a result
 * as a list item, the filter counts, hiding filter values no page has, and
 * the browse view (the A to Z). No innerHTML: excerpts are built from text
 * nodes and <mark> elements.
 */
import type { PagefindResult } from '../lib/search/pagefind-api.ts';
import { excerptParts, headingResults, type FilterIndex } from '../lib/search/results.ts';

/** The site's name, as page titles end. */
export const SITE_TITLE = 'Planning guidance portal';

function element<T extends HTMLElement>(id: string): T {
	const el = document.getElementById(id);
	if (!el) throw new Error(`search page: #${id} is missing`);
	return el as T;
}

/** The elements of the search page (src/pages/search/index.astro). */
export interface SearchPageElements {
	/** #search-form. */
	form: HTMLFormElement;
	/** #search-query. */
	input: HTMLInputElement;
	/** #search-filters. */
	filterPanel: HTMLElement;
	/** #search-clear-filters. */
	clearFilters: HTMLButtonElement;
	/** #search-no-js. */
	noJs: HTMLElement;
	/** #search-status. */
	status: HTMLElement;
	/** #search-results. */
	resultsBox: HTMLElement;
	/** #search-results-list: the pages that match every word. */
	list: HTMLOListElement;
	/** #search-partial: the heading and list of pages that match some of the words. */
	partial: HTMLElement;
	/** #search-partial-list. */
	partialList: HTMLOListElement;
	/** #search-spelling: "Showing results for …" or "Did you mean …?". */
	spelling: HTMLElement;
	/** #search-more. */
	more: HTMLButtonElement;
	/** #search-none. */
	none: HTMLElement;
	/** #search-none-filters. */
	noneFilters: HTMLElement;
	/** #search-none-unfiltered. */
	noneUnfiltered: HTMLElement;
	/** #search-a-to-z. */
	aToZ: HTMLElement;
	/** The filter checkboxes. */
	checkboxes: HTMLInputElement[];
}

/** Finds every element; throws naming the first that is missing. */
export function searchPageElements(): SearchPageElements {
	return {
		form: element<HTMLFormElement>('search-form'),
		input: element<HTMLInputElement>('search-query'),
		filterPanel: element<HTMLElement>('search-filters'),
		clearFilters: element<HTMLButtonElement>('search-clear-filters'),
		noJs: element<HTMLElement>('search-no-js'),
		status: element<HTMLElement>('search-status'),
		resultsBox: element<HTMLElement>('search-results'),
		list: element<HTMLOListElement>('search-results-list'),
		partial: element<HTMLElement>('search-partial'),
		partialList: element<HTMLOListElement>('search-partial-list'),
		spelling: element<HTMLElement>('search-spelling'),
		more: element<HTMLButtonElement>('search-more'),
		none: element<HTMLElement>('search-none'),
		noneFilters: element<HTMLElement>('search-none-filters'),
		noneUnfiltered: element<HTMLElement>('search-none-unfiltered'),
		aToZ: element<HTMLElement>('search-a-to-z'),
		checkboxes: [...document.querySelectorAll<HTMLInputElement>('#search-filters input[type="checkbox"]')],
	};
}

function text(tag: string, content: string, className?: string): HTMLElement {
	const el = document.createElement(tag);
	el.textContent = content;
	if (className) el.className = className;
	return el;
}

function excerptElement(excerpt: string, className: string): HTMLElement {
	const p = document.createElement('p');
	p.className = className;
	for (const part of excerptParts(excerpt)) {
		p.append(part.mark ? text('mark', part.text) : document.createTextNode(part.text));
	}
	return p;
}

/**
 * A result as a list item: title linked (in a heading of `level`: 2 in the
 * main list, 3 under "Pages that match some of your words"), type, priority
 * and deadline, the excerpt, and links to matching sections.
 */
export async function resultItem(result: PagefindResult, level: 2 | 3 = 2): Promise<HTMLLIElement> {
	const data = await result.data();
	const title = data.meta['title'] ?? data.url;
	const li = document.createElement('li');
	li.className = 'app-search-result';

	const heading = document.createElement(`h${level}`);
	heading.className = 'nhsuk-heading-s app-search-result__title';
	const link = text('a', title, 'app-search-result__link') as HTMLAnchorElement;
	link.href = data.url;
	heading.append(link);
	li.append(heading);

	const meta = document.createElement('p');
	meta.className = 'nhsuk-body-s app-search-result__meta';
	if (data.meta['type'])
		meta.append(text('strong', data.meta['type'], 'nhsuk-tag nhsuk-tag--white app-search-result__type'));
	const priority = data.filters['priority']?.join(', ');
	if (priority && data.meta['type'] !== 'Priority overview')
		meta.append(' ', text('span', priority, 'app-search-result__priority'));
	if (data.meta['deadline'])
		meta.append(' ', text('span', `Deadline: ${data.meta['deadline']}`, 'app-search-result__deadline'));
	li.append(meta);

	li.append(excerptElement(data.excerpt, 'app-search-result__excerpt'));

	const sections = headingResults(data.url, data.sub_results);
	if (sections.length > 0) {
		const ul = document.createElement('ul');
		ul.className = 'app-search-result__sections';
		ul.setAttribute('aria-label', `Matching sections of ${title}`);
		for (const s of sections) {
			const a = text('a', s.title) as HTMLAnchorElement;
			a.href = s.url;
			const item = document.createElement('li');
			item.append(a);
			ul.append(item);
		}
		li.append(ul);
	}
	return li;
}

/** Writes each checkbox's count of results, "(3)", or nothing for a filter whose counts are not loaded yet. */
export function setCounts(
	checkboxes: readonly HTMLInputElement[],
	counts: Record<string, Record<string, number>> | undefined,
): void {
	for (const box of checkboxes) {
		const count = box.closest('[data-filter-option]')?.querySelector('[data-filter-count]');
		const group = counts?.[box.name];
		if (count) count.textContent = group ? `(${group[box.value] ?? 0})` : '';
	}
}

/**
 * Hides filter values no page has (a type of page the site does not have
 * yet), and groups left with none, for the filters `index` holds.
 */
export function hideEmptyFilters(checkboxes: readonly HTMLInputElement[], index: FilterIndex): void {
	for (const box of checkboxes) {
		const item = box.closest<HTMLElement>('[data-filter-option]');
		const group = index[box.name];
		if (item && group) item.hidden = (group[box.value]?.size ?? 0) === 0 && !box.checked;
	}
	for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
		group.hidden = [...group.querySelectorAll<HTMLElement>('[data-filter-option]')].every((o) => o.hidden);
	}
}

/** What the spelling line says: results shown for a correction, or a correction offered. */
export type SpellingView =
	| { kind: 'corrected'; shown: { text: string; href: string }; typed: { text: string; href: string } }
	| { kind: 'suggested'; suggestion: { text: string; href: string } };

/**
 * Writes the spelling line: "Showing results for hospital at home. Search
 * instead for hsopital at home" or "Did you mean hospital at home?", each
 * search a plain link; hidden when `view` is undefined.
 */
export function showSpelling(box: HTMLElement, view: SpellingView | undefined): void {
	box.hidden = view === undefined;
	if (!view) {
		box.replaceChildren();
		return;
	}
	const link = (target: { text: string; href: string }) => {
		const a = text('a', target.text) as HTMLAnchorElement;
		a.href = target.href;
		return a;
	};
	if (view.kind === 'corrected') {
		box.replaceChildren(
			'Showing results for ',
			text('strong', view.shown.text),
			'. ',
			link({ text: `Search instead for ${view.typed.text}`, href: view.typed.href }),
		);
	} else {
		box.replaceChildren('Did you mean ', link(view.suggestion), '?');
	}
}

/** The view without a query: no results, no filters, the A to Z. */
export function showBrowse(el: SearchPageElements): void {
	showSpelling(el.spelling, undefined);
	el.resultsBox.hidden = true;
	el.none.hidden = true;
	el.filterPanel.hidden = true;
	el.aToZ.hidden = false;
	el.status.textContent = '';
	document.title = `Search - ${SITE_TITLE}`;
}

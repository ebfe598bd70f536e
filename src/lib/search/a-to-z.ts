/**
 * The A to Z of every searchable page, shown on /search/ when there is no
 * query, and instead of results when JavaScript is off. Pure: the page
 * model passes the pages in (src/lib/pages/search.ts, searchablePages).
 */

export interface AzPage {
	title: string;
	href: string;
	/** What kind of page it is, as a label ("Guidance", "Priority overview"). */
	type: string;
}

export interface AzLetter {
	/** "A" to "Z", or "0-9" for titles that start with a digit. */
	letter: string;
	/** The anchor for the letter's heading, for example "a-z-a". */
	id: string;
	pages: AzPage[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function letterOf(title: string): string {
	const first = title.trim().charAt(0).normalize('NFD').charAt(0).toUpperCase();
	if (/[A-Z]/.test(first)) return first;
	return '0-9';
}

/** Pages grouped by the first letter of their title, letters and pages in alphabetical order, numbers first. */
export function aToZ(pages: readonly AzPage[]): AzLetter[] {
	const sorted = [...pages].sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.href, b.href));
	const letters: AzLetter[] = [];
	for (const page of sorted) {
		const letter = letterOf(page.title);
		let group = letters.find((l) => l.letter === letter);
		if (!group) {
			group = { letter, id: `a-z-${letter.toLowerCase()}`, pages: [] };
			letters.push(group);
		}
		group.pages.push(page);
	}
	return letters.sort((a, b) => (a.letter === '0-9' ? -1 : b.letter === '0-9' ? 1 : a.letter.localeCompare(b.letter)));
}

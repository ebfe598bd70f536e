/**
 * The glossary's abbreviations on a built page: the first use of each in the
 * page's `<main>` becomes `<abbr title="term">`, wherever its text comes from
 * (a template, a page model or an MDX body). A page body's own `<abbr>` (the
 * MDX plugin's, src/lib/mdx/plugins.ts) counts as a use: an abbreviation is
 * marked only where it is used before any `<abbr>` of it. Links, headings,
 * buttons, form options, code and SVG are left as they are, as the MDX plugin
 * leaves links and headings.
 *
 * Only the text that changes is rewritten: every other byte of the page stays
 * as Astro wrote it. Pure: run on each page by src/lib/build/mark-pages.ts.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { splitAbbreviations, type Abbreviation } from '../mdx/plugins.ts';

/** Elements whose text is never marked up. */
const SKIPPED = new Set([
	'a',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'abbr',
	'button',
	'summary',
	'option',
	'select',
	'textarea',
	'code',
	'pre',
	'script',
	'style',
	'svg',
	'template',
	'title',
]);

/** One text node's replacement: the range of the page it covers and its new HTML. */
export interface Edit {
	start: number;
	end: number;
	html: string;
}

function escapeAttribute(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** The abbreviation an `<abbr>`'s text is a use of ("ICB" or its plural "ICBs"), if any. */
function usedIn(element: HTMLElement, entries: readonly Abbreviation[]): string | undefined {
	const text = element.text.trim();
	return entries.find((e) => text === e.abbreviation || text === `${e.abbreviation}s`)?.abbreviation;
}

function walk(node: Node, entries: readonly Abbreviation[], seen: Set<string>, edits: Edit[]): void {
	for (const child of node.childNodes) {
		if (seen.size === entries.length) return;
		if (child.nodeType === NodeType.TEXT_NODE) {
			const pieces = splitAbbreviations(child.rawText, entries, seen);
			if (pieces.length === 1 && typeof pieces[0] === 'string') continue;
			const html = pieces
				.map((p) => (typeof p === 'string' ? p : `<abbr title="${escapeAttribute(p.title)}">${p.text}</abbr>`))
				.join('');
			edits.push({ start: child.range[0], end: child.range[1], html });
		} else if (child.nodeType === NodeType.ELEMENT_NODE) {
			const element = child as HTMLElement;
			const tag = element.rawTagName.toLowerCase();
			if (tag === 'abbr') {
				const used = usedIn(element, entries);
				if (used !== undefined) seen.add(used);
			}
			if (!SKIPPED.has(tag)) walk(element, entries, seen, edits);
		}
	}
}

/** The replacements that mark the first use of each of `entries` in `html`'s `<main>` (none when there is nothing to mark), in page order. */
export function abbreviationEdits(html: string, entries: readonly Abbreviation[]): Edit[] {
	const usable = entries.filter((e) => e.abbreviation.trim() !== '');
	const start = html.indexOf('<main');
	if (usable.length === 0 || start < 0) return [];
	// Only <main> is parsed (the head, header and footer are half of a page), its ranges then moved to the page's.
	const end = html.indexOf('</main>', start);
	const main = parse(end < 0 ? html.slice(start) : html.slice(start, end + '</main>'.length), {
		comment: true,
	}).querySelector('main');
	if (!main) return [];
	const edits: Edit[] = [];
	walk(main, usable, new Set(), edits);
	return edits.map((e) => ({ ...e, start: e.start + start, end: e.end + start }));
}

/** `html` with `edits` (from {@link abbreviationEdits} of the same `html`) made. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
	let out = html;
	for (const { start, end, html: replacement } of edits.toReversed())
		out = out.slice(0, start) + replacement + out.slice(end);
	return out;
}

/** `html` with the first use of each of `entries` in its `<main>` marked as `<abbr title="term">`; the page as it was when there is nothing to mark. */
export function markAbbreviations(html: string, entries: readonly Abbreviation[]): string {
	return applyEdits(html, abbreviationEdits(html, entries));
}

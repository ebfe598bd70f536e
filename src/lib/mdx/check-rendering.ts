/**
 * The MDX check's render oracle: what the parsed tree shows the page would
 * print that its editor did not mean. Markdown never fails to parse; a
 * mistake in it becomes literal text or lost content, so these visitors read
 * the tree as the build will render it and report:
 * - markup left in the text: `**` or `__` of bold never closed, a `*` of
 *   italics never closed, `~~` of strikethrough, a backtick of code, `](` of a
 *   link never closed, `] (` of a link with a space in it, `[words][name]` of a
 *   reference with no definition, `[^name]` of a footnote reference with no
 *   definition;
 * - a paragraph that was meant as a heading (`##Heading`, no space) or a list
 *   (`-item` lines), a code fence never closed (the rest of the page would
 *   print as code);
 * - a table printed as a paragraph of pipes (its delimiter row does not match
 *   its header), and a row with more or fewer cells than its header (the
 *   extra cells are dropped, a missing one printed empty);
 * - headings a reader could not tell apart or that are not the page's
 *   sections: a level-1 heading (the title is the page's only one), a heading
 *   with no words (an empty id and an empty entry in "On this page"), and two
 *   headings with the same words (a link to the second's id reaches the first);
 * - two callouts of one kind with one heading.
 * Characters an editor escaped (`\*\*`) are meant, and never reported.
 */
import type { Root } from 'mdast';
import { offsetOf, pointOf } from './parse.ts';
import { componentUsesIn, textOf, walk } from './tree.ts';
import type { NodeOf, Visit } from './visit.ts';

/** Markup that survives into the printed text, found in a text's source: what it is and what to write. */
const LEFTOVER_MARKUP: readonly { pattern: RegExp; field: string; message: string | ((found: string) => string) }[] = [
	{
		pattern: /(?<!\\)\*\*/g,
		field: 'bold',
		message:
			'"**" would print as two stars: bold needs ** before and after the words, in one paragraph (**like this**); write \\*\\* for the stars themselves',
	},
	{
		pattern: /(?<![\\\w])__|(?<!\\)__(?!\w)/g,
		field: 'bold',
		message:
			'"__" would print as two underscores: bold needs __ before and after the words (__like this__), or write **like this**',
	},
	{
		// A star touching a word on one side only: `*word` or `word*` (2 * 3 and snake_case are not italics).
		pattern: /(?<![\\*\p{L}\p{N}])\*(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?)])\*(?![*\p{L}\p{N}])/gu,
		field: 'italics',
		message:
			'"*" would print as a star: italics need * before and after the words, in one paragraph (*like this*); write \\* for the star itself',
	},
	{
		pattern: /(?<!\\)~~/g,
		field: 'strikethrough',
		message:
			'"~~" would print as two tildes: strikethrough needs ~~ before and after the words, in one paragraph (~~like this~~); write \\~\\~ for the tildes',
	},
	{
		pattern: /(?<!\\)`/g,
		field: 'code',
		message:
			'"`" would print as a backtick: code needs ` before and after it, on one line (`like this`); write \\` for the character',
	},
	{
		pattern: /(?<!\\)\][ \t]+\((?=(?:https?:|mailto:|\/|#))/g,
		field: 'link',
		message: '"] (" would print as text, not a link: write [words](address) with no space between ] and (',
	},
	{
		pattern: /(?<!\\)\[[^\]\n]+\]\[[^\]\n]*\]/g,
		field: 'link',
		message: (found) =>
			`"${firstWords(found)}" would print as text: the page defines no address for ${/\[[^\]]*\]$/.exec(found)?.[0] ?? '[name]'}; write the link as [words](address)`,
	},
	{
		pattern: /(?<!\\)\]\(/g,
		field: 'link',
		message:
			'"](" would print as text: a link is [words](address) with its closing ), on one line, and the address has no spaces',
	},
	{
		pattern: /(?<!\\)\[\^[^\]\s]*\]/g,
		field: 'footnote',
		message:
			"a footnote reference with no footnote would print as text: footnotes are not used on this site; cite a source in the front matter's sources, or print a figure with <Figure />, which adds its own note",
	},
];

/** A text node: markup that the build would print as text (see the module comment). */
export function checkLeftoverMarkup(node: NodeOf<'text'>, v: Visit<unknown>): boolean {
	const from = node.position?.start.offset;
	const to = node.position?.end.offset;
	if (from === undefined || to === undefined) return true;
	const source = v.page.body.slice(from, to);
	for (const { pattern, field, message } of LEFTOVER_MARKUP) {
		for (const m of source.matchAll(pattern))
			v.report(from + m.index, field, typeof message === 'string' ? message : message(m[0]));
	}
	return true;
}

/** A paragraph that was meant as something else: a table, a heading or a list the parser did not recognise. */
export function checkParagraph(node: NodeOf<'paragraph'>, v: Visit<unknown>): boolean {
	const from = node.position?.start.offset;
	const to = node.position?.end.offset;
	if (from === undefined || to === undefined) return true;
	const source = v.page.body.slice(from, to);
	const lines = source.split('\n');
	const heading = /^(#{1,6})(?=[^\s#])/.exec(source);
	if (heading) {
		const hashes = heading[1] ?? '##';
		v.report(
			from,
			'heading',
			`"${hashes}${firstWords(source.slice(hashes.length))}" would print as text, not a heading: put a space after the ${hashes}`,
		);
		return true;
	}
	if (lines.length >= 2 && lines.every((l) => /^\s*(?:[-*+]|\d{1,3}[.)])[^\s\d.)*+-]/.test(l))) {
		v.report(
			from,
			'list',
			`would print as one paragraph, not a list: put a space after the "${/^\s*(\d{1,3}[.)]|[-*+])/.exec(lines[0] ?? '')?.[1] ?? '-'}" that starts each item (- like this)`,
		);
		return true;
	}
	if (lines.length < 2 || !lines.every((l) => /^\s*\|.*\|/.test(l))) return true;
	const header = cellCount(lines[0] ?? '');
	const delimiter = cellCount(lines[1] ?? '');
	v.report(
		from,
		'table',
		`would print as a paragraph of pipes, not a table: the second line must be the delimiter row, one | --- | for each of the header's ${String(header)} columns (it has ${String(delimiter)}), and a blank line must come before the table`,
	);
	return false;
}

/** The first words of a text, as a message quotes them: at most 30 characters. */
function firstWords(text: string): string {
	const line = text.split('\n')[0] ?? '';
	return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}

/** A table: each row has as many cells as its header (the build drops the others, and prints a missing one empty). */
export function checkTableRows(node: NodeOf<'table'>, v: Visit<unknown>): boolean {
	const [header, ...rows] = node.children;
	const columns = header?.children.length ?? 0;
	for (const row of rows) {
		if (row.children.length === columns) continue;
		if (row.children.length < columns) {
			v.report(
				row.position?.start.offset ?? 0,
				'table row',
				`has ${String(row.children.length)} cells but the header has ${String(columns)}: the last column would print empty (was a | deleted?); give the row one cell per column, writing | | for an empty one`,
			);
			continue;
		}
		const lost = row.children.length - columns;
		v.report(
			row.position?.start.offset ?? 0,
			'table row',
			`has ${String(row.children.length)} cells but the header has ${String(columns)}: the last ${lost === 1 ? 'cell' : `${String(lost)} cells`} would not be shown; add a column to the header and the delimiter row, or remove the extra |`,
		);
	}
	return true;
}

/** The cells of a table line written with pipes: "| a | b |" has 2 (escaped pipes \| are text). */
function cellCount(line: string): number {
	const cells = line.trim().replace(/\\\|/g, '').replace(/^\|/, '').replace(/\|$/, '').split('|');
	return cells.length;
}

/** A fenced code block whose fence is never closed: the rest of the page would print as code. */
export function checkCodeFence(node: NodeOf<'code'>, v: Visit<unknown>): boolean {
	const from = node.position?.start.offset;
	const to = node.position?.end.offset;
	if (from === undefined || to === undefined) return false;
	const source = v.page.body.slice(from, to);
	const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source)?.[1];
	if (fence === undefined) return false;
	const lines = source.trimEnd().split('\n');
	const last = lines.length > 1 ? (lines.at(-1) ?? '').trim() : '';
	if (last.startsWith(fence) && /^[`~]+$/.test(last)) return false;
	v.report(
		from,
		'code',
		`this ${fence} is never closed: everything after it would print as code; close it with ${fence} on a line of its own, or delete it`,
	);
	return false;
}

/** A heading: not level 1 (the page title is), and not empty. */
export function checkHeading(node: NodeOf<'heading'>, v: Visit<unknown>): boolean {
	const start = node.position?.start.offset ?? 0;
	if (textOf(node).trim() === '' && !node.children.some((c) => c.type !== 'text')) {
		v.report(start, 'heading', 'has no words: write the heading after the #s (## Like this), or delete the line');
		return false;
	}
	if (node.depth === 1)
		v.report(
			start,
			'heading',
			'a level-1 heading (#): the page title is the only one a page has; write ## for a heading, ### below it',
		);
	return true;
}

/**
 * Two headings with the same words on a page: a reader scanning "On this
 * page", or a screen reader's list of headings, could not tell them apart,
 * and a link to the second's id reaches the first. Reported at the second.
 */
export function checkHeadingTexts(tree: Root, v: Visit<unknown>): void {
	const first = new Map<string, number>();
	walk(tree, (node) => {
		if (node.type !== 'heading') return;
		const text = textOf(node).trim();
		const key = text.toLowerCase().replace(/\s+/g, ' ');
		const at = node.position?.start.offset ?? 0;
		if (key === '') return false;
		const earlier = first.get(key);
		if (earlier === undefined) first.set(key, v.page.bodyLine + pointOf(v.page.body, at).line - 1);
		else
			v.report(
				at,
				'heading',
				`"${firstWords(text)}" is also the heading on line ${String(earlier)}: give each section a heading of its own, or merge the two`,
			);
		return false;
	});
}

/**
 * Two callouts of one kind with one heading on a page: a reader scanning the
 * page, or a screen reader's list of landmarks, could not tell them apart
 * (CONTRIBUTING, "Components you can use"). Reported at the second, naming
 * the line of the first.
 */
export function checkCalloutHeadings(tree: Root, v: Visit<unknown>): void {
	const first = new Map<string, number>();
	for (const use of componentUsesIn(tree)) {
		const heading = use.attributes['heading'];
		if (heading === undefined) continue;
		const key = `${use.name}/${heading.trim().toLowerCase()}`;
		const earlier = first.get(key);
		if (earlier === undefined) {
			first.set(key, use.line);
			continue;
		}
		v.report(
			offsetOf(v.page.body, use.line, use.column),
			`<${use.name} heading>`,
			`"${heading}" is also the heading of the <${use.name}> on line ${String(v.page.bodyLine + earlier - 1)}: give each callout a heading of its own, or merge the two`,
		);
	}
}

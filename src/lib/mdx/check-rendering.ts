/**
 * The MDX check's render oracle: what the parsed tree shows the page would
 * print that its editor did not mean. Markdown never fails to parse; a
 * mistake in it becomes literal text or lost content, so these visitors read
 * the tree as the build will render it and report:
 * - markup left in the text: `**` or `__` of bold never closed, `](` of a
 *   link never closed, `[^name]` of a footnote reference with no definition;
 * - a table printed as a paragraph of pipes (its delimiter row does not match
 *   its header), and a row with more cells than its header (the extra cells
 *   are dropped);
 * - two callouts of one kind with one heading.
 * Characters an editor escaped (`\*\*`) are meant, and never reported.
 */
import type { Root } from 'mdast';
import { offsetOf } from './parse.ts';
import { componentUsesIn } from './tree.ts';
import type { NodeOf, Visit } from './visit.ts';

/** Markup that survives into the printed text, found in a text's source: what it is and what to write. */
const LEFTOVER_MARKUP: readonly { pattern: RegExp; field: string; message: string }[] = [
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
		for (const m of source.matchAll(pattern)) v.report(from + m.index, field, message);
	}
	return true;
}

/** A paragraph that is a table the parser did not recognise: it starts with "|" and its lines are rows of pipes. */
export function checkPipeParagraph(node: NodeOf<'paragraph'>, v: Visit<unknown>): boolean {
	const from = node.position?.start.offset;
	const to = node.position?.end.offset;
	if (from === undefined || to === undefined) return true;
	const lines = v.page.body.slice(from, to).split('\n');
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

/** A table: each row has at most as many cells as its header (the build drops the others). */
export function checkTableRows(node: NodeOf<'table'>, v: Visit<unknown>): boolean {
	const [header, ...rows] = node.children;
	const columns = header?.children.length ?? 0;
	for (const row of rows) {
		if (row.children.length <= columns) continue;
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

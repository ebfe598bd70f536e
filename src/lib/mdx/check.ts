/**
 * The check of a guidance page's body, read from its syntax tree (satteri, as
 * the build reads it), never from its lines. What a body may hold is an
 * allow-list: Markdown, and the components of MDX_COMPONENTS with their props
 * (src/schemas/mdx-components.ts). No HTML, no code ({expressions}, import,
 * export), links only to https:, mailto: or an address of the site that
 * exists, images only from public/ and with alt text. Every problem names the
 * file, line and column, the construct and what to write instead; all the
 * problems of a page are listed, except after a syntax error (the parser
 * stops there, so that one is reported alone).
 */
import type { Root } from 'mdast';
import type { Problem } from '../problems/problems.ts';
import { COMPONENT_LIST, checkElement } from './check-components.ts';
import { checkImage, checkImageReference, checkLink, type LinkContext } from './check-links.ts';
import {
	checkCalloutHeadings,
	checkCodeFence,
	checkHeading,
	checkHeadingTexts,
	checkLeftoverMarkup,
	checkParagraph,
	checkTableRows,
} from './check-rendering.ts';
import type { ReferenceContext } from './check-references.ts';
import { parseBody, pointOf, type MdxNode } from './parse.ts';
import { headingIds, isElement, walk } from './tree.ts';
import { startOf, type MdxPage, type NodeOf, type Visit } from './visit.ts';

/**
 * What the check needs to know of the rest of the project, passed in once:
 * what components refer to (check-references.ts) and what links and images
 * may point to (check-links.ts).
 */
export interface MdxContext extends ReferenceContext, LinkContext {}

/** Markdown nodes a body may hold (GFM tables and strikethrough included). */
const MARKDOWN_NODES = new Set([
	'root',
	'paragraph',
	'heading',
	'text',
	'emphasis',
	'strong',
	'delete',
	'list',
	'listItem',
	'link',
	'linkReference',
	'definition',
	'image',
	'imageReference',
	'blockquote',
	'code',
	'inlineCode',
	'thematicBreak',
	'table',
	'tableRow',
	'tableCell',
	'break',
	'yaml',
]);

/** Checks a body: parses it, then checks its tree. */
export function checkMdxBody(page: MdxPage, context: MdxContext): Problem[] {
	const parsed = parseBody(page.body, page.bodyLine);
	if (!parsed.ok) {
		const { line, column, construct, message } = parsed.error;
		return [{ file: page.file, line: page.bodyLine + line - 1, column, field: construct, message }];
	}
	return checkMdxTree(page, parsed.tree, context);
}

/** Checks a parsed body against the allow-list and the project; see the module comment. */
export function checkMdxTree(page: MdxPage, tree: Root, context: MdxContext): Problem[] {
	const problems: Problem[] = [];
	const report = (offset: number, field: string, message: string): void => {
		const point = pointOf(page.body, offset);
		problems.push({ file: page.file, line: page.bodyLine + point.line - 1, column: point.column, field, message });
	};
	const visit: Visit<MdxContext> = { page, context, ownHeadings: headingIds(tree), report };
	walk(tree, (node) => visitNode(node, visit));
	checkCalloutHeadings(tree, visit);
	checkHeadingTexts(tree, visit);
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Hands a node to the visitor of its kind; true to go on into its children. */
function visitNode(node: MdxNode, v: Visit<MdxContext>): boolean {
	if (isElement(node)) return checkElement(node, v);
	switch (node.type) {
		case 'mdxjsEsm':
			return checkEsm(node, v);
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return checkExpression(node, v);
		case 'text':
			return checkStrayBraces(node, v) && checkLeftoverMarkup(node, v);
		case 'paragraph':
			return checkParagraph(node, v);
		case 'heading':
			return checkHeading(node, v);
		case 'code':
			return checkCodeFence(node, v);
		case 'table':
			return checkTableRows(node, v);
		case 'link':
		case 'definition':
			return checkLink(node, v);
		case 'image':
			return checkImage(node, v);
		case 'imageReference':
			return checkImageReference(node, v);
		case 'footnoteReference':
		case 'footnoteDefinition':
			return checkFootnote(node, v);
		default:
			return checkMarkdownNode(node, v);
	}
}

// Code: import and export lines, {expressions}, stray braces.

/** An `import` or `export` line: never allowed. */
function checkEsm(node: NodeOf<'mdxjsEsm'>, v: Visit<unknown>): boolean {
	const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
	v.report(
		startOf(node),
		keyword,
		keyword === 'import'
			? `"${firstLine(node.value)}": import lines are not allowed: the components ${COMPONENT_LIST} are there without importing, and nothing else can be used; delete the line`
			: `"${firstLine(node.value)}": export lines are not allowed: page details go in the front matter (title, summary, …); delete the line`,
	);
	return false;
}

/** A `{expression}`: code, never allowed, unless it holds only an editors' note (a comment). */
function checkExpression(node: NodeOf<'mdxFlowExpression' | 'mdxTextExpression'>, v: Visit<unknown>): boolean {
	if (!isCommentOnly(node.value)) v.report(startOf(node), '{expression}', expressionMessage(node.value));
	return false;
}

/** Each `}` of a text without its `{` (an unescaped brace the parser let through). */
function checkStrayBraces(node: NodeOf<'text'>, v: Visit<unknown>): boolean {
	const from = node.position?.start.offset;
	const to = node.position?.end.offset;
	if (from === undefined || to === undefined) return true;
	const source = v.page.body.slice(from, to);
	for (let i = source.indexOf('}'); i >= 0; i = source.indexOf('}', i + 1)) {
		if (source[i - 1] === '\\') continue;
		v.report(
			from + i,
			'}',
			'a } without its { (braces start code in MDX): delete it, or write \\} if you mean the character',
		);
	}
	return true;
}

// Markdown: footnotes, and any node that is not Markdown.

/** A footnote (`[^1]`): not used on this site. */
function checkFootnote(node: NodeOf<'footnoteReference' | 'footnoteDefinition'>, v: Visit<unknown>): boolean {
	v.report(
		startOf(node),
		'footnote',
		'Markdown footnotes ([^1]) are not used on this site: cite a source in the front matter\'s sources, quote it with <Quote source="…">, or print a figure with <Figure />, which adds its own note',
	);
	return false;
}

/** Any other node: Markdown passes, anything else is named and its children skipped. */
function checkMarkdownNode(node: MdxNode, v: Visit<unknown>): boolean {
	if (MARKDOWN_NODES.has(node.type)) return true;
	v.report(
		startOf(node),
		node.type,
		`${node.type} is not allowed in a guidance page: use Markdown or the components ${COMPONENT_LIST} (see CONTRIBUTING.md)`,
	);
	return false;
}

/** The first line of a text, cut at 60 characters: how a line of code is quoted in a message. */
function firstLine(text: string): string {
	const line = text.trim().split('\n')[0] ?? '';
	return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** Whether an expression holds only comments, `{/* note *\/}`: an editors' note, never published. */
export function isCommentOnly(value: string): boolean {
	return /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)+$/.test(value);
}

/** What to write instead of `{value}` in text. */
function expressionMessage(value: string): string {
	const v = value.trim();
	if (/\d/.test(v) && /^[\d\s.,%£$+\-–—/x×:]+$/.test(v)) {
		return `{${v}}: write ${v} without braces: MDX works out what is in braces as code (it would print a sum, not "${v}"); for a literal brace write \\{ and \\}`;
	}
	return `{${firstLine(v)}}: braces run code in MDX, which guidance pages may not do (the text would change from build to build): write the text itself, or \\{ and \\} for literal braces; a note for editors is written {/* note */}`;
}

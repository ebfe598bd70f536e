/**
 * Reading a parsed body: walking its nodes, the text of a heading, the ids
 * Astro gives headings, and the components a page uses with their attributes.
 * Pure; the tree comes from {@link parseBody}.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { ENGLAND } from '../model/datasets.ts';
import { parseBody, type MdxNode } from './parse.ts';

/** A component or HTML element in a body. */
export type MdxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Calls `visit` on every node, parents before children, with its ancestors; return false to skip a node's children. */
export function walk(
	node: MdxNode,
	visit: (node: MdxNode, ancestors: readonly MdxNode[]) => boolean | void,
	ancestors: MdxNode[] = [],
): void {
	if (visit(node, ancestors) === false) return;
	if ('children' in node) {
		for (const child of node.children as MdxNode[]) walk(child, visit, [...ancestors, node]);
	}
}

/** Whether a node is a JSX element (`<Quote>`, `<b>`). */
export function isElement(node: MdxNode): node is MdxNode & MdxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The text of a node as a browser reads it (what Astro slugs a heading's id from). */
export function textOf(node: MdxNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
	if ('children' in node) return (node.children as MdxNode[]).map(textOf).join('');
	return '';
}

/**
 * The ids of a page's headings as the build writes them: github-slugger over
 * each heading's text, in order, one slugger per page (a repeated heading gets
 * "-1", "-2"), as @astrojs/markdown-satteri's heading-ids plugin does.
 */
export function headingIds(tree: Root): string[] {
	const slugger = new GithubSlugger();
	const ids: string[] = [];
	walk(tree, (node) => {
		if (node.type !== 'heading') return;
		ids.push(slugger.slug(textOf(node)));
		return false;
	});
	return ids;
}

/** The h2s of a body (for "On this page"), each with the id {@link headingIds} gives it; none when the body does not parse. */
export function h2Headings(body: string): { text: string; id: string }[] {
	const parsed = parseBody(body);
	if (!parsed.ok) return [];
	const slugger = new GithubSlugger();
	const h2s: { text: string; id: string }[] = [];
	walk(parsed.tree, (node) => {
		if (node.type !== 'heading') return;
		const text = textOf(node);
		const id = slugger.slug(text);
		if (node.depth === 2) h2s.push({ text, id });
		return false;
	});
	return h2s;
}

/** A use of a component in a body: its name, its plain-text attributes and where its tag starts. */
export interface ComponentUse {
	name: string;
	/** The attributes written as name="value" (expressions and bare names are left out: the check rejects them). */
	attributes: Record<string, string>;
	/** The line in the body (1-based; add the body's first line for the file's line). */
	line: number;
	column: number;
}

/** Every component (capitalised tag) in a parsed body, in reading order, code never included. */
export function componentUsesIn(tree: Root): ComponentUse[] {
	const uses: ComponentUse[] = [];
	walk(tree, (node) => {
		if (!isElement(node) || !node.name || !/^[A-Z]/.test(node.name)) return;
		const attributes: Record<string, string> = {};
		for (const a of node.attributes) {
			if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attributes[a.name] = a.value;
		}
		uses.push({
			name: node.name,
			attributes,
			line: node.position?.start.line ?? 1,
			column: node.position?.start.column ?? 1,
		});
	});
	return uses;
}

/** Every component in an MDX body; none when the body does not parse (the content check reports that). */
export function componentUses(body: string): ComponentUse[] {
	const parsed = parseBody(body);
	return parsed.ok ? componentUsesIn(parsed.tree) : [];
}

/** The key of a `<Figure>`: which figure it prints (dataset/period/area), for footnotes. */
export function figureKey(attributes: Readonly<Record<string, string | undefined>>): string {
	return `${attributes['id'] ?? ''}/${attributes['period'] ?? ''}/${attributes['area'] ?? ENGLAND}`;
}

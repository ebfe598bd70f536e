/**
 * The build's own steps over a page body's HTML tree (satteri hast plugins),
 * given to `markdown.processor: satteri({ hastPlugins })` in astro.config.mjs;
 * MDX inherits them.
 *
 * - {@link baseLinksPlugin}: editors write site-relative links
 *   (`/virtual-wards/funding/`); under a base path (BASE_PATH) they get it.
 * - {@link abbreviationsPlugin}: the first use of each glossary abbreviation
 *   in a page body becomes `<abbr title="term">`, outside links and headings
 *   (NHS.UK's link and heading styles expect plain text there). Under
 *   `astro dev` only: a build marks the whole of each written page instead
 *   (src/lib/build/mark-pages.ts; src/integrations/abbreviations.ts turns it on).
 *
 * Both are factories: called once per compile, so each page has its own state.
 */
import type { Element, Text } from 'hast';
import type { HastContent, HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';
import { withBase } from '../../config/site.ts';

/** The element attributes that hold an address, by element. */
const ADDRESS_ATTRIBUTES: Readonly<Record<string, string>> = { a: 'href', img: 'src', source: 'src' };

/** Prefixes every site-relative address of `<a href>` and `<img src>` in a body with `base` ("/" leaves them as they are). */
export function baseLinksPlugin(base: string): HastPluginDefinition | false {
	if (base === '/') return false;
	return {
		name: 'portal:base-links',
		element: {
			filter: Object.keys(ADDRESS_ATTRIBUTES),
			visit(node: Readonly<Element>, ctx: HastVisitorContext) {
				const attribute = ADDRESS_ATTRIBUTES[node.tagName];
				if (attribute === undefined) return;
				const value = node.properties[attribute];
				if (typeof value !== 'string') return;
				const based = withBase(value, base);
				if (based !== value) ctx.setProperty(node, attribute, based);
			},
		},
	};
}

/** A glossary entry as the abbreviations plugin needs it. */
export interface Abbreviation {
	/** The abbreviation as written in text, for example "ICB". */
	abbreviation: string;
	/** The term in full, the `<abbr>`'s title, for example "Integrated care board". */
	term: string;
}

/** Elements whose text is never marked up: links and headings (NHS.UK styles them as they are), and abbreviations already written. */
const SKIPPED = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'abbr', 'code', 'pre', 'title']);

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One piece of a text split around the abbreviations it uses for the first time. */
export type AbbreviationPiece = string | { text: string; abbreviation: string; title: string };

/** The pattern of the abbreviations a page has not used yet, and each one's entry. */
interface PendingPattern {
	pattern: RegExp;
	byAbbreviation: Map<string, Abbreviation>;
}

/**
 * The pattern of each page's pending abbreviations, by the page's `seen` set,
 * kept while neither the entries nor the set's size change (a set only
 * grows): a page's text nodes mostly use no new abbreviation, so the pattern
 * is built once per new use, not once per text node.
 */
const pendingPatterns = new WeakMap<
	Set<string>,
	{ entries: readonly Abbreviation[]; size: number; pending: PendingPattern | undefined }
>();

function pendingPattern(entries: readonly Abbreviation[], seen: Set<string>): PendingPattern | undefined {
	const cached = pendingPatterns.get(seen);
	if (cached && cached.entries === entries && cached.size === seen.size) return cached.pending;
	const pending = entries.filter((e) => !seen.has(e.abbreviation));
	let built: PendingPattern | undefined;
	if (pending.length > 0) {
		const byAbbreviation = new Map(pending.map((e) => [e.abbreviation, e]));
		// Longest first, so "HEFMA" is never read as a shorter abbreviation within it.
		const alternatives = [...byAbbreviation.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(s?)(?![\\p{L}\\p{N}])`, 'gu');
		built = { pattern, byAbbreviation };
	}
	pendingPatterns.set(seen, { entries, size: seen.size, pending: built });
	return built;
}

/**
 * `text` split into plain text and the first use of each abbreviation not in
 * `seen` (which it adds to). A plural ("ICBs") is the abbreviation's use too,
 * titled with the term's plural. Pure but for a cache of its patterns, which
 * changes nothing it returns.
 */
export function splitAbbreviations(
	text: string,
	entries: readonly Abbreviation[],
	seen: Set<string>,
): AbbreviationPiece[] {
	const pending = pendingPattern(entries, seen);
	if (pending === undefined) return [text];
	const { pattern, byAbbreviation } = pending;
	const pieces: AbbreviationPiece[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const abbreviation = match[1] ?? '';
		const entry = byAbbreviation.get(abbreviation);
		if (entry === undefined || seen.has(abbreviation)) continue;
		seen.add(abbreviation);
		const plural = match[2] === 's';
		if (match.index > last) pieces.push(text.slice(last, match.index));
		pieces.push({ text: match[0], abbreviation, title: plural ? `${entry.term}s` : entry.term });
		last = match.index + match[0].length;
	}
	if (last < text.length) pieces.push(text.slice(last));
	return pieces;
}

/** Whether `node` sits inside an element whose text is left alone. */
function insideSkipped(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
	let parent: Readonly<HastNode> | undefined = ctx.parent(node as Readonly<HastNode>);
	while (parent !== undefined && parent.type !== 'root') {
		if (parent.type === 'element' && SKIPPED.has(parent.tagName)) return true;
		parent = ctx.parent(parent);
	}
	return false;
}

/**
 * Marks the first use of each of `entries` in a body as `<abbr title="term">`,
 * in document order; in the compiles for which `active()` holds (all, by
 * default).
 */
export function abbreviationsPlugin(
	entries: readonly Abbreviation[],
	active: () => boolean = () => true,
): () => HastPluginDefinition | false {
	const usable = entries.filter((e) => e.abbreviation.trim() !== '');
	return () => {
		if (usable.length === 0 || !active()) return false;
		const seen = new Set<string>();
		return {
			name: 'portal:abbreviations',
			text(node, ctx) {
				if (seen.size === usable.length || insideSkipped(node, ctx)) return;
				const pieces = splitAbbreviations(node.value, usable, seen);
				if (pieces.length === 1 && typeof pieces[0] === 'string') return;
				const replacement: HastContent[] = pieces.map((piece) =>
					typeof piece === 'string'
						? { type: 'text', value: piece }
						: {
								type: 'element',
								tagName: 'abbr',
								properties: { title: piece.title },
								children: [{ type: 'text', value: piece.text }],
							},
				);
				ctx.replaceNode(node, replacement);
			},
		};
	};
}

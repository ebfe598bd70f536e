/**
 * The prose check: advice for editors that never fails a build. It reads
 * every page body the way the build does (satteri's Markdown tree, see
 * src/lib/mdx/parse.ts), turns it into natural-language sentences with the
 * unified collective's English parser (parse-english, the parser of
 * retext-english, through mdast-util-to-nlcst, the utility remark-retext
 * uses, so positions point into the file), and runs three retext plugins
 * over the sentences:
 *
 * - `sentence-length`: a sentence of more than 30 words (GOV.UK's advice is
 *   25 or fewer; 30 leaves room for names of documents);
 * - `abbreviation`: an abbreviation used before it is written in full on the
 *   page (a glossary entry's abbreviation before its term, or any other
 *   word in capitals before "Full Name (ABBR)");
 * - `unlinked-reference`: a sentence that points to another page ("see the
 *   page on …", "the workforce skills pages") with no link in it.
 *
 * Why custom plugins: the maintained retext plugins check readability
 * grades (retext-readability), wordy phrases (retext-simplify) or
 * spelling; none counts words per sentence, knows our glossary, or sees
 * links. These three are small unified plugins on the ecosystem's parser
 * and tree, so other retext plugins can be added to {@link proseProcessor}.
 *
 * Quotations (`<Quote>`) are left out: their words are the source's, not
 * ours. Tables are checked cell by cell.
 *
 * Pure: given page bodies and glossary entries, returns warnings.
 */
import type { Root as MdastRoot, RootContent, Paragraph, Link } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { parseBody } from '../mdx/parse.ts';
import { plural } from '../format/text.ts';
import { formatProblemList, type Problem } from '../problems/problems.ts';

/** The rules, by the name a warning's `field` carries. */
export const PROSE_RULES = {
	'sentence-length': 'a sentence of more than 30 words',
	abbreviation: 'an abbreviation used before it is written in full on the page',
	'unlinked-reference': 'a reference to another page with no link',
} as const;
export type ProseRule = keyof typeof PROSE_RULES;

/** The longest sentence, in words, that is not reported. */
export const MAX_SENTENCE_WORDS = 30;

/**
 * Abbreviations every reader knows, never reported: GOV.UK and NHS.UK
 * write them without spelling them out.
 */
export const WELL_KNOWN_ABBREVIATIONS: readonly string[] = ['NHS', 'UK', 'GP', 'IT', 'COVID'];

/** What the check needs of a glossary entry. */
export interface ProseGlossaryEntry {
	term: string;
	abbreviation?: string | undefined;
	synonyms?: readonly string[] | undefined;
}

export interface ProsePage {
	/** The file, relative to the project root. */
	file: string;
	/** The MDX body, without front matter. */
	body: string;
	/** The line of the file the body starts on. */
	bodyLine: number;
}

export interface ProseOptions {
	glossary?: readonly ProseGlossaryEntry[];
	/** Default {@link MAX_SENTENCE_WORDS}. */
	maxSentenceWords?: number;
	/** Default {@link WELL_KNOWN_ABBREVIATIONS}. */
	wellKnown?: readonly string[];
}

/** A sentence's start and end offsets in the body. */
function range(node: {
	position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}): [number, number] | undefined {
	const from = node.position?.start.offset;
	const to = node.position?.end.offset;
	return from === undefined || to === undefined ? undefined : [from, to];
}

function sentences(tree: NlcstRoot): Sentence[] {
	const out: Sentence[] = [];
	visit(tree, 'SentenceNode', (node: Sentence) => {
		out.push(node);
	});
	return out;
}

/**
 * The word counts of the sentences a reader sees in one parsed sentence,
 * each figure or piece of code counted as one word. parse-english does not
 * end a sentence at a full stop after a number or a figure ("over 10,000. The
 * next"), so such a stop followed by a capital also ends a sentence here.
 */
function wordCounts(sentence: Sentence): number[] {
	const counts: number[] = [];
	let n = 0;
	const children = sentence.children;
	children.forEach((c, i) => {
		const text = toString(c);
		const previous = children[i - 1];
		// "10,000" is parsed as 10 , 000: one word for a reader.
		const continuesNumber =
			/^\d/.test(text) &&
			previous?.type === 'PunctuationNode' &&
			previous.value === ',' &&
			/\d$/.test(toString(children[i - 2] ?? previous));
		if ((c.type === 'WordNode' && !continuesNumber) || c.type === 'SourceNode') n++;
		// A full stop parsed into a word ("000.") or standing alone.
		const ends =
			(c.type === 'PunctuationNode' && /^[.?!]$/.test(c.value)) || (c.type === 'WordNode' && /\d[.?!]$/.test(text));
		if (!ends) return;
		const next = children[i + 1];
		const after = children[i + 2];
		if (next?.type === 'WhiteSpaceNode' && after?.type === 'WordNode' && /^[A-Z]/.test(toString(after))) {
			counts.push(n);
			n = 0;
		}
	});
	counts.push(n);
	return counts;
}

/** retext plugin: warns about sentences longer than `max` words. */
export const retextSentenceLength: Plugin<[{ max?: number }?], NlcstRoot> = (options) => {
	const max = options?.max ?? MAX_SENTENCE_WORDS;
	return (tree, file) => {
		for (const sentence of sentences(tree)) {
			const n = Math.max(...wordCounts(sentence));
			if (n <= max) continue;
			const message = file.message(
				`this sentence has ${String(n)} words (more than ${String(max)}): split it into two or more, each saying one thing`,
				{ place: sentence.position, ruleId: 'sentence-length', source: 'prose' },
			);
			message.fatal = false;
		}
	};
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** retext plugin: warns about an abbreviation used before it is written in full on the page. */
export const retextAbbreviations: Plugin<
	[{ glossary?: readonly ProseGlossaryEntry[]; wellKnown?: readonly string[] }?],
	NlcstRoot
> = (options) => {
	const glossary = options?.glossary ?? [];
	const wellKnown = new Set(options?.wellKnown ?? WELL_KNOWN_ABBREVIATIONS);
	const byAbbreviation = new Map<string, ProseGlossaryEntry>();
	for (const g of glossary) if (g.abbreviation) byAbbreviation.set(g.abbreviation, g);
	/** The abbreviation a word is (plural "ICBs" is "ICB"), or undefined for an ordinary word. */
	const abbreviationOf = (word: string): string | undefined => {
		for (const candidate of [word, word.replace(/s$/, '')]) {
			if (byAbbreviation.has(candidate)) return candidate;
		}
		const m = /^([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)s?$/.exec(word);
		if (!m?.[1] || wellKnown.has(m[1])) return undefined;
		return m[1];
	};
	return (tree, file) => {
		const seen = new Set<string>();
		let before = '';
		for (const sentence of sentences(tree)) {
			const text = toString(sentence);
			const upTo = `${before} ${text}`.toLowerCase();
			for (const node of sentence.children) {
				if (node.type !== 'WordNode') continue;
				const abbreviation = abbreviationOf(toString(node));
				if (abbreviation === undefined || seen.has(abbreviation)) continue;
				seen.add(abbreviation);
				const entry = byAbbreviation.get(abbreviation);
				const names = entry ? [entry.term, ...(entry.synonyms ?? [])] : [];
				const spelt = names.some((n) => upTo.includes(n.toLowerCase()));
				const a = escape(abbreviation);
				const defined = new RegExp(`\\(${a}s?\\)|\\b${a}s? \\(`).test(text);
				if (spelt || defined) continue;
				// "Integrated care board" is written in lower case in a sentence; a name ("Health Tech Newspaper") is not.
				const term =
					entry && /^\S+(?:\s+[a-z]\S*)*$/.test(entry.term)
						? `${entry.term.charAt(0).toLowerCase()}${entry.term.slice(1)}`
						: entry?.term;
				const fix = entry
					? `write "${term ?? ''} (${abbreviation})" the first time (or link it to /glossary/#…, still in full)`
					: `write it in full the first time, followed by (${abbreviation}), or add it to data/glossary.json`;
				const message = file.message(`"${abbreviation}" is used before it is written in full on this page: ${fix}`, {
					place: node.position,
					ruleId: 'abbreviation',
					source: 'prose',
				});
				message.fatal = false;
			}
			before += ` ${text}`;
		}
	};
};

/** Words that point the reader to another page of the site. */
const REFERENCE_PATTERNS: readonly RegExp[] = [
	/\bsee (?:the|our|this site's) (?:page|pages|section|sections)\b/i,
	/\bthe (?:page|pages) (?:on|about)\b/i,
	/\b(?:in|on) the [a-z' -]{1,40} pages\b/i,
];

/** retext plugin: warns about a sentence that points to another page without a link. */
export const retextUnlinkedReferences: Plugin<[{ links?: readonly (readonly [number, number])[] }?], NlcstRoot> = (
	options,
) => {
	const links = options?.links ?? [];
	return (tree, file) => {
		for (const sentence of sentences(tree)) {
			const text = toString(sentence);
			if (!REFERENCE_PATTERNS.some((p) => p.test(text))) continue;
			const at = range(sentence);
			if (at && links.some(([from, to]) => from < at[1] && to > at[0])) continue;
			const message = file.message(
				'this sentence points to another page without a link: link the words that name the page, for example [the page on funding](/virtual-wards/funding/)',
				{ place: sentence.position, ruleId: 'unlinked-reference', source: 'prose' },
			);
			message.fatal = false;
		}
	};
};

/** The plugins of the prose check, as one unified processor. */
export function proseProcessor(options: ProseOptions & { links?: readonly (readonly [number, number])[] } = {}) {
	return unified()
		.use(retextSentenceLength, { max: options.maxSentenceWords ?? MAX_SENTENCE_WORDS })
		.use(retextAbbreviations, {
			glossary: options.glossary ?? [],
			wellKnown: options.wellKnown ?? WELL_KNOWN_ABBREVIATIONS,
		})
		.use(retextUnlinkedReferences, { links: options.links ?? [] });
}

type MdastNode = MdastRoot | RootContent;

/**
 * The tree the prose is read from: quotations removed (their words are not
 * ours) and each table cell turned into a paragraph (mdast-util-to-nlcst
 * skips tables).
 */
function proseTree(tree: MdastRoot): MdastRoot {
	const rewrite = (node: MdastNode): MdastNode[] => {
		if ((node.type as string) === 'mdxJsxFlowElement' || (node.type as string) === 'mdxJsxTextElement') {
			if ((node as { name?: string | null }).name === 'Quote') return [];
		}
		if (node.type === 'table') {
			return node.children.flatMap((row) =>
				row.children.map((cell): Paragraph => ({
					type: 'paragraph',
					children: cell.children,
					position: cell.position,
				})),
			);
		}
		if ('children' in node) {
			return [{ ...node, children: (node.children as MdastNode[]).flatMap(rewrite) } as MdastNode];
		}
		return [node];
	};
	return rewrite(tree)[0] as MdastRoot;
}

/** Where each link of a body is, as offsets. */
function linkRanges(tree: MdastRoot): [number, number][] {
	const out: [number, number][] = [];
	visit(tree, 'link', (node: Link) => {
		const r = range(node);
		if (r) out.push(r);
	});
	return out;
}

/** Checks one body; warnings carry the file's line and column. A body that does not parse gives none (the content check reports it). */
export function checkPageProse(page: ProsePage, options: ProseOptions = {}): Problem[] {
	const parsed = parseBody(page.body);
	if (!parsed.ok) return [];
	const tree = proseTree(parsed.tree);
	const file = new VFile({ path: page.file, value: page.body });
	const nlcst = toNlcst(tree, file, ParseEnglish, {
		ignore: ['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'code', 'html'],
		source: ['mdxJsxTextElement'],
	});
	proseProcessor({ ...options, links: linkRanges(parsed.tree) }).runSync(nlcst, file);
	return file.messages.map((m) => ({
		file: page.file,
		field: m.ruleId ?? 'prose',
		message: m.reason,
		...(m.line !== undefined ? { line: page.bodyLine + m.line - 1 } : {}),
		...(m.column !== undefined ? { column: m.column } : {}),
	}));
}

/** Checks every body. */
export function checkProse(pages: readonly ProsePage[], options: ProseOptions = {}): Problem[] {
	return pages.flatMap((p) => checkPageProse(p, options));
}

/** Renders warnings as lines `file:line:column → rule: message`, sorted by file and line, under a heading that says they do not stop the build. */
export function formatWarnings(warnings: readonly Problem[]): string {
	return formatProblemList(warnings, (n) => `${plural(n, 'prose warning')} (advice: these do not stop the build)`);
}

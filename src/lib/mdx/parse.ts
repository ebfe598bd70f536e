/**
 * Parses a guidance page's body into its syntax tree with satteri, the MDX
 * parser Astro's @astrojs/mdx uses, with the same features the build turns on
 * (GFM tables and strikethrough, smart punctuation), so the check and the
 * build read a page the same way. A syntax error becomes a sentence an editor
 * can act on, with its line and column in the body.
 */
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import {
	mdxToMdast,
	type MdxFlowExpression,
	type MdxjsEsm,
	type MdxJsxFlowElement,
	type MdxJsxTextElement,
	type MdxTextExpression,
} from 'satteri';

/** The features @astrojs/mdx passes to satteri by default (gfm and smartypants on). */
export const BUILD_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Any node of a parsed body: Markdown (mdast) or MDX (JSX elements, {expressions}, import/export). */
export type MdxNode =
	Root | RootContent | MdxJsxFlowElement | MdxJsxTextElement | MdxFlowExpression | MdxTextExpression | MdxjsEsm;

/** Where a syntax error is, in the body (1-based), what it is and what to write instead. */
export interface MdxSyntaxError {
	line: number;
	column: number;
	/** The construct, as an editor would name it: "<Quote>", "<!-- comment -->", "{". */
	construct: string;
	message: string;
}

export type ParsedBody = { ok: true; tree: Root } | { ok: false; error: MdxSyntaxError };

/** Parses `body` (the text after the front matter, which starts on line `firstLine` of its file). */
export function parseBody(body: string, firstLine = 1): ParsedBody {
	try {
		return { ok: true, tree: mdxToMdast(body, { features: BUILD_FEATURES }) as Root };
	} catch (error) {
		return {
			ok: false,
			error: explainSyntaxError(body, error instanceof Error ? error.message : String(error), firstLine),
		};
	}
}

/** The offset in `text` of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let l = 1; l < line; l++) {
		const next = text.indexOf('\n', offset);
		if (next < 0) return text.length;
		offset = next + 1;
	}
	return Math.min(offset + column - 1, text.length);
}

/** The 1-based line and column of an offset in `text`. */
export function pointOf(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

const HTML_ADVICE: Record<string, string> = {
	b: 'use **bold**',
	strong: 'use **bold**',
	i: 'use *italics*',
	em: 'use *italics*',
	a: 'write a link as [text](https://…) or [text](/page/)',
	br: 'end the paragraph with a blank line instead (a line break inside a paragraph is not needed)',
	p: 'separate paragraphs with a blank line',
	ul: 'write a list as lines starting with "- "',
	ol: 'write a numbered list as lines starting with "1. "',
	li: 'write a list item as a line starting with "- "',
	h1: 'the page title comes from the front matter; use ## for a heading',
	h2: 'write a heading as ## Heading',
	h3: 'write a heading as ### Heading',
	h4: 'write a heading as #### Heading',
	img: 'write an image as ![what it shows](/assets/images/file.png)',
	table: 'write a Markdown table (| a | b | rows)',
	blockquote: 'quote a source with <Quote source="source-id">words</Quote>',
	q: 'quote a source with <Quote source="source-id">words</Quote>',
	div: 'no wrapper is needed: use <InsetText> or <WarningCallout> to make text stand out',
	span: 'no wrapper is needed: use **bold** to make words stand out',
	sup: 'footnotes for figures come from <Figure>; cite sources in the front matter',
	code: 'use `backticks` for code',
	hr: 'write --- on a line of its own',
};

/** What to write instead of an HTML element: Markdown or one of our components. */
export function htmlAdvice(name: string): string {
	return (
		HTML_ADVICE[name.toLowerCase()] ??
		'use Markdown or one of the components Quote, InsetText, WarningCallout, Figure, TargetChart (see CONTRIBUTING.md)'
	);
}

const isComponentName = (name: string) => /^[A-Z]/.test(name);

/**
 * Turns satteri's message ("3:1: Expected a closing tag for `<Quote>` (3:1)
 * (mdx-jsx:unexpected-character)") into an editor's explanation.
 */
export function explainSyntaxError(body: string, raw: string, firstLine = 1): MdxSyntaxError {
	const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(raw);
	const line = m ? Number(m[1]) : 1;
	const column = m ? Number(m[2]) : 1;
	const text = (m?.[3] ?? raw).replace(/ \([\w-]+:[\w-]+\)$/, '');
	const at = body.slice(offsetOf(body, line, column));

	let r: RegExpExecArray | null;
	if ((r = /^Expected a closing tag for `<([^>`]*)>`/.exec(text))) {
		const name = r[1] ?? '';
		if (!isComponentName(name)) {
			return {
				line,
				column,
				construct: `<${name}>`,
				message: `<${name}> is HTML, which guidance pages do not use: ${htmlAdvice(name)}`,
			};
		}
		const inParagraph = /before the end of `paragraph`/.test(text)
			? ` A component opened inside a sentence must be closed in the same paragraph, or put <${name}> on a line of its own.`
			: '';
		return {
			line,
			column,
			construct: `<${name}>`,
			message: `<${name}> is never closed: close it with </${name}> after its content, or write <${name} ... /> if it has none.${inParagraph}`,
		};
	}
	if (
		(r =
			/^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(
				text,
			))
	) {
		const [, closing = '', opening = '', l = '1'] = r;
		return {
			line,
			column,
			construct: `</${closing}>`,
			message: `</${closing}> does not match <${opening}> (opened on line ${String(firstLine - 1 + Number(l))}): close <${opening}> with </${opening}> first, or check the spelling of both tags`,
		};
	}
	if ((r = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(text))) {
		const closing = r[1] ?? '';
		return {
			line,
			column,
			construct: `</${closing}>`,
			message: `</${closing}> closes nothing: delete it, or add <${closing} ...> where its content starts`,
		};
	}
	if (/^Unexpected character `!`/.test(text) && at.startsWith('<!--')) {
		return {
			line,
			column,
			construct: '<!-- comment -->',
			message:
				'HTML comments are not allowed in MDX: delete it, or write a note for editors as {/* note */}, which is never published',
		};
	}
	if (/^Unexpected end of file in expression/.test(text)) {
		return {
			line,
			column,
			construct: '{',
			message:
				'this { is never closed, and braces start code in MDX: write \\{ for a literal brace, or say it in words (for example "40 to 50")',
		};
	}
	if (/^Could not parse expression/.test(text)) {
		const open = body.lastIndexOf('{', offsetOf(body, line, column));
		const point = open >= 0 ? pointOf(body, open) : { line, column };
		const customId = /^\{\s*(#[\w-]+)\s*\}/.exec(body.slice(open));
		if (customId) {
			const lineText = body.slice(body.lastIndexOf('\n', open - 1) + 1, open);
			const words = lineText.replace(/^\s*#{1,6}\s+/, '').trim();
			const own =
				/^\s*#{1,6}\s/.test(lineText) && words !== '' ? `: this one's is #${new GithubSlugger().slug(words)}` : '';
			return {
				...point,
				construct: '{#id}',
				message: `${customId[0]}: a heading's id comes from its words${own}, and braces start code in MDX: delete ${customId[0]}, and link to the heading's own id`,
			};
		}
		return {
			...point,
			construct: '{expression}',
			message:
				'braces start code in MDX, which guidance pages may not use: write the text without braces, or \\{ and \\} for literal braces',
		};
	}
	if (/^Unexpected character after `<`/.test(text) || /^Unexpected character/.test(text)) {
		if (/^<https?:/.test(at)) {
			return {
				line,
				column,
				construct: '<https://…>',
				message: 'write a link as [text](https://…), not in angle brackets',
			};
		}
		const tag = /^<\/?([A-Za-z][\w.]*)/.exec(at);
		if (tag) {
			const name = tag[1] ?? '';
			return {
				line,
				column,
				construct: `<${name}>`,
				message: `the tag <${name} ...> is not written correctly: put every attribute value in double quotes (source="projin-digital-maturity", page="23"), close every quote, and end the tag with > or />`,
			};
		}
		return {
			line,
			column,
			construct: '<',
			message: 'a < here starts a tag in MDX: write \\< for the character, or say it in words ("less than")',
		};
	}
	return {
		line,
		column,
		construct: 'MDX',
		message: `is not valid MDX: ${text} (see the MDX section of CONTRIBUTING.md)`,
	};
}

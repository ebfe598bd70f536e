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
import type { z } from 'zod';
import type { Dataset } from '../../schemas/dataset.ts';
import {
	MDX_COMPONENT_HAS_CONTENT,
	MDX_COMPONENT_PROPS,
	MDX_COMPONENTS,
	type MdxComponentName,
} from '../../schemas/mdx-components.ts';
import type { Target } from '../../schemas/target.ts';
import { parseWithFriendlyErrors } from '../problems/error-map.ts';
import { missingReference, type KnownIds } from '../problems/known-ids.ts';
import type { Problem } from '../problems/problems.ts';
import { ENGLAND, observationsFor } from '../model/datasets.ts';
import { htmlAdvice, parseBody, pointOf, type MdxNode } from './parse.ts';
import { headingIds, isElement, walk, type MdxElement } from './tree.ts';

/** What the check needs to know of the rest of the project, passed in once. */
export interface MdxContext {
	/** Every source id of data/sources.json, including entries that are themselves invalid (they are reported on their own); unreadable when the file is not valid JSON. */
	sources: KnownIds;
	/** The valid datasets, by id: what a <Figure> can print. */
	datasets: ReadonlyMap<string, Dataset>;
	/** Every dataset id (file names of data/datasets/), valid or not. */
	datasetIds: KnownIds;
	/** The valid targets, by id. */
	targets: ReadonlyMap<string, Target>;
	/** Every target id, valid or not; unreadable when data/targets.json is not valid JSON. */
	targetIds: KnownIds;
	/** Every address the build writes (src/lib/routes.ts, siteAddresses), plus those of pages whose front matter is invalid. */
	addresses: ReadonlySet<string>;
	/** Draft pages (not built): address → file, so a link to one says why it is dead. */
	drafts: ReadonlyMap<string, string>;
	/** The heading ids of every guidance page, by its address. */
	headings: ReadonlyMap<string, readonly string[]>;
	/** The files of public/ ("assets/images/map.png"); undefined when not known (images are then not looked up). */
	publicFiles: ReadonlySet<string> | undefined;
}

/** A page body to check: its file, text, the line of the file it starts on and the page's own address. */
export interface MdxPage {
	file: string;
	body: string;
	/** The line of the file the body starts on (CheckedPage.bodyLine). */
	bodyLine: number;
	/** The page's address, for example /virtual-wards/funding/ (for links to its own headings). */
	address?: string | undefined;
}

const COMPONENT_LIST = MDX_COMPONENTS.join(', ');

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

/** HTML elements that are never allowed, with why. */
const FORBIDDEN_HTML: Record<string, string> = {
	script:
		'<script> is not allowed: guidance pages cannot run code (a chart is <TargetChart id="…" />, a figure <Figure id="…" period="…" />)',
	iframe: '<iframe> is not allowed: pages may not embed other sites; link to the page instead with [text](https://…)',
	embed: '<embed> is not allowed: pages may not embed other content; link to it instead with [text](https://…)',
	object: '<object> is not allowed: pages may not embed other content; link to it instead with [text](https://…)',
	style:
		'<style> is not allowed: the look of the site comes from the NHS.UK design system; use Markdown and the components',
	link: '<link> is not allowed: pages may not load styles or scripts',
	meta: '<meta> is not allowed: page details go in the front matter',
	form: '<form> is not allowed: pages hold guidance only',
};

/** Why an attribute is never allowed, on a component or anywhere else; undefined when it may be. */
function forbiddenAttribute(name: string): string | undefined {
	if (/^on/i.test(name))
		return `${name}= runs code when the reader clicks or loads the page, which is never allowed: delete it`;
	if (name === 'style')
		return 'style= is not allowed: the look of the site comes from the NHS.UK design system and the components; delete it';
	if (name === 'dangerouslySetInnerHTML') return `${name} is not allowed: write the text itself`;
	return undefined;
}

/** Checks a body: parses it, then checks its tree. */
export function checkMdxBody(page: MdxPage, context: MdxContext): Problem[] {
	const parsed = parseBody(page.body, page.bodyLine);
	if (!parsed.ok) {
		const { line, column, construct, message } = parsed.error;
		return [{ file: page.file, line: page.bodyLine + line - 1, column, field: construct, message }];
	}
	return checkMdxTree(page, parsed.tree, context);
}

/** What every visitor is given: the page, the project, the page's own heading ids, and where to report. */
interface Visit {
	page: MdxPage;
	context: MdxContext;
	/** The ids of the page's own headings, for links to `#id`. */
	ownHeadings: readonly string[];
	/** Records a problem at an offset of the body (turned into the file's line and column). */
	report: (offset: number, field: string, message: string) => void;
}

/** The node of a kind: `NodeOf<'link'>`. */
type NodeOf<T extends MdxNode['type']> = Extract<MdxNode, { type: T }>;

/** Checks a parsed body against the allow-list and the project; see the module comment. */
export function checkMdxTree(page: MdxPage, tree: Root, context: MdxContext): Problem[] {
	const problems: Problem[] = [];
	const report = (offset: number, field: string, message: string): void => {
		const point = pointOf(page.body, offset);
		problems.push({ file: page.file, line: page.bodyLine + point.line - 1, column: point.column, field, message });
	};
	const visit: Visit = { page, context, ownHeadings: headingIds(tree), report };
	walk(tree, (node) => visitNode(node, visit));
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Hands a node to the visitor of its kind; true to go on into its children. */
function visitNode(node: MdxNode, v: Visit): boolean {
	if (isElement(node)) return checkElement(node, v);
	switch (node.type) {
		case 'mdxjsEsm':
			return checkEsm(node, v);
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return checkExpression(node, v);
		case 'text':
			return checkStrayBraces(node, v);
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

/** Where a node starts in the body. */
function startOf(node: MdxNode): number {
	return node.position?.start.offset ?? 0;
}

// Code: import and export lines, {expressions}, stray braces.

/** An `import` or `export` line: never allowed. */
function checkEsm(node: NodeOf<'mdxjsEsm'>, v: Visit): boolean {
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
function checkExpression(node: NodeOf<'mdxFlowExpression' | 'mdxTextExpression'>, v: Visit): boolean {
	if (!isCommentOnly(node.value)) v.report(startOf(node), '{expression}', expressionMessage(node.value));
	return false;
}

/** Each `}` of a text without its `{` (an unescaped brace the parser let through). */
function checkStrayBraces(node: NodeOf<'text'>, v: Visit): boolean {
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
function checkFootnote(node: NodeOf<'footnoteReference' | 'footnoteDefinition'>, v: Visit): boolean {
	v.report(
		startOf(node),
		'footnote',
		'Markdown footnotes ([^1]) are not used on this site: cite a source in the front matter\'s sources, quote it with <Quote source="…">, or print a figure with <Figure />, which adds its own note',
	);
	return false;
}

/** Any other node: Markdown passes, anything else is named and its children skipped. */
function checkMarkdownNode(node: MdxNode, v: Visit): boolean {
	if (MARKDOWN_NODES.has(node.type)) return true;
	v.report(
		startOf(node),
		node.type,
		`${node.type} is not allowed in a guidance page: use Markdown or the components ${COMPONENT_LIST} (see CONTRIBUTING.md)`,
	);
	return false;
}

// Links: to https:, mailto: or an address of the site that exists, and its heading.

/** A link or a link definition. */
function checkLink(node: NodeOf<'link' | 'definition'>, v: Visit): boolean {
	const message = linkProblem(node.url, v);
	if (message) v.report(startOf(node), 'link', `(${node.url}) ${message}`);
	return true;
}

/** What is wrong with a link's address, or undefined when nothing is. */
function linkProblem(url: string, v: Visit): string | undefined {
	if (/^https:\/\/[^/\s]+/i.test(url)) return undefined;
	if (/^mailto:[^@\s]+@[^@\s]+$/i.test(url)) return undefined;
	if (/^http:\/\//i.test(url))
		return `http:// links are not allowed: use the secure address, ${url.replace(/^http:/i, 'https:')}, if the site has one`;
	if (/^javascript:/i.test(url))
		return 'javascript: links run code, which is never allowed: link to a page with https://… or /…';
	if (url.startsWith('//')) return `write the full address, https:${url}`;
	if (url.startsWith('#') || url.startsWith('/')) return internalLinkProblem(url, v);
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
	if (scheme)
		return `${scheme}: links are not allowed: only https://, mailto: and site addresses starting with / or # are`;
	return 'is not a full address: write https://… for another site, or a site address starting with / (for example /virtual-wards/funding/)';
}

/** What is wrong with a link within the site (`/path/#id` or `#id`). */
function internalLinkProblem(url: string, v: Visit): string | undefined {
	const hash = url.indexOf('#');
	const path = (hash >= 0 ? url.slice(0, hash) : url).replace(/\?.*$/, '');
	const fragment = hash >= 0 ? decodeURIComponent(url.slice(hash + 1)) : undefined;
	if (path === '') return ownHeadingProblem(fragment, v);
	if (!v.context.addresses.has(path)) return unknownAddressProblem(path, v);
	if (fragment === undefined || fragment === '') return undefined;
	const ids = path === v.page.address ? v.ownHeadings : v.context.headings.get(path);
	if (ids === undefined || ids.includes(fragment)) return undefined;
	return `${path} has no heading with the id "${fragment}"; its headings' ids are: ${ids.join(', ') || 'none'}`;
}

/** A link to `#id` on the page itself: the page has that heading. */
function ownHeadingProblem(fragment: string | undefined, v: Visit): string | undefined {
	if (fragment === undefined || fragment === '')
		return "is an empty link: write the heading's id after #, or delete the link";
	return v.ownHeadings.includes(fragment)
		? undefined
		: `this page has no heading with the id "${fragment}"; its headings' ids are: ${v.ownHeadings.join(', ') || 'none (the page has no headings)'}`;
}

/** A site address that no page has: a file of public/ is fine; a draft, a missing closing / or a dead link is named. */
function unknownAddressProblem(path: string, v: Visit): string | undefined {
	if (v.context.publicFiles?.has(path.slice(1))) return undefined;
	const draft = v.context.drafts.get(path);
	if (draft)
		return `${draft} is a draft (draft: true), and drafts are not published, so this link would be dead: link to it once it is published`;
	if (!path.endsWith('/') && v.context.addresses.has(`${path}/`))
		return `write ${path}/ with a closing /, as every address of the site ends`;
	return `no page of the site has the address ${path}: link to a page that exists (guidance pages are /<priority>/<file name>/, for example /virtual-wards/funding/)`;
}

// Images: files of public/, with alt text.

/** An image: its file, and its alt text. */
function checkImage(node: NodeOf<'image'>, v: Visit): boolean {
	const message = imageProblem(node.url, v);
	if (message) v.report(startOf(node), 'image', `(${node.url}) ${message}`);
	if (!(node.alt ?? '').trim()) {
		v.report(
			startOf(node),
			'image alt',
			'has no alt text: say what the image shows between the brackets, ![like this](/assets/images/file.png), so readers who cannot see it get the same information',
		);
	}
	return true;
}

/** An image written by reference (`![alt][name]`): its alt text. */
function checkImageReference(node: NodeOf<'imageReference'>, v: Visit): boolean {
	if (!(node.alt ?? '').trim())
		v.report(startOf(node), 'image alt', 'has no alt text: say what the image shows between the brackets ![…]');
	return true;
}

/** What is wrong with an image's address, or undefined when nothing is. */
function imageProblem(url: string, v: Visit): string | undefined {
	if (/^https?:\/\//i.test(url) || url.startsWith('//')) {
		return 'images must be files of this site (its security policy blocks images from other sites): put the file in public/assets/images/ and write ![what it shows](/assets/images/name.png)';
	}
	if (!url.startsWith('/'))
		return "write the image's address from the site root, for example /assets/images/name.png for public/assets/images/name.png";
	const file = decodeURIComponent(url.replace(/[?#].*$/, '').slice(1));
	if (v.context.publicFiles && !v.context.publicFiles.has(file))
		return `there is no file public/${file}: add the image to public/ or correct the address`;
	return undefined;
}

// Elements: fragments, HTML and the components.

/** A JSX element: a fragment, HTML, an unknown component, or one of MDX_COMPONENTS (then checked in full). */
function checkElement(node: MdxElement, v: Visit): boolean {
	const start = startOf(node);
	const name = node.name;
	if (name === null) {
		v.report(start, '<>', 'fragments <>…</> are not needed in a page: delete <> and </>');
		return true;
	}
	if (!/^[A-Z]/.test(name)) return checkHtml(node, name, start, v);
	if (!isComponentName(name)) {
		v.report(start, `<${name}>`, `unknown component <${name}>: allowed components are ${COMPONENT_LIST}`);
		return true;
	}
	checkComponent(node, name, start, v);
	return true;
}

/** Whether a tag names one of MDX_COMPONENTS. */
function isComponentName(name: string): name is MdxComponentName {
	return (MDX_COMPONENTS as readonly string[]).includes(name);
}

/** An HTML element: never used; a forbidden one (<script>, <iframe>, …) says why, and so does a dangerous attribute. */
function checkHtml(node: MdxElement, name: string, start: number, v: Visit): boolean {
	const forbidden = FORBIDDEN_HTML[name.toLowerCase()];
	if (forbidden) {
		v.report(start, `<${name}>`, forbidden);
		return false;
	}
	const dangerous = node.attributes.flatMap((a) =>
		a.type === 'mdxJsxAttribute' && forbiddenAttribute(a.name) ? [a] : [],
	);
	const first = dangerous[0];
	if (first) {
		v.report(
			attributeOffset(v.page.body, start, first.name),
			`<${name} ${first.name}>`,
			`${forbiddenAttribute(first.name) ?? ''}; and <${name}> is HTML, which guidance pages do not use: ${htmlAdvice(name)}`,
		);
	} else {
		v.report(start, `<${name}>`, `<${name}> is HTML, which guidance pages do not use: ${htmlAdvice(name)}`);
	}
	return true;
}

/** A use of a component: its attributes, its props against its schema, what they refer to, and its content. */
function checkComponent(node: MdxElement, name: MdxComponentName, start: number, v: Visit): void {
	const { props, reported } = readAttributes(node, name, start, v);
	const allowed = Object.keys(MDX_COMPONENT_PROPS[name].shape);
	// An unknown attribute is most likely the missing one misspelt: its message lists what the component takes.
	const misspelt = Object.keys(props).some((k) => !allowed.includes(k));
	if (!misspelt) checkMissingProps(name, props, reported, start, v);
	checkProps(name, props, { reported, misspelt }, start, v);
	checkContent(node, name, start, v);
}

/** An attribute of a tag written as name="value" or name={…} (not {…} alone). */
type JsxAttribute = Extract<MdxElement['attributes'][number], { type: 'mdxJsxAttribute' }>;

/**
 * The attributes written `name="value"`, as props; every other way of
 * writing one (code, no value, twice, a forbidden attribute) is reported,
 * and the attributes so reported are returned, so they are not reported again.
 */
function readAttributes(
	node: MdxElement,
	name: MdxComponentName,
	start: number,
	v: Visit,
): { props: Record<string, string>; reported: Set<string> } {
	const props: Record<string, string> = {};
	const reported = new Set<string>();
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			v.report(
				attributeOffset(v.page.body, start, null),
				`<${name} {${attribute.value}}>`,
				`{${attribute.value}} is code, which pages may not use: write each attribute as name="value"`,
			);
			continue;
		}
		const problem = attributeProblem(attribute, attribute.name in props);
		if (problem) {
			v.report(attributeOffset(v.page.body, start, attribute.name), `<${name} ${attribute.name}>`, problem.message);
			if (problem.final) reported.add(attribute.name);
		} else if (typeof attribute.value === 'string') {
			props[attribute.name] = attribute.value;
		}
	}
	return { props, reported };
}

/**
 * What is wrong with how an attribute is written (`given`: it was written
 * before), and whether that is all there is to say of it (`final`: its value
 * is not checked again); undefined when it is written name="value".
 */
function attributeProblem(attribute: JsxAttribute, given: boolean): { message: string; final: boolean } | undefined {
	const forbidden = forbiddenAttribute(attribute.name);
	if (forbidden) return { message: forbidden, final: true };
	if (attribute.value === null || attribute.value === undefined)
		return { message: `has no value: write ${attribute.name}="…" with the value in double quotes`, final: true };
	if (typeof attribute.value !== 'string') {
		const literal = plainValueOf(attribute.value.value);
		return {
			message: `${attribute.name}={${attribute.value.value}} is code, which pages may not use: ${literal === undefined ? `write ${attribute.name}="…" with plain text in double quotes` : `write ${attribute.name}="${literal}"`}`,
			final: true,
		};
	}
	if (given) return { message: `is written twice: keep one ${attribute.name}="…"`, final: false };
	return undefined;
}

/** The props a component takes, by name, with their schemas. */
function propShape(name: MdxComponentName): Record<string, z.ZodType> {
	return MDX_COMPONENT_PROPS[name].shape;
}

/** Each required prop that is not given (and not reported already), which is then counted as reported. */
function checkMissingProps(
	name: MdxComponentName,
	props: Record<string, string>,
	reported: Set<string>,
	start: number,
	v: Visit,
): void {
	for (const [key, schema] of Object.entries(propShape(name))) {
		if (key in props || reported.has(key) || schema.safeParse(undefined).success) continue;
		v.report(start, `<${name} ${key}>`, `is missing: <${name}> needs ${key}="…"${example(name)}`);
		reported.add(key);
	}
}

/** The props against the component's schema (each mistake at its attribute), then, when they pass, what they refer to. */
function checkProps(
	name: MdxComponentName,
	props: Record<string, string>,
	seen: { reported: ReadonlySet<string>; misspelt: boolean },
	start: number,
	v: Visit,
): void {
	const parsed = parseWithFriendlyErrors(MDX_COMPONENT_PROPS[name], props, v.page.file);
	if (parsed.ok) {
		checkReferences(name, parsed.data, start, v);
		return;
	}
	for (const issue of parsed.problems) {
		const unknown = /^unknown field "([^"]*)"/.exec(issue.message);
		if (unknown) reportUnknownAttribute(name, unknown[1] ?? '', issue.message, seen.reported, start, v);
		else reportPropProblem(name, issue, props, seen, start, v);
	}
}

/** An attribute the component does not take: the nearest one it does ("did you mean"), and the list. */
function reportUnknownAttribute(
	name: MdxComponentName,
	key: string,
	message: string,
	reported: ReadonlySet<string>,
	start: number,
	v: Visit,
): void {
	if (reported.has(key)) return;
	const near = /did you mean "([^"]*)"/.exec(message)?.[1];
	const allowed = Object.keys(propShape(name));
	v.report(
		attributeOffset(v.page.body, start, key),
		`<${name}>`,
		allowed.length === 0
			? `<${name}> takes no attributes: delete "${key}"`
			: `unknown attribute "${key}": ${near === undefined ? 'check the spelling;' : `did you mean "${near}"?`} <${name}> takes ${allowed.join(', ')}`,
	);
}

/** A prop's value that its schema rejects, at its attribute, with an example (unless reported already, or misspelt). */
function reportPropProblem(
	name: MdxComponentName,
	issue: Problem,
	props: Record<string, string>,
	seen: { reported: ReadonlySet<string>; misspelt: boolean },
	start: number,
	v: Visit,
): void {
	const attribute = issue.field.split(/[.[]/)[0] ?? '';
	if (seen.reported.has(attribute) || (seen.misspelt && !(attribute in props))) return;
	v.report(
		attributeOffset(v.page.body, start, attribute),
		`<${name} ${attribute}>`,
		`${issue.message}${issue.message.includes('for example') ? '' : example(name)}`,
	);
}

/** A component's content: text where it takes some, none where it does not. */
function checkContent(node: MdxElement, name: MdxComponentName, start: number, v: Visit): void {
	const hasContent = node.children.some((c) => c.type !== 'text' || c.value.trim() !== '');
	if (MDX_COMPONENT_HAS_CONTENT[name] && !hasContent) {
		v.report(
			start,
			`<${name}>`,
			`is empty: put the text between <${name}${name === 'Quote' ? ' source="…"' : ''}> and </${name}>`,
		);
	}
	if (!MDX_COMPONENT_HAS_CONTENT[name] && node.children.length > 0) {
		v.report(
			start,
			`<${name}>`,
			`takes no content: write it as one tag ending in />, for example ${name === 'Figure' ? '<Figure id="vw-capacity" period="2023-12" />' : '<TargetChart id="vw-40-50-per-100k" />'}`,
		);
	}
}

// References: what a component's props name exists in the project.

/** What a component's valid props refer to: a source, a dataset's figure, a chart. */
function checkReferences(
	name: MdxComponentName,
	props: Record<string, string | undefined>,
	start: number,
	v: Visit,
): void {
	if (name === 'Quote') checkQuoteSource(props['source'] ?? '', start, v);
	if (name === 'Figure') checkFigure(props, start, v);
	if (name === 'TargetChart') checkTargetChart(props['id'] ?? '', start, v);
}

/** `<Quote source>`: a source of data/sources.json. */
function checkQuoteSource(id: string, start: number, v: Visit): void {
	const missing = missingReference(id, v.context.sources, 'a source in data/sources.json', 'sources');
	if (missing !== undefined) v.report(attributeOffset(v.page.body, start, 'source'), '<Quote source>', missing);
}

/** `<Figure id period area>`: a dataset with a published figure for that area in that period. */
function checkFigure(props: Record<string, string | undefined>, start: number, v: Visit): void {
	const { id = '', period = '', area = ENGLAND } = props;
	const dataset = v.context.datasets.get(id);
	if (!dataset) {
		const missing = missingReference(id, v.context.datasetIds, 'a dataset', 'datasets');
		if (missing !== undefined) v.report(attributeOffset(v.page.body, start, 'id'), '<Figure id>', missing);
		return;
	}
	const published = observationsFor(dataset, area).filter((o) => o.value !== null);
	if (published.some((o) => o.period === period)) return;
	const where = area === ENGLAND ? 'England' : `area ${area}`;
	const periods = published.map((o) => o.period).join(', ') || 'none';
	v.report(
		attributeOffset(v.page.body, start, 'period'),
		'<Figure period>',
		`${dataset.id} has no published figure for ${where} in "${period}"; periods with a figure: ${periods}`,
	);
}

/** `<TargetChart id>`: a target measured by a dataset, or a dataset. */
function checkTargetChart(id: string, start: number, v: Visit): void {
	const { targets, datasets, targetIds, datasetIds } = v.context;
	const charted = [
		...[...targets.values()].filter((t) => t.dataset !== undefined).map((t) => t.id),
		...datasets.keys(),
	].sort();
	// An id whose entry is itself invalid, or that points into a file that cannot be read, is reported where it is.
	const unchecked =
		targetIds.unreadable ||
		datasetIds.unreadable ||
		(targetIds.ids.has(id) && !targets.has(id)) ||
		(datasetIds.ids.has(id) && !datasets.has(id));
	if (charted.includes(id) || unchecked) return;
	const why = targets.has(id)
		? `target "${id}" is not measured by a dataset, so it has no chart`
		: `"${id}" is not a target or a dataset`;
	v.report(
		attributeOffset(v.page.body, start, 'id'),
		'<TargetChart id>',
		`${why}: use the id of a target measured by a dataset, or of a dataset: ${charted.join(', ')}`,
	);
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

/** The plain text an attribute expression stands for, when it is a number or a quoted string: what to write in quotes instead. */
function plainValueOf(expression: string): string | undefined {
	const v = expression.trim();
	if (/^-?\d+(?:\.\d+)?$/.test(v)) return v;
	const quoted = /^(["'`])([^"'`{}$\\]*)\1$/.exec(v);
	return quoted?.[2];
}

/** ", for example <Name …/>": how to write a component, after a message about it. */
function example(name: MdxComponentName): string {
	switch (name) {
		case 'Quote':
			return ', for example <Quote source="projin-digital-maturity">exact words</Quote>';
		case 'Figure':
			return ', for example <Figure id="vw-capacity" period="2023-12" />';
		case 'TargetChart':
			return ', for example <TargetChart id="vw-40-50-per-100k" />';
		default:
			return '';
	}
}

/**
 * The offset of an attribute in the opening tag that starts at `start`
 * (satteri gives attributes no position), or of the first `{` attribute when
 * `name` is null; the tag's start when not found.
 */
export function attributeOffset(body: string, start: number, name: string | null): number {
	let quote = '';
	let depth = 0;
	for (let i = start + 1; i < body.length; i++) {
		const c = body[i];
		if (quote) {
			if (c === quote) quote = '';
			continue;
		}
		if (c === '"' || c === "'") {
			quote = c;
			continue;
		}
		if (c === '{') {
			if (depth === 0 && name === null && /\s/.test(body[i - 1] ?? '')) return i;
			depth++;
			continue;
		}
		if (c === '}') {
			depth--;
			continue;
		}
		if (depth > 0) continue;
		if (c === '>') break;
		if (
			name !== null &&
			/\s/.test(body[i - 1] ?? '') &&
			body.startsWith(name, i) &&
			/[\s=/>]/.test(body[i + name.length] ?? '')
		)
			return i;
	}
	return start;
}

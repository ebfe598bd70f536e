/**
 * The MDX check's visitors for elements: a fragment is not needed, HTML is
 * never used (a forbidden element or attribute says why), and a component
 * of MDX_COMPONENTS has its attributes, its props (against its schema in
 * src/schemas/mdx-components.ts), what they refer to and its content checked.
 */
import type { z } from 'zod';
import {
	MDX_COMPONENT_HAS_CONTENT,
	MDX_COMPONENT_PROPS,
	MDX_COMPONENTS,
	type MdxComponentName,
} from '../../schemas/mdx-components.ts';
import { parseWithFriendlyErrors } from '../problems/error-map.ts';
import type { Problem } from '../problems/problems.ts';
import { suggest } from '../problems/suggest.ts';
import { checkReferences, type ReferenceContext } from './check-references.ts';
import { htmlAdvice } from './parse.ts';
import type { MdxElement } from './tree.ts';
import { attributeOffset, startOf, type Visit } from './visit.ts';

/** The components an editor may use, as a message lists them. */
export const COMPONENT_LIST = MDX_COMPONENTS.join(', ');

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

/** A JSX element: a fragment, HTML, an unknown component, or one of MDX_COMPONENTS (then checked in full). */
export function checkElement(node: MdxElement, v: Visit<ReferenceContext>): boolean {
	const start = startOf(node);
	const name = node.name;
	if (name === null) {
		v.report(start, '<>', 'fragments <>…</> are not needed in a page: delete <> and </>');
		return true;
	}
	const near = isComponentName(name) || FORBIDDEN_HTML[name.toLowerCase()] ? undefined : suggest(name, MDX_COMPONENTS);
	if (near !== undefined) {
		const how = near.toLowerCase() === name.toLowerCase() ? ', with its capitals' : '';
		v.report(
			start,
			`<${name}>`,
			`unknown component <${name}>: did you mean <${near}>? Write its name as it is listed${how}: ${COMPONENT_LIST}`,
		);
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
function checkHtml(node: MdxElement, name: string, start: number, v: Visit<ReferenceContext>): boolean {
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
function checkComponent(node: MdxElement, name: MdxComponentName, start: number, v: Visit<ReferenceContext>): void {
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
	v: Visit<ReferenceContext>,
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
	v: Visit<ReferenceContext>,
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
	v: Visit<ReferenceContext>,
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
	v: Visit<ReferenceContext>,
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
	v: Visit<ReferenceContext>,
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
function checkContent(node: MdxElement, name: MdxComponentName, start: number, v: Visit<ReferenceContext>): void {
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
		case 'WarningCallout':
			return ': say what the warning is, for example <WarningCallout heading="No national money after March 2024">';
		default:
			return '';
	}
}

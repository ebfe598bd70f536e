/**
 * The static half of the Content-Security-Policy gate: finds what the policy
 * (no 'unsafe-inline') would block in a built page, and names the element,
 * so a fault is explained before the browser test reports the violation.
 * It also reads the page's <meta> policy, which must be the site's one.
 */
import { NodeType, parse } from 'node-html-parser';

/** `<script type>` values that are data, not code: CSP does not apply to them. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json', 'importmap', 'speculationrules']);

export interface InlineCode {
	/** What was found, for example `<script> without src` or `style attribute on <div>`. */
	what: string;
	/** The start of the offending markup. */
	extract: string;
}

const extractOf = (s: string) => s.replace(/\s+/g, ' ').slice(0, 100);

/** Inline scripts, inline styles, event handler attributes and javascript: URLs in a page. */
export function findInlineCode(html: string): InlineCode[] {
	const root = parse(html, { comment: false });
	const found: InlineCode[] = [];
	for (const el of root.querySelectorAll('script')) {
		const type = (el.getAttribute('type') ?? '').toLowerCase();
		if (el.hasAttribute('src') || DATA_SCRIPT_TYPES.has(type)) continue;
		found.push({ what: '<script> without src', extract: extractOf(el.outerHTML) });
	}
	for (const el of root.querySelectorAll('style')) {
		found.push({ what: '<style> element', extract: extractOf(el.outerHTML) });
	}
	for (const el of root.querySelectorAll('*')) {
		const tag = el.tagName.toLowerCase();
		for (const [name, value] of Object.entries(el.attributes)) {
			const attr = name.toLowerCase();
			if (attr === 'style')
				found.push({ what: `style attribute on <${tag}>`, extract: extractOf(`${name}="${value}"`) });
			else if (/^on[a-z]+$/.test(attr))
				found.push({ what: `event handler attribute ${attr} on <${tag}>`, extract: extractOf(`${name}="${value}"`) });
			else if (/^\s*javascript:/i.test(value))
				found.push({ what: `javascript: URL in ${attr} on <${tag}>`, extract: extractOf(value) });
		}
	}
	return found;
}

/** The content of every <meta http-equiv="Content-Security-Policy"> in the page's <head>. */
export function metaPolicies(html: string): string[] {
	const root = parse(html);
	return root
		.querySelectorAll('head meta[http-equiv]')
		.filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
		.map((m) => m.getAttribute('content') ?? '');
}

/**
 * True when the CSP <meta> comes before anything it must govern: a <meta>
 * policy applies only to what the parser meets after it.
 */
export function metaPolicyComesFirst(html: string): boolean {
	const head = parse(html).querySelector('head');
	if (!head) return false;
	for (const el of head.childNodes) {
		if (el.nodeType !== NodeType.ELEMENT_NODE) continue;
		const tag = el as ReturnType<typeof parse>;
		const name = tag.tagName.toLowerCase();
		if (name === 'meta' && tag.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy') return true;
		if (name === 'script' || name === 'style' || name === 'link' || name === 'base') return false;
	}
	return false;
}

/**
 * The link check: every internal link, fragment, image, stylesheet and script
 * referenced by the built site must resolve to a file in it. External links
 * are listed, never fetched; an external *resource* (an image, script,
 * stylesheet, font or frame from another origin) is a problem, because the
 * portal makes no third-party requests.
 *
 * Pure: it works on a map of dist/-relative paths to file contents.
 */
import { parse } from 'node-html-parser';
import { urlPathOf } from './routes.ts';

/** A reference found in a page or stylesheet. */
export interface Reference {
	/** The dist/-relative file it is in. */
	from: string;
	/** Where in the file: `<img src>`, `<a href>`, `url()` and so on. */
	where: string;
	url: string;
	/** A link is followed by the reader; a resource is fetched by the browser when the page loads. */
	kind: 'link' | 'resource';
}

export interface LinkProblem {
	from: string;
	where: string;
	url: string;
	problem: string;
}

export interface LinkReport {
	/** Every reference checked. */
	checked: number;
	problems: LinkProblem[];
	/** External links, sorted and without repeats: listed, not fetched. */
	external: string[];
}

/** `<link rel>` values that point the reader somewhere rather than load something. */
const NAVIGATIONAL_RELS = new Set([
	'canonical',
	'alternate',
	'author',
	'license',
	'help',
	'next',
	'prev',
	'me',
	'search',
]);

/** Attributes holding one URL, by element. */
const URL_ATTRIBUTES: [selector: string, attribute: string, kind: Reference['kind']][] = [
	['a', 'href', 'link'],
	['area', 'href', 'link'],
	['img', 'src', 'resource'],
	['script', 'src', 'resource'],
	['iframe', 'src', 'resource'],
	['source', 'src', 'resource'],
	['track', 'src', 'resource'],
	['video', 'src', 'resource'],
	['video', 'poster', 'resource'],
	['audio', 'src', 'resource'],
	['embed', 'src', 'resource'],
	['object', 'data', 'resource'],
	['input', 'src', 'resource'],
	['form', 'action', 'link'],
	['use', 'href', 'resource'],
	['image', 'href', 'resource'],
	['blockquote', 'cite', 'link'],
	['q', 'cite', 'link'],
];

/** The URLs of a srcset: "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
export function srcsetUrls(srcset: string): string[] {
	return srcset
		.split(',')
		.map((c) => c.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/** Every URL an HTML page refers to. */
export function htmlReferences(from: string, html: string): Reference[] {
	const root = parse(html);
	const refs: Reference[] = [];
	const add = (where: string, url: string | undefined, kind: Reference['kind']) => {
		if (url !== undefined) refs.push({ from, where, url: url.trim(), kind });
	};
	for (const [selector, attribute, kind] of URL_ATTRIBUTES) {
		for (const el of root.querySelectorAll(selector)) {
			add(`<${selector} ${attribute}>`, el.getAttribute(attribute), kind);
			if (selector === 'use' || selector === 'image')
				add(`<${selector} xlink:href>`, el.getAttribute('xlink:href'), kind);
		}
	}
	for (const el of root.querySelectorAll('img, source')) {
		const srcset = el.getAttribute('srcset');
		if (srcset) for (const url of srcsetUrls(srcset)) add(`<${el.tagName.toLowerCase()} srcset>`, url, 'resource');
	}
	for (const el of root.querySelectorAll('link')) {
		const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		add(
			`<link rel="${rels.join(' ')}">`,
			el.getAttribute('href'),
			rels.some((r) => NAVIGATIONAL_RELS.has(r)) ? 'link' : 'resource',
		);
	}
	for (const el of root.querySelectorAll('meta[http-equiv]')) {
		if (el.getAttribute('http-equiv')?.toLowerCase() !== 'refresh') continue;
		const url = /url\s*=\s*['"]?([^'"]+)/i.exec(el.getAttribute('content') ?? '')?.[1];
		add('<meta http-equiv="refresh">', url, 'link');
	}
	return refs;
}

/** Every URL a stylesheet refers to: url(...) and @import. */
export function cssReferences(from: string, css: string): Reference[] {
	const refs: Reference[] = [];
	for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/g)) {
		refs.push({ from, where: 'url()', url: (m[1] ?? m[2] ?? m[3] ?? '').trim(), kind: 'resource' });
	}
	for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
		refs.push({ from, where: '@import', url: m[1] ?? m[2] ?? '', kind: 'resource' });
	}
	return refs;
}

/** The ids a fragment can point at in a page: id attributes and <a name>. */
export function fragmentTargets(html: string): Set<string> {
	const root = parse(html);
	const ids = new Set<string>();
	for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
	for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
	return ids;
}

/** The dist/ file a URL path is served from, or undefined; "/a/" → "a/index.html". */
export function fileForPath(files: ReadonlySet<string>, path: string): string | undefined {
	const rel = path.replace(/^\//, '');
	if (rel === '' || rel.endsWith('/')) {
		const index = `${rel}index.html`;
		return files.has(index) ? index : undefined;
	}
	return files.has(rel) ? rel : undefined;
}

export interface CheckOptions {
	/** The site's public origin (astro.config `site`): absolute links to it are internal. */
	siteOrigin?: string | undefined;
}

/** Checks every reference of every HTML and CSS file in `files` (dist/-relative path → text). */
export function checkLinks(files: ReadonlyMap<string, string>, options: CheckOptions = {}): LinkReport {
	const names = new Set(files.keys());
	const base = 'http://site.invalid';
	const siteOrigin = options.siteOrigin ? new URL(options.siteOrigin).origin : undefined;
	const idsCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idsCache.get(file);
		if (!ids) {
			ids = fragmentTargets(files.get(file) ?? '');
			idsCache.set(file, ids);
		}
		return ids;
	};

	const refs: Reference[] = [];
	for (const [file, text] of files) {
		if (file.endsWith('.html')) refs.push(...htmlReferences(file, text));
		else if (file.endsWith('.css')) refs.push(...cssReferences(file, text));
	}

	const problems: LinkProblem[] = [];
	const external = new Set<string>();
	const report = (ref: Reference, problem: string) =>
		problems.push({ from: ref.from, where: ref.where, url: ref.url, problem });

	for (const ref of refs) {
		if (ref.url === '') {
			report(ref, 'empty URL');
			continue;
		}
		if (/^javascript:/i.test(ref.url)) {
			report(ref, 'javascript: URL (the Content-Security-Policy blocks it; use a real link or a button)');
			continue;
		}
		if (/^(data|blob):/i.test(ref.url)) continue;
		if (/^(mailto|tel|sms):/i.test(ref.url)) {
			external.add(ref.url);
			continue;
		}
		let url: URL;
		try {
			url = new URL(ref.url, new URL(urlPathOf(ref.from), base));
		} catch {
			report(ref, 'not a valid URL');
			continue;
		}
		const internal = url.origin === base || (siteOrigin !== undefined && url.origin === siteOrigin);
		if (!internal) {
			if (ref.kind === 'resource')
				report(ref, `loads a resource from another origin (${url.origin}): the portal makes no third-party requests`);
			else external.add(url.href);
			continue;
		}
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			report(ref, 'badly encoded path');
			continue;
		}
		const target = fileForPath(names, path);
		if (!target) {
			const withSlash = path.endsWith('/') ? undefined : fileForPath(names, `${path}/`);
			report(ref, withSlash ? `missing trailing slash: the page is ${path}/` : `no such file in dist: ${path}`);
			continue;
		}
		const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
		// "#" and "#top" scroll to the top of any HTML page (HTML standard, "scroll to the fragment").
		if (fragment && fragment.toLowerCase() !== 'top' && target.endsWith('.html') && !idsOf(target).has(fragment)) {
			report(ref, `no element with id "${fragment}" in ${target}`);
		}
	}
	return { checked: refs.length, problems, external: [...external].sort() };
}

/** One line per problem, for test output. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
	return problems.map((p) => `${p.from}: ${p.where} "${p.url}": ${p.problem}`).join('\n');
}

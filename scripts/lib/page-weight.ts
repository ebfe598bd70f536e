/**
 * What a built page costs a reader: the stylesheets and scripts it loads
 * (raw and gzipped, as a host would serve them), whether any script blocks
 * rendering, and the classes its HTML uses against those the CSS styles.
 * Used by the benchmark (scripts/bench-corpus.ts) and the CSS budget test.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageAssets {
	stylesheets: string[];
	scripts: string[];
	/** Classic scripts in <head> without defer or async: they stop the page rendering until fetched and run. */
	renderBlocking: string[];
}

const attr = (tag: string, name: string) =>
	new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(tag);
const attrValue = (tag: string, name: string) => {
	const m = attr(tag, name);
	return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

/** The stylesheets and external scripts an HTML page loads, as dist/-relative paths. */
export function pageAssets(html: string, htmlFile: string): PageAssets {
	const resolveHref = (href: string) =>
		href.startsWith('/') ? href.slice(1) : posix.join(posix.dirname(htmlFile), href);
	const stylesheets = [...html.matchAll(/<link\b[^>]*>/gi)]
		.map((m) => m[0])
		.filter((tag) => /\brel=["']?stylesheet/i.test(tag))
		.flatMap((tag) => attrValue(tag, 'href') ?? [])
		.map(resolveHref);
	const head = html.split(/<\/head>/i)[0] ?? '';
	const scripts: string[] = [];
	const renderBlocking: string[] = [];
	for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
		const tag = m[0];
		const src = attrValue(tag, 'src');
		if (src === undefined) continue;
		const file = resolveHref(src);
		scripts.push(file);
		const module = /type=["']?module/i.test(tag);
		if (head.includes(tag) && !module && !attr(tag, 'defer') && !attr(tag, 'async')) renderBlocking.push(file);
	}
	return { stylesheets, scripts, renderBlocking };
}

export interface PageWeight extends PageAssets {
	cssBytes: number;
	cssGzipBytes: number;
	jsBytes: number;
	jsGzipBytes: number;
}

/** The CSS and JS a page of `dist` loads, raw and gzipped (level 9, each file on its own). */
export function pageWeight(dist: string, htmlFile: string): PageWeight {
	const assets = pageAssets(readFileSync(join(dist, htmlFile), 'utf8'), htmlFile);
	const sum = (files: string[], gzip: boolean) =>
		files.reduce((n, f) => {
			const bytes = readFileSync(join(dist, f));
			return n + (gzip ? gzipSync(bytes, { level: 9 }).length : bytes.length);
		}, 0);
	return {
		...assets,
		cssBytes: sum(assets.stylesheets, false),
		cssGzipBytes: sum(assets.stylesheets, true),
		jsBytes: sum(assets.scripts, false),
		jsGzipBytes: sum(assets.scripts, true),
	};
}

/** Every class named in a stylesheet's selectors. */
export function cssClasses(css: string): Set<string> {
	// Strip strings, comments and url(...) first, where a dot is not a class.
	const selectors = css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/url\([^)]*\)/g, '')
		.replace(/"[^"]*"|'[^']*'/g, '""')
		.replace(/\{[^{}]*\}/g, '{}');
	return new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''));
}

/** Every class an HTML document's elements carry. */
export function htmlClasses(html: string): Set<string> {
	const out = new Set<string>();
	for (const m of html.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)')/g)) {
		for (const c of (m[1] ?? m[2] ?? '').split(/\s+/)) if (c) out.add(c);
	}
	return out;
}

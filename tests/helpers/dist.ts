/** Reading the built site in tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push(relative(dir, full).split(sep).join('/'));
		}
	};
	if (existsSync(dir)) walk(dir);
	return out;
}

/** Parses the HTML of a page by its URL path, for example "/virtual-wards/". */
export function page(dist: string, urlPath: string): HTMLElement {
	const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
	return parse(readFileSync(file, 'utf8'));
}

/** The visible text of an element with whitespace collapsed. */
export function text(el: HTMLElement | null | undefined): string {
	return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

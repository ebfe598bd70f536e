/** Reading the built site in tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Parses the HTML of a page by its URL path, for example "/virtual-wards/". */
export function page(dist: string, urlPath: string): HTMLElement {
	const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
	return parse(readFileSync(file, 'utf8'));
}

/** The visible text of an element with whitespace collapsed. */
export function text(el: HTMLElement | null | undefined): string {
	return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

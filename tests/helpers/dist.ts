/** Reading the built site in tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../../scripts/lib/project-copy.ts';

/** Parses the HTML of a page by its URL path, for example "/virtual-wards/". */
export function page(dist: string, urlPath: string): HTMLElement {
	const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
	return parse(readFileSync(file, 'utf8'));
}

/** The visible text of an element with whitespace collapsed. */
export function text(el: HTMLElement | null | undefined): string {
	return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Each file of `dist`, by its path in it, as lower-cased text; a gzip file (Pagefind's index) with its decompressed text too. */
export function distTexts(dist: string): Map<string, string> {
	return new Map(
		listFiles(dist).map((file) => {
			const bytes = readFileSync(join(dist, file));
			const parts = [bytes.toString('latin1')];
			if (bytes[0] === 0x1f && bytes[1] === 0x8b) parts.push(gunzipSync(bytes).toString('latin1'));
			return [file, parts.join('\n').toLowerCase()];
		}),
	);
}

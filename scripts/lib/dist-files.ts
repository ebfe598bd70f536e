/**
 * Reading a built site: its text files, and its public origin (from the home
 * page's canonical link), for the link checker (npm run check:links) and the
 * quality gates in tests/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { listFiles } from './project-copy.ts';

/** The text of every file under `dir` whose name passes `keep`, by dist/-relative path. */
export function readTextFiles(dir: string, keep: (file: string) => boolean): Map<string, string> {
	return new Map(
		listFiles(dir)
			.filter(keep)
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
	);
}

/** The site's public origin, from the home page's canonical link (absolute links to it are internal). */
export function siteOrigin(dist: string): string | undefined {
	const href = parse(readFileSync(join(dist, 'index.html'), 'utf8'))
		.querySelector('link[rel="canonical"]')
		?.getAttribute('href');
	return href ? new URL(href).origin : undefined;
}

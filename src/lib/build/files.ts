/**
 * The files of a folder on disk, as the build's steps list them: the pages
 * to mark (src/lib/build/mark-pages.ts), the search bundle to trim
 * (src/lib/search/index-site.ts) and the code to digest
 * (src/lib/pages/cache-key.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (at any depth), sorted, as paths relative to it with forward slashes; none if `dir` does not exist. */
export function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
		.sort();
}

/**
 * Shared by the quality gates: the page types of a built site (one page of
 * each route in src/pages, found from the routes, not from a list) and the
 * text files of a tree.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { emptyPageRoutes, pageTypes, routesOf, urlPathOf, type PageType } from '../../scripts/lib/routes.ts';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { ROOT } from './site.ts';

/** The HTML files of a built site, dist/-relative. */
export function htmlFiles(dist: string): string[] {
	return listFiles(dist).filter((f) => f.endsWith('.html'));
}

/** The page types of a built site: its HTML files grouped by the route file in src/pages that wrote them. */
export function sitePageTypes(dist: string, root = ROOT): { types: PageType[]; empty: string[] } {
	const routes = routesOf(listFiles(join(root, 'src/pages')));
	const types = pageTypes(routes, htmlFiles(dist));
	return { types, empty: emptyPageRoutes(routes, types) };
}

export interface PageSample {
	/** The route file in src/pages (or dist/<file> for HTML no route wrote). */
	route: string;
	/** The dist/-relative file. */
	file: string;
	/** The URL path it is served at. */
	path: string;
}

/**
 * One page of each page type: the largest file of the type, as the one with
 * the most content (components, tables, links) to check; ties go to the first by name.
 */
export function samplePages(dist: string, root = ROOT): PageSample[] {
	return sitePageTypes(dist, root).types.map(({ route, files }) => {
		let best = files[0] ?? '';
		let bestSize = -1;
		for (const file of files) {
			const size = statSync(join(dist, file)).size;
			if (size > bestSize) [best, bestSize] = [file, size];
		}
		return { route, file: best, path: urlPathOf(best) };
	});
}

/**
 * Those of `paths` that are not samplePages' samples: a browser test that checks
 * pages the page-type gates (tests/e2e/page-types.test.ts) may already check
 * at both widths runs on these only.
 */
export function unsampled(dist: string, paths: readonly string[]): string[] {
	const sampled = new Set(samplePages(dist).map((s) => s.path));
	return paths.filter((p) => !sampled.has(p));
}

// Reading a built site's files lives with the link checker, which the command uses too.
export { readTextFiles, siteOrigin } from '../../scripts/lib/dist-files.ts';

/** The fixture site with one of every fault the gates look for. */
export const BROKEN_SITE = join(ROOT, 'tests/fixtures/broken-site');

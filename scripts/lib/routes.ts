/**
 * Page types from the routes: maps each route file in src/pages to the files
 * it writes into dist/ (with `build.format: 'directory'`), so the quality
 * gates can group the built pages by the route that produced them and test
 * one page of each type. A route added by anyone is covered by the gates the
 * moment it exists, with no list to update.
 */

/** One route file of src/pages. */
export interface Route {
	/** The file, relative to src/pages, for example "[priority]/[slug].astro". */
	file: string;
	/** Pages write HTML; endpoints (.ts, .js) write the file they are named after. */
	kind: 'page' | 'endpoint';
	/** Matches the dist/-relative paths this route writes. */
	output: RegExp;
	/** How specific each segment is (0 static, 1 parameter, 2 rest parameter), to order overlapping routes. */
	rank: number[];
}

const PAGE_EXTENSIONS = ['.astro', '.md', '.mdx', '.html'];
const ENDPOINT_EXTENSIONS = ['.ts', '.js', '.mts', '.mjs'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A segment's regex and rank: "[slug]" → [^/]+, "[...rest]" → anything, "[id].csv" → [^/]+\.csv. */
function segment(part: string): { source: string; rank: number; rest: boolean } {
	if (/^\[\.\.\.[^\]]+\]$/.test(part)) return { source: '(?:.+/)?', rank: 2, rest: true };
	let source = '';
	let rank = 0;
	for (const piece of part.split(/(\[[^\]]+\])/)) {
		if (piece === '') continue;
		if (piece.startsWith('[...')) {
			source += '.*';
			rank = 2;
		} else if (piece.startsWith('[')) {
			source += '[^/]+';
			rank = Math.max(rank, 1);
		} else source += escape(piece);
	}
	return { source, rank, rest: false };
}

/**
 * The route of a file in src/pages, or undefined for files Astro does not
 * route (names starting with "_", and anything that is not a page or an endpoint).
 */
export function routeOf(file: string): Route | undefined {
	const parts = file.split('/');
	if (parts.some((p) => p.startsWith('_'))) return undefined;
	const name = parts.pop() ?? '';
	const pageExt = PAGE_EXTENSIONS.find((e) => name.endsWith(e));
	const endpointExt = ENDPOINT_EXTENSIONS.find((e) => name.endsWith(e) && !name.endsWith(`.d${e}`));
	if (!pageExt && !endpointExt) return undefined;
	const base = name.slice(0, name.length - (pageExt ?? endpointExt ?? '').length);
	const kind = pageExt ? 'page' : 'endpoint';

	// Error pages are written as 404.html and 500.html, not 404/index.html.
	if (kind === 'page' && parts.length === 0 && /^(404|500)$/.test(base)) {
		return { file, kind, output: new RegExp(`^${base}\\.html$`), rank: [0] };
	}
	const segments = [...parts];
	if (kind === 'endpoint' || base !== 'index') segments.push(base);
	const pieces = segments.map(segment);
	let source = '';
	pieces.forEach((p, i) => {
		source += p.source;
		const last = i === pieces.length - 1;
		if (!p.rest && !(kind === 'endpoint' && last)) source += '/';
	});
	if (kind === 'page') source += 'index\\.html';
	return { file, kind, output: new RegExp(`^${source}$`), rank: pieces.map((p) => p.rank) };
}

/** Static segments win over parameters, and parameters over rest parameters, at the first place they differ. */
function moreSpecific(a: Route, b: Route): number {
	for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
		const d = (a.rank[i] ?? -1) - (b.rank[i] ?? -1);
		if (d !== 0) return d;
	}
	return a.file.localeCompare(b.file);
}

/** The routes of the files of src/pages, most specific first. */
export function routesOf(pageFiles: readonly string[]): Route[] {
	return pageFiles.flatMap((f) => routeOf(f) ?? []).sort(moreSpecific);
}

/** The route that wrote a dist/ file: the most specific route whose output matches. */
export function routeForOutput(routes: readonly Route[], distFile: string): Route | undefined {
	return routes.find((r) => r.output.test(distFile));
}

/** A page type: a route and the HTML files it wrote. */
export interface PageType {
	/** The route file, or "dist/<file>" for an HTML file no route wrote (one copied from public/). */
	route: string;
	files: string[];
}

/** Groups dist/ HTML files by the route that wrote them; files no route wrote are a type each. */
export function pageTypes(routes: readonly Route[], htmlFiles: readonly string[]): PageType[] {
	const groups = new Map<string, string[]>();
	for (const file of [...htmlFiles].sort()) {
		const key = routeForOutput(routes, file)?.file ?? `dist/${file}`;
		groups.set(key, [...(groups.get(key) ?? []), file]);
	}
	return [...groups].map(([route, files]) => ({ route, files })).sort((a, b) => a.route.localeCompare(b.route));
}

/** Routes that are pages but wrote no HTML file (for example a dynamic route with nothing to list yet). */
export function emptyPageRoutes(routes: readonly Route[], types: readonly PageType[]): string[] {
	const seen = new Set(types.map((t) => t.route));
	return routes.filter((r) => r.kind === 'page' && !seen.has(r.file)).map((r) => r.file);
}

/** The URL path a dist/ HTML file is served at: "a/index.html" → "/a/", "404.html" → "/404.html". */
export function urlPathOf(distFile: string): string {
	if (distFile === 'index.html') return '/';
	if (distFile.endsWith('/index.html')) return `/${distFile.slice(0, -'index.html'.length)}`;
	return `/${distFile}`;
}

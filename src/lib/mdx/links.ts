/**
 * The site addresses a page body links to, with where each link is, and those
 * that are guidance pages: what the
 * content check's advice on links to withdrawn pages reads
 * (src/lib/content-check/lifecycle-warnings.ts). Only Markdown links and
 * link definitions that start with "/" (the check's links rules say what else
 * a link may be). Pure.
 */
import { guidanceHref, withoutBase } from '../routes.ts';
import { parseBody, pointOf } from './parse.ts';
import { walk } from './tree.ts';
import { startOf } from './visit.ts';

/** A link to an address of the site: the address without its fragment or query, and its line and column in the file. */
export interface SiteLink {
	url: string;
	path: string;
	line: number;
	column: number;
}

/** The links of `body` (which starts on line `bodyLine` of its file) to site addresses; none when it does not parse (the check reports that). */
export function siteLinksIn(body: string, bodyLine: number): SiteLink[] {
	const parsed = parseBody(body, bodyLine);
	if (!parsed.ok) return [];
	const links: SiteLink[] = [];
	walk(parsed.tree, (node) => {
		if ((node.type !== 'link' && node.type !== 'definition') || !node.url.startsWith('/') || node.url.startsWith('//'))
			return;
		const point = pointOf(body, startOf(node));
		links.push({
			url: node.url,
			path: node.url.replace(/[?#].*$/, ''),
			line: bodyLine + point.line - 1,
			column: point.column,
		});
	});
	return links;
}

/** The links of `body` to the guidance pages of `ids` ("<priority>/<file name>"), each with the id it links to. */
export function linksToPages(body: string, bodyLine: number, ids: Iterable<string>): (SiteLink & { id: string })[] {
	const byAddress = new Map<string, string>();
	for (const id of ids) {
		const [priority = '', slug = ''] = id.split('/');
		byAddress.set(withoutBase(guidanceHref(priority, slug)), id);
	}
	if (byAddress.size === 0) return [];
	return siteLinksIn(body, bodyLine).flatMap((link) => {
		const id = byAddress.get(link.path);
		return id === undefined ? [] : [{ ...link, id }];
	});
}

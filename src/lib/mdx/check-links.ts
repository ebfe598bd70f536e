/**
 * The MDX check's visitors for links and images: a link goes to https:,
 * mailto: or an address of the site that exists (and to a heading it has);
 * an image is a file of public/ and has alt text.
 */
import { suggest, suggestMoved } from '../problems/suggest.ts';
import { textOf } from './tree.ts';
import { startOf, type NodeOf, type Visit } from './visit.ts';

/** What links and images are checked against. */
export interface LinkContext {
	/** Every address the build writes (src/lib/routes.ts, siteAddresses), plus those of pages whose front matter is invalid. */
	addresses: ReadonlySet<string>;
	/** Draft pages (not built): address → file, so a link to one says why it is dead. */
	drafts: ReadonlyMap<string, string>;
	/** Pages waiting for their publishFrom date (not built yet): address → file and date, so a link to one says when it works. */
	scheduled?: ReadonlyMap<string, { file: string; publishFrom: string }> | undefined;
	/** The heading ids of every guidance page, by its address. */
	headings: ReadonlyMap<string, readonly string[]>;
	/** The files of public/ ("assets/images/map.png"); undefined when not known (images are then not looked up). */
	publicFiles: ReadonlySet<string> | undefined;
}

/** A link or a link definition. */
export function checkLink(node: NodeOf<'link' | 'definition'>, v: Visit<LinkContext>): boolean {
	const message = linkProblem(node.url, v);
	if (message) v.report(startOf(node), 'link', `(${shortUrl(node.url)}) ${message}`);
	else if (node.type === 'link' && textOf(node).trim() === '' && !node.children.some((c) => c.type === 'image'))
		v.report(
			startOf(node),
			'link',
			`(${shortUrl(node.url)}) has no words, so a reader cannot see or hear where it goes: write them between the brackets, [like this](${shortUrl(node.url)})`,
		);
	return true;
}

/** An address as a message quotes it: cut at 80 characters (a pasted image can be megabytes of data: address). */
function shortUrl(url: string): string {
	return url.length > 80 ? `${url.slice(0, 60)}… (${String(url.length)} characters)` : url;
}

/** What is wrong with a link's address, or undefined when nothing is. */
function linkProblem(url: string, v: Visit<LinkContext>): string | undefined {
	if (/^https:\/\/[^/\s]+/i.test(url)) return undefined;
	if (/^mailto:[^@\s]+@[^@\s]+$/i.test(url)) return undefined;
	if (/^http:\/\//i.test(url))
		return `http:// links are not allowed: use the secure address, ${url.replace(/^http:/i, 'https:')}, if the site has one`;
	if (/^mailto:/i.test(url))
		return `a mailto: link needs one whole email address, with an @ and no spaces: for example mailto:england.digital@nhs.net`;
	if (/^javascript:/i.test(url))
		return 'javascript: links run code, which is never allowed: link to a page with https://… or /…';
	if (url.startsWith('//')) return `write the full address, https:${url}`;
	if (url.startsWith('#') || url.startsWith('/')) return internalLinkProblem(url, v);
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
	if (scheme)
		return `${scheme}: links are not allowed: only https://, mailto: and site addresses starting with / or # are`;
	const page = /^(?:\.\.?\/)*(?:content\/)?([a-z0-9-]+\/[a-z0-9-]+)\.mdx$/i.exec(url)?.[1]?.toLowerCase();
	if (page !== undefined && v.context.addresses.has(`/${page}/`))
		return `is the page's file: link to its address, /${page}/`;
	return 'is not a full address: write https://… for another site, or a site address starting with / (for example /virtual-wards/funding/)';
}

/** What is wrong with a link within the site (`/path/#id` or `#id`). */
function internalLinkProblem(url: string, v: Visit<LinkContext>): string | undefined {
	const hash = url.indexOf('#');
	const path = (hash >= 0 ? url.slice(0, hash) : url).replace(/\?.*$/, '');
	const fragment = hash >= 0 ? decodeURIComponent(url.slice(hash + 1)) : undefined;
	if (path === '') return ownHeadingProblem(fragment, v);
	if (!v.context.addresses.has(path)) return unknownAddressProblem(path, v);
	if (fragment === undefined || fragment === '') return undefined;
	const ids = path === v.page.address ? v.ownHeadings : v.context.headings.get(path);
	if (ids === undefined || ids.includes(fragment)) return undefined;
	return missingIdProblem(path, fragment, ids);
}

/** A fragment no id of the page has: the nearest id when one is near, else the page's ids (at most eight, so the message stays short). */
function missingIdProblem(page: string, fragment: string, ids: readonly string[]): string {
	const near = suggest(fragment, ids);
	if (near !== undefined) return `${page} has no heading with the id "${fragment}": did you mean "${near}"?`;
	const listed = ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${String(ids.length - 8)} more` : ids.join(', ');
	return `${page} has no heading with the id "${fragment}"; its headings' ids are: ${listed || 'none'}`;
}

/** A link to `#id` on the page itself: the page has that heading. */
function ownHeadingProblem(fragment: string | undefined, v: Visit<LinkContext>): string | undefined {
	if (fragment === undefined || fragment === '')
		return "is an empty link: write the heading's id after #, or delete the link";
	if (v.ownHeadings.includes(fragment)) return undefined;
	return v.ownHeadings.length === 0
		? `this page has no heading with the id "${fragment}": it has no headings`
		: missingIdProblem('this page', fragment, v.ownHeadings);
}

/** A site address that no page has: a file of public/ is fine; a draft, a missing closing / or a dead link is named. */
function unknownAddressProblem(path: string, v: Visit<LinkContext>): string | undefined {
	if (v.context.publicFiles?.has(path.slice(1))) return undefined;
	const draft = v.context.drafts.get(path);
	if (draft)
		return `${draft} is a draft (draft: true), and drafts are not published, so this link would be dead: link to it once it is published`;
	const waiting = v.context.scheduled?.get(path);
	if (waiting)
		return `${waiting.file} is not published until its publishFrom date, ${waiting.publishFrom}, so this link would be dead until then: add the link on or after that day`;
	if (!path.endsWith('/') && v.context.addresses.has(`${path}/`))
		return `write ${path}/ with a closing /, as every address of the site ends`;
	const page = /^\/?(?:content\/)?([a-z0-9-]+\/[a-z0-9-]+)\.mdx$/i.exec(path)?.[1];
	if (page !== undefined && v.context.addresses.has(`/${page.toLowerCase()}/`))
		return `is the page's file: link to its address, /${page.toLowerCase()}/`;
	const lower = `${path.toLowerCase()}${path.endsWith('/') ? '' : '/'}`;
	if (lower !== path && v.context.addresses.has(lower)) return `write the address in lower case, as ${lower}`;
	const near = suggest(path, v.context.addresses) ?? suggestMoved(path, v.context.addresses);
	if (near !== undefined) return `no page of the site has the address ${path}: did you mean ${near}?`;
	// An example of the same kind of address (a target's, a dataset's), else of a guidance page.
	const folder = /^\/[^/]+\//.exec(path)?.[0];
	const sibling = [...v.context.addresses]
		.sort()
		.find((a) => folder !== undefined && a.startsWith(folder) && a !== folder);
	return `no page of the site has the address ${path}: link to a page that exists (for example ${sibling ?? '/virtual-wards/funding/'})`;
}

/** An image: its file, and its alt text. */
export function checkImage(node: NodeOf<'image'>, v: Visit<LinkContext>): boolean {
	const message = imageProblem(node.url, v);
	if (message) v.report(startOf(node), 'image', `(${shortUrl(node.url)}) ${message}`);
	if (!(node.alt ?? '').trim()) {
		v.report(
			startOf(node),
			'image alt',
			'has no alt text: say what the image shows between the brackets, ![like this](/assets/images/file.png), so readers who cannot see it get the same information',
		);
	}
	return true;
}

/** An image written by reference (`![alt][name]`): its alt text. */
export function checkImageReference(node: NodeOf<'imageReference'>, v: Visit<LinkContext>): boolean {
	if (!(node.alt ?? '').trim())
		v.report(startOf(node), 'image alt', 'has no alt text: say what the image shows between the brackets ![…]');
	return true;
}

/** What is wrong with an image's address, or undefined when nothing is. */
function imageProblem(url: string, v: Visit<LinkContext>): string | undefined {
	if (/^data:/i.test(url))
		return 'is the image itself pasted as text: save it as a file in public/assets/images/ and write ![what it shows](/assets/images/name.png)';
	if (/^https?:\/\//i.test(url) || url.startsWith('//')) {
		return 'images must be files of this site (its security policy blocks images from other sites): put the file in public/assets/images/ and write ![what it shows](/assets/images/name.png)';
	}
	if (!url.startsWith('/'))
		return "write the image's address from the site root, for example /assets/images/name.png for public/assets/images/name.png";
	const file = decodeURIComponent(url.replace(/[?#].*$/, '').slice(1));
	if (v.context.publicFiles && !v.context.publicFiles.has(file)) {
		const sameButCase = [...v.context.publicFiles].find((f) => f.toLowerCase() === file.toLowerCase());
		if (sameButCase)
			return `there is no file public/${file}, but there is public/${sameButCase}: write the address in the same case, /${sameButCase}`;
		return `there is no file public/${file}: add the image to public/ or correct the address`;
	}
	return undefined;
}

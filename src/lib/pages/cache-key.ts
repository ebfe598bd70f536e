/**
 * The `cacheKey` of every page and file the build writes, for Astro's
 * incremental build (`experimental.incrementalBuild`, astro.config.mjs). A
 * later build skips a page, and copies the HTML it kept from the build before
 * (in node_modules/.astro/dist/), when the page's key and the hash of its
 * modules are what they were. A key must therefore change whenever anything
 * the page prints may change, and Astro's module hash covers only the
 * page's own module graph (not the data store, not astro.config.mjs, not the
 * CSS pruning, which reads every template): a stale page is a worse bug than
 * a slow rebuild, so the key is conservative.
 *
 * A key is the digest of what every page may print, {@link siteDigest}, and
 * what its route adds ({@link pageCacheKey}; a route declares it in
 * src/lib/routes/list.ts, `cacheKey`: a guidance page's own file). The site's
 * digest covers:
 * - every collection as the Site holds it (priorities, targets, datasets with
 *   their observations, sources, systems, the glossary, editions,
 *   commitments, {@link SITE_INPUTS}; what the code derives from them needs no
 *   hashing, {@link SITE_DERIVED}) and the publishing date, with each built guidance
 *   page's front matter but not its body (navigation, related pages, the
 *   A to Z and the crumbs print other pages' front matter; only a page's own
 *   route prints its body);
 * - the publisher (src/config/publisher.ts);
 * - the build's environment that changes output ({@link KEY_ENVIRONMENT});
 * - the code: {@link codeDigest} of src/, astro.config.mjs, the lockfile and the map's boundaries,
 *   given to the build as PORTAL_CODE_DIGEST (src/integrations/incremental.ts).
 *
 * So an edit to one page's body re-renders that page only; an edit to its
 * front matter, to any data file or to the code re-renders every page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHER } from '../../config/publisher.ts';
import { filesUnder } from '../build/files.ts';
import type { Site } from './site.ts';

/** The variables of the build's environment that change what pages print (src/config/, src/styles/prune.ts), and the code's digest. */
export const KEY_ENVIRONMENT = [
	'BASE_PATH',
	'SITE_URL',
	'REPOSITORY_URL',
	'REVIEW_AS_OF',
	'PUBLISH_AS_OF',
	'PORTAL_PRUNE_CSS',
	'PORTAL_CODE_DIGEST',
] as const;

/** The variable the build is given the code's digest in (src/integrations/incremental.ts). */
export const CODE_DIGEST_VARIABLE = 'PORTAL_CODE_DIGEST';

/** Bump when what a key covers changes, so that no key of an older build can match. */
const KEY_VERSION = 1;

/** A guidance entry as the key reads it: Astro's entries carry the digest of their file (front matter and body). */
interface KeyedEntry {
	id: string;
	data: unknown;
	digest?: string | undefined;
	body?: string | undefined;
}

/** Whether `value` is a collection entry (it has an id, data and one of an entry's other fields). */
function isEntry(value: object): value is KeyedEntry & { collection?: string; filePath?: string } {
	return 'id' in value && 'data' in value && ('collection' in value || 'body' in value || 'digest' in value);
}

/**
 * `value` as JSON that is the same for the same content: object keys sorted,
 * Maps and Sets as their entries, functions as their source, and a
 * collection entry as its id, file and front matter (never its body or
 * rendered HTML, which only its own page prints).
 */
export function stableJson(value: unknown): string {
	return (
		JSON.stringify(value, function (this: unknown, _key: string, v: unknown): unknown {
			if (typeof v === 'function') return `function:${String(v)}`;
			if (typeof v === 'bigint') return `bigint:${String(v)}`;
			if (v instanceof Map) return { $map: [...v.entries()] };
			if (v instanceof Set) return { $set: [...v.values()] };
			if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return v;
			const source: object = isEntry(v) ? { id: v.id, filePath: v.filePath, data: v.data } : v;
			return Object.fromEntries(
				Object.entries(source)
					.filter(([, x]) => x !== undefined)
					.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
			);
		}) ?? 'undefined'
	);
}

/** The sha256 of `value`'s {@link stableJson}, in hex. */
export function digestOf(value: unknown): string {
	return createHash('sha256').update(stableJson(value)).digest('hex');
}

/** The variables of {@link KEY_ENVIRONMENT} that `env` sets. */
export function keyEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
	return Object.fromEntries(KEY_ENVIRONMENT.flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]]])));
}

/**
 * The fields of a Site that are read from the collections and the build's
 * dates: the site's digest covers these.
 */
export const SITE_INPUTS = [
	'priorities',
	'guidance',
	'withdrawn',
	'publishedOn',
	'targets',
	'datasets',
	'sources',
	'systems',
	'glossary',
	'editions',
	'commitments',
] as const satisfies readonly (keyof Site)[];

/**
 * The fields of a Site derived from {@link SITE_INPUTS} by the code (whose
 * digest the key has) or from a module Astro hashes itself (the map, from
 * data/boundaries/, also in the code's digest): hashing them again would only
 * cost time. Every field of a Site is in one list or the other
 * (tests/unit/pages/cache-key.test.ts), so a new field needs a decision.
 */
export const SITE_DERIVED = [
	'targetsById',
	'targetsByPriority',
	'progress',
	'charts',
	'systemsData',
	'map',
	'traces',
] as const satisfies readonly (keyof Site)[];

const siteDigests = new WeakMap<Site, string>();

/** The digest of everything any page may print but a guidance page's body (see the module comment); computed once per Site and environment. */
export function siteDigest(site: Site, env: Readonly<Record<string, string | undefined>> = process.env): string {
	const environment = keyEnvironment(env);
	const memo = env === process.env ? siteDigests.get(site) : undefined;
	if (memo !== undefined) return memo;
	const inputs = Object.fromEntries(SITE_INPUTS.map((field) => [field, site[field]]));
	const digest = digestOf({ version: KEY_VERSION, environment, publisher: PUBLISHER, site: inputs });
	if (env === process.env) siteDigests.set(site, digest);
	return digest;
}

/** The digest of one guidance page's own file, front matter and body: Astro's `digest` of the file, else the digest of both. */
export function entryDigest(entry: KeyedEntry): string {
	return entry.digest ?? digestOf({ data: entry.data, body: entry.body ?? null });
}

/** A page's key: the site's digest, and what its route adds (src/lib/routes/list.ts, `cacheKey`), if anything. */
export function pageCacheKey(site: string, own: string | undefined): string {
	return own === undefined ? site : `${site}:${own}`;
}

/** The files and folders of the project whose text is the code that writes the site. */
export const CODE_PATHS = [
	'src',
	'astro.config.mjs',
	'package.json',
	'package-lock.json',
	'tsconfig.json',
	// The map's boundaries: imported as a module by src/queries.ts, so code as far as a build is concerned.
	'data/boundaries',
] as const;

/** The files of `path` (a file or a folder of the project at `root`), sorted, as paths relative to `root`. */
function codeFiles(root: string, path: string): string[] {
	const full = join(root, path);
	if (!existsSync(full)) return [];
	return statSync(full).isDirectory() ? filesUnder(full).map((f) => `${path}/${f}`) : [path];
}

/**
 * The digest of the code of the project at `root` ({@link CODE_PATHS}): each
 * file's path and bytes. Any change to the code, a template, a style or a
 * dependency re-renders every page.
 */
export function codeDigest(root: string): string {
	const hash = createHash('sha256');
	for (const file of CODE_PATHS.flatMap((p) => codeFiles(root, p)))
		hash
			.update(`${file}\n`)
			.update(readFileSync(join(root, file)))
			.update('\n');
	return hash.digest('hex');
}

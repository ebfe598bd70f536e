/**
 * Where the site is published and the date it judges review dates against:
 * set once, here, from the build's environment.
 *
 * - The **base path** (`BASE_PATH=/planning-guidance/ npm run build`) is
 *   Astro's `base`: astro.config.mjs reads it with {@link basePathFromEnv} and
 *   every address of src/lib/routes.ts gets it through {@link withBase}
 *   ({@link BASE_PATH}: "/" when BASE_PATH is not set, as in tests, the
 *   content check and scripts).
 * - The **site URL** (`SITE_URL`) is the public origin: canonical links,
 *   Open Graph, the feed, the calendar and the sitemap put it before an address.
 * - The **review date** ("is this page past its next review?") is never the
 *   machine's clock, so that two builds of the same input are the same: it is
 *   `REVIEW_AS_OF` (YYYY-MM-DD) when set, otherwise the latest "as of" date of
 *   the datasets (src/lib/model/review.ts).
 * - The **publishing date** (is a page's `publishFrom` day here? may a change
 *   note or a withdrawal carry this date?) is the same reproducible date,
 *   unless `PUBLISH_AS_OF` (YYYY-MM-DD) is set: the workflows set it to the
 *   day of the run in London, so a page goes public on its day.
 */

/** The public address when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'https://planning-guidance.example.nhs.uk';

/** "planning-guidance", "/planning-guidance", "/planning-guidance/" → "/planning-guidance/"; "" or undefined → "/". */
export function normaliseBase(base: string | undefined): string {
	const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base path the build was asked for (`BASE_PATH`), normalised: for astro.config.mjs. */
export function basePathFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string {
	return normaliseBase(env['BASE_PATH']);
}

/** The site URL the build was asked for (`SITE_URL`), or the default: for astro.config.mjs. */
export function siteUrlFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string {
	return env['SITE_URL'] ?? DEFAULT_SITE_URL;
}

/** The build's environment; empty where there is none (a browser). */
const buildEnv: Readonly<Record<string, string | undefined>> = typeof process === 'undefined' ? {} : process.env;

/**
 * The base path of this build: "/" or "/planning-guidance/" (always with both
 * slashes). Read from BASE_PATH, as astro.config.mjs reads it for Astro's
 * `base`, rather than from `import.meta.env.BASE_URL`: Astro lets a BASE_URL
 * variable in the environment (which test runners and CI systems set) override
 * that value, so it could disagree with the base the assets were built for.
 */
export const BASE_PATH: string = basePathFromEnv(buildEnv);

/** The site's public origin (Astro's `site`, from SITE_URL), as a URL. */
export const SITE_URL: URL = new URL(siteUrlFromEnv(buildEnv));

/** A site-relative address ("/virtual-wards/") under `base`: "/planning-guidance/virtual-wards/". */
export function withBase(path: string, base: string = BASE_PATH): string {
	if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
	return `${base.slice(0, -1)}${path}`;
}

/** The date in the variable `name` (YYYY-MM-DD), or undefined when it is not set; a value that is not a date throws, naming the variable. */
function dateFromEnv(name: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
	const value = env[name]?.trim();
	if (value === undefined || value === '') return undefined;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
		throw new Error(`${name}: "${value}" is not a date: write it as YYYY-MM-DD, for example 2026-11-30`);
	}
	return value;
}

/** The review date set for the build (`REVIEW_AS_OF`, YYYY-MM-DD), or undefined to use the datasets' latest as-of date. */
export function reviewAsOfFromEnv(env: Readonly<Record<string, string | undefined>> = buildEnv): string | undefined {
	return dateFromEnv('REVIEW_AS_OF', env);
}

/** The publishing date set for the build (`PUBLISH_AS_OF`, YYYY-MM-DD), or undefined to use the review date. */
export function publishAsOfFromEnv(env: Readonly<Record<string, string | undefined>> = buildEnv): string | undefined {
	return dateFromEnv('PUBLISH_AS_OF', env);
}

/** The review date this build was given (REVIEW_AS_OF), if any: guidance pages and the content check judge "past its next review" against it. */
export const REVIEW_AS_OF: string | undefined = reviewAsOfFromEnv();

/** The publishing date this build was given (PUBLISH_AS_OF), if any: pages whose `publishFrom` is after it are not built. */
export const PUBLISH_AS_OF: string | undefined = publishAsOfFromEnv();

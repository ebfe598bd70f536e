/**
 * A chart drawn once is never drawn again for the same inputs: the SVG is
 * kept on disk, keyed by a hash of everything that decides its bytes (the
 * chart.js configuration with its callbacks' source, the render options,
 * the font, the versions of chart.js and @napi-rs/canvas, and the source of
 * src/charts/ itself), so a rebuild after changing one page reuses every
 * chart whose data did not change. Any change to an input gives a new key:
 * a stale chart can never be served, and a warm build writes the same bytes
 * as a cold one.
 *
 * The cache lives beside Astro's own (node_modules/.astro/portal-charts/,
 * cleared with it); set PORTAL_CHART_CACHE to another folder, or to "off".
 * Each file is written to a temporary name and renamed, so a build that is
 * interrupted never leaves half a chart to be read by the next one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/** Bump when the cache's layout or the meaning of its key changes. */
const CACHE_VERSION = 1;

/** The cache folder for a project run from `cwd` (undefined when caching is off). */
export function chartCacheDir(cwd = process.cwd(), env = process.env): string | undefined {
	const setting = env.PORTAL_CHART_CACHE;
	if (setting === 'off') return undefined;
	return setting && setting !== '' ? setting : join(cwd, 'node_modules', '.astro', 'portal-charts');
}

/** JSON with functions written as their source, so a changed callback changes the key. */
export function stableText(value: unknown): string {
	return (
		JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? `function:${String(v)}` : v)) ?? 'undefined'
	);
}

const packageVersion = (name: string): string => {
	try {
		const require = createRequire(join(process.cwd(), 'package.json'));
		return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
	} catch {
		return 'unknown';
	}
};

/** What every chart's bytes depend on besides its own configuration: computed once per process. */
let environmentDigest: string | undefined;
function environment(fontFile: string): string {
	if (environmentDigest) return environmentDigest;
	const hash = createHash('sha256').update(`v${CACHE_VERSION}\n`);
	hash.update(`chart.js ${packageVersion('chart.js')}\n@napi-rs/canvas ${packageVersion('@napi-rs/canvas')}\n`);
	hash.update(readFileSync(fontFile));
	// The renderer's own source (src/charts/*.ts, found beside the font): a change to how charts are drawn redraws them all.
	const source = dirname(dirname(fontFile));
	for (const file of readdirSync(source)
		.filter((f) => f.endsWith('.ts'))
		.sort())
		hash.update(`${file}\n`).update(readFileSync(join(source, file)));
	environmentDigest = hash.digest('hex');
	return environmentDigest;
}

/** The cache key of one chart. */
export function chartKey(config: unknown, options: unknown, fontFile: string): string {
	return createHash('sha256')
		.update(environment(fontFile))
		.update(stableText(config))
		.update(stableText(options))
		.digest('hex');
}

/** The cached SVG for `key`, or the result of `render`, stored for next time (in `dir`; false: no cache). */
export function cachedChart(key: string, render: () => string, dir: string | false = chartCacheDir() ?? false): string {
	if (!dir) return render();
	const file = join(dir, `${key}.svg`);
	try {
		return readFileSync(file, 'utf8');
	} catch {
		// Not cached yet (or unreadable): draw it.
	}
	const svg = render();
	try {
		mkdirSync(dir, { recursive: true });
		const partial = `${file}.${process.pid}.partial`;
		writeFileSync(partial, svg);
		renameSync(partial, file);
	} catch {
		// A read-only or missing node_modules/ only costs the next build a redraw.
	}
	return svg;
}

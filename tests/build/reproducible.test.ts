/**
 * Gates: reproducible builds, a warm rebuild that writes what a cold build
 * writes (issue 12), and incremental rebuilds (issue 20), in one sequence
 * of three builds of one copy.
 *
 * Reproducible: a copy of the project with empty build caches, edited as
 * the edited variant is (tests/build/variants.ts: pages added, a page
 * renamed with its links, a priority added in data, a dataset's figure
 * changed), is built from its own
 * folder (so absolute paths differ) and in another time zone (so local dates
 * and "today" would show), and by a plain `astro build`, which finishes the
 * site inside Astro's process (src/integrations/finish.ts). It must write
 * byte-identical files to the edited variant's build, made by `npm run build`
 * (scripts/build.ts, which finishes it after Astro's process) in another
 * folder, in the UK: the test compares the sha256 of every file. (Caches reused from a build are the warm
 * rebuild's part, below.)
 *
 * Warm rebuild: the editor then undoes every one of those edits, pages and
 * data, and builds again in the same copy, which reuses the caches the first
 * build left in its node_modules/ (Astro's content store, the chart cache).
 * It must write byte-identical files to the real site's build in
 * .tmp/site-dist (made by tests/build/setup.ts before any test, from the
 * empty caches of a clean clone, and only ever read, so the comparison is
 * safe in any test order). Also checks the caches were there to be reused,
 * and that the staging folder of the atomic output did not stop them being kept.
 * Since the edits changed data (the dataset's figure among them), that warm
 * rebuild is also issue 20's rebuild after a data edit: it renders every keyed
 * page again, and the pages and files that print the figure show it.
 *
 * Incremental rebuild after a page edit (issue 20), in the same copy, from
 * the caches of the build before: a sentence added to one page's body renders
 * that page only (Astro's log lists every other keyed page as restored, and
 * the abbreviation pass parses only it) and changes no other file but the
 * search index.
 *
 *   npx vitest run --project build tests/build/reproducible.test.ts
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldProjectCopy } from '../../scripts/lib/project-copy.ts';
import { generatedPages, type GeneratedPages } from '../../scripts/lib/build-log.ts';
import { diffTrees, hashTree, withoutExcluded, type TreeDiff } from '../../scripts/lib/tree-hash.ts';
import { ROUTES } from '../../src/lib/routes/list.ts';
import { buildSite, removeCopy, ROOT, SITE_DIST, type BuildResult } from '../helpers/site.ts';
import { applyEdits, EDITED_ENV, EDITED_FIGURE, editedSite, PRINTING_EDITED_FIGURE } from './variants.ts';

/**
 * Files left out of the reproducibility comparison, each with the reason.
 * Empty: every file of dist/ must be reproducible. Add an entry only for
 * output that cannot be made deterministic, and say why.
 */
const EXCLUSIONS: { pattern: RegExp; reason: string }[] = [];

/** The charts that plot the edited figure (the dataset's and its target's), which the warm rebuild draws again when it is put back. */
const DRAWN_FOR_FIGURE = ['charts/vw-capacity.svg', 'charts/vw-10000-beds.svg'] as const;
/** Every file that prints or plots the edited figure. */
const FIGURE_FILES = [...PRINTING_EDITED_FIGURE, ...DRAWN_FOR_FIGURE];

let warmCopy = '';
const builds: Record<'first' | 'warm', BuildResult | undefined> = { first: undefined, warm: undefined };
let reproduced: TreeDiff;
let compared = 0;
let rebuilt: TreeDiff;
let charts: { first: Map<string, number>; warm: Map<string, number> };
/** The files that print or plot the edited figure, as the first build and the warm rebuild wrote them. */
const printing: Record<'first' | 'warm', Map<string, string>> = { first: new Map(), warm: new Map() };
/** The text of `files` in the copy's dist/ ('' for a file it does not have). */
const readDist = (files: readonly string[]) => {
	const dist = join(warmCopy, 'dist');
	return new Map(files.map((f) => [f, existsSync(join(dist, f)) ? readFileSync(join(dist, f), 'utf8') : '']));
};
/** Whether `text` shows `figure` ("12,345"), as a page prints it or as a CSV or JSON file writes it (12345). */
const showsFigure = (text: string | undefined, figure: string) =>
	(text ?? '').replaceAll(figure.replace(',', ''), figure).includes(figure);

/** The chart cache's files and their modification times. */
const chartCache = (dir: string) => {
	const folder = join(dir, 'node_modules/.astro/portal-charts');
	return new Map(existsSync(folder) ? readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]) : []);
};

/** Builds the project at `dir` into its dist/ by a plain `astro build`, with the time zone set to `tz` and `env` added. */
function buildInTimeZone(dir: string, tz: string, env: Readonly<Record<string, string>>): BuildResult {
	const saved = process.env.TZ;
	process.env.TZ = tz;
	try {
		return buildSite(dir, join(dir, 'dist'), env, 'astro build');
	} finally {
		if (saved === undefined) delete process.env.TZ;
		else process.env.TZ = saved;
	}
}

/** Undoes every edit of applyEdits: the copy's content/ and data/ become the project's again. */
function undoEdits(dir: string): void {
	for (const folder of ['content', 'data']) {
		rmSync(join(dir, folder), { recursive: true });
		cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
	}
}

beforeAll(() => {
	const edited = editedSite();
	warmCopy = coldProjectCopy('reproducible');
	applyEdits(warmCopy);
	// Kiritimati is UTC+14: a build there is on another calendar day than one in the UK for most of the day.
	builds.first = buildInTimeZone(warmCopy, 'Pacific/Kiritimati', EDITED_ENV);
	const a = withoutExcluded(hashTree(edited.dist), EXCLUSIONS);
	const b = withoutExcluded(hashTree(join(warmCopy, 'dist')), EXCLUSIONS);
	compared = a.size;
	reproduced = diffTrees(a, b);
	printing.first = readDist(FIGURE_FILES);

	const first = chartCache(warmCopy);
	undoEdits(warmCopy);
	builds.warm = buildSite(warmCopy, join(warmCopy, 'dist'));
	charts = { first, warm: chartCache(warmCopy) };
	printing.warm = readDist(FIGURE_FILES);
	rebuilt = diffTrees(hashTree(join(warmCopy, 'dist')), hashTree(SITE_DIST));
});

afterAll(() => {
	removeCopy(warmCopy);
});

describe('reproducible builds', () => {
	it('builds the same tree a second time, elsewhere, from empty caches, in another time zone and by the other command', () => {
		expect(editedSite().build.status, editedSite().build.output).toBe(0);
		expect(builds.first?.status, builds.first?.output).toBe(0);
		expect(compared).toBeGreaterThan(0);
		// `npm run build` hands the finishing steps over; a plain `astro build` runs them itself.
		const handOver = 'npm run build finishes the site once this process ends';
		expect(editedSite().build.output).toContain(handOver);
		expect(builds.first?.output).not.toContain(handOver);
		expect(builds.first?.output).toContain('[portal:finish] published');
	});

	it('writes byte-identical files', () => {
		if (EXCLUSIONS.length > 0)
			console.log(`not compared:\n${EXCLUSIONS.map((e) => `  ${e.pattern}: ${e.reason}`).join('\n')}`);
		const lines = [
			...reproduced.different.map((f) => `differs: ${f}`),
			...reproduced.onlyInA.map((f) => `only in the first build: ${f}`),
			...reproduced.onlyInB.map((f) => `only in the second build: ${f}`),
		];
		expect(
			lines,
			`${lines.length} of ${compared} files are not reproducible (compare the edited variant's dist/ with a fresh build):\n${lines.join('\n')}`,
		).toEqual([]);
	});
});

describe('a rebuild after changing pages and data', () => {
	it('builds twice without an error', () => {
		for (const [name, build] of Object.entries(builds))
			expect(build?.status, `${name} build:\n${build?.output.slice(-3000)}`).toBe(0);
	});

	it('kept the caches of the first build for the second: the content store and every chart', () => {
		expect(existsSync(join(warmCopy, 'node_modules/.astro/data-store.json'))).toBe(true);
		// Astro's incremental build: the manifest of every page's key, and the copy of each page it rendered.
		expect(existsSync(join(warmCopy, 'node_modules/.astro/incremental-build.json'))).toBe(true);
		expect(existsSync(join(warmCopy, 'node_modules/.astro/dist', EDITED_PAGE.built))).toBe(true);
		expect(charts.first.size).toBeGreaterThan(0);
		// Undoing the edits rewrites no chart the first build drew; it draws only those of the figure put back.
		expect(new Map([...charts.warm].filter(([f]) => charts.first.has(f)))).toEqual(charts.first);
		expect([...charts.warm.keys()].filter((f) => !charts.first.has(f)).length).toBe(DRAWN_FOR_FIGURE.length);
		for (const file of DRAWN_FOR_FIGURE) expect(printing.warm.get(file), file).not.toBe(printing.first.get(file));
	});

	it('writes the same files, byte for byte, as a cold build of the same tree', () => {
		expect(rebuilt).toEqual({ onlyInA: [], onlyInB: [], different: [] });
	});

	it('renders every keyed page again after the data edits, and every page and file that prints the figure shows it', () => {
		expect(generatedPages(builds.warm?.output ?? '').reused).toEqual([]);
		for (const file of PRINTING_EDITED_FIGURE) {
			expect(showsFigure(printing.first.get(file), EDITED_FIGURE.shown), `${file}, edited`).toBe(true);
			expect(showsFigure(printing.warm.get(file), EDITED_FIGURE.shownBefore), `${file}, put back`).toBe(true);
			expect(showsFigure(printing.warm.get(file), EDITED_FIGURE.shown), `${file}, put back`).toBe(false);
		}
	});
});

/** The page whose body the incremental rebuild changes, its built file, and the sentence added to it. */
const EDITED_PAGE = { file: 'content/virtual-wards/funding.mdx', built: '/virtual-wards/funding/index.html' };
const ADDED_SENTENCE = 'This sentence was added by the incremental rebuild test.';
/** The files of the routes with no getStaticPaths (so no cacheKey), which every build renders: "/about/" → "/about/index.html". */
const UNKEYED = new Set(
	Object.values(ROUTES)
		.filter((r) => !r.file.includes('['))
		.map((r) => {
			const href = (r.href as (key: Record<string, never>) => string)({});
			return href.endsWith('/') ? `${href}index.html` : href;
		}),
);

/** The abbreviation pass's count of pages it parsed (the others it marked from the last build's marks). */
const parsedByAbbreviations = (output: string) =>
	/abbreviations marked on \d+ pages \(\d+ from the last build's, (\d+) parsed\)/.exec(output)?.[1];

/**
 * The incremental rebuild: how it went, what Astro's log says it generated,
 * how its files differ from the cold build of the real site, and the text of
 * the files `keep` names.
 */
interface Step {
	build: BuildResult;
	pages: GeneratedPages;
	diff: TreeDiff;
	kept: Map<string, string>;
}
let pageEdit: Step | undefined;
const step = (keep: readonly string[] = []): Step => {
	const dist = join(warmCopy, 'dist');
	const build = buildSite(warmCopy, dist);
	const kept = readDist(keep);
	return { build, pages: generatedPages(build.output), diff: diffTrees(hashTree(dist), hashTree(SITE_DIST)), kept };
};
const built = (s: Step | undefined): Step => {
	expect(s?.build.status, s?.build.output.slice(-3000)).toBe(0);
	if (!s) throw new Error('not built');
	return s;
};

describe('an incremental rebuild after one page body changed', () => {
	beforeAll(() => {
		writeFileSync(
			join(warmCopy, EDITED_PAGE.file),
			`${readFileSync(join(ROOT, EDITED_PAGE.file), 'utf8')}\n${ADDED_SENTENCE}\n`,
		);
		pageEdit = step([EDITED_PAGE.built]);
	});

	it('renders that page only, and gives every other page with a cacheKey from the cache', () => {
		const { pages } = built(pageEdit);
		expect(pages.rendered.filter((p) => !UNKEYED.has(p))).toEqual([EDITED_PAGE.built]);
		expect(pages.reused.length).toBeGreaterThan(200);
		expect(parsedByAbbreviations(built(pageEdit).build.output)).toBe('1');
	});

	it('writes the edited page, and every other file but the search index byte for byte as the cold build', () => {
		const { diff } = built(pageEdit);
		expect(built(pageEdit).kept.get(EDITED_PAGE.built)).toContain(ADDED_SENTENCE);
		expect(diff.onlyInA.filter((f) => !f.startsWith('pagefind/'))).toEqual([]);
		expect(diff.onlyInB.filter((f) => !f.startsWith('pagefind/'))).toEqual([]);
		expect(diff.different.filter((f) => !f.startsWith('pagefind/'))).toEqual([EDITED_PAGE.built.slice(1)]);
	});
});

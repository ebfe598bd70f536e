/**
 * What the scale benchmark (scripts/bench-corpus.ts) measures, as data: the
 * measuring (measure.ts) fills these in, the budgets (budgets.ts) and the
 * report (report.ts) read them and nothing else.
 */
import type { PageWeight } from '../page-weight.ts';
import type { PeakMemory } from '../process-tree.ts';
import type { SearchFileKind } from '../search-bytes.ts';

export type { PeakMemory };

/** One `astro build`, timed, with what it wrote. */
export interface BuildFigures {
	/** The build's name in the report: "baseline", "portal (run 2 of 3)", … */
	name: string;
	/** Wall time from start to exit. */
	seconds: number;
	/** CPU seconds (user + system) of the build and the processes it waited for, where GNU time measured them. */
	cpuSeconds?: number | undefined;
	/** Peak memory of the build. */
	memory: PeakMemory;
	/** HTML files in its dist. */
	htmlFiles: number;
	/** Bytes and files of its dist. */
	distBytes: number;
	distFiles: number;
	/** Bytes and files of its search index (dist/pagefind). */
	indexBytes: number;
	indexFiles: number;
	/** The load average before and after the build ("1.20, 0.90, 0.80 → 2.10, 1.10, 0.90"). */
	load: string;
	/** The build's log file. */
	log: string;
	/** Where the build's time went, from its log: Astro's and Vite's phases and Pagefind. */
	phases: string;
	/** For a warm rebuild: the pages and files it rendered, and those Astro's incremental cache gave unchanged (its log). */
	generated?: { rendered: number; reused: number } | undefined;
}

/** Bytes fetched: decoded (as the browser holds them) and, where measured, as transferred (compressed, as served). */
export interface FetchedBytes {
	decoded: number;
	transfer?: number;
}

/** The kinds of file a search fetches: pagefind.js, its worker and WebAssembly, the metadata, index chunks, fragments, filters, the vocabulary. */
export type { SearchFileKind };

/** A first search query on the portal's build (scripts/bench-search.ts), the largest of its queries. */
export interface SearchFigures {
	/** bench-search's Markdown, without its heading. */
	table: string;
	/** The search files (dist/pagefind/) of the query that fetched most of them. */
	search: FetchedBytes;
	/** Everything the page of the query that fetched most fetched (page, CSS, script, search). */
	all: FetchedBytes;
	/** The search files by kind, where measured, of the query that fetched most search files (decoded). */
	byKind?: Partial<Record<SearchFileKind, FetchedBytes>>;
}

/** The HTML of the corpus's guidance pages in the portal's build, in bytes. */
export interface GuidanceHtml {
	mean: number;
	max: number;
	count: number;
}

/** The smaller builds of a run with --fit: the corpus size and the baseline's and portal's cold builds at it. */
export interface SplitBuilds {
	pages: number;
	baseline?: BuildFigures | undefined;
	portal?: BuildFigures | undefined;
}

/** Everything one run measured. */
export interface CorpusRun {
	/** The number of guidance pages in the corpus. */
	pages: number;
	/** The real site's build (--real). */
	real?: BuildFigures | undefined;
	/** Every baseline build, and every cold portal build, in the order they ran (--repeat). */
	baselineRuns: readonly BuildFigures[];
	portalRuns: readonly BuildFigures[];
	/** The fastest of each: the figures the budgets use. */
	baseline?: BuildFigures | undefined;
	cold?: BuildFigures | undefined;
	/** The portal rebuilt after one page changed. */
	warm?: BuildFigures | undefined;
	/** The portal rebuilt after that, with one figure of a dataset changed. */
	warmData?: BuildFigures | undefined;
	/** The corpus's guidance pages in the portal's build. */
	guidanceHtml: GuidanceHtml;
	/** What one guidance page of the portal loads. */
	weight?: PageWeight | undefined;
	/** A first search query on the portal. */
	search?: SearchFigures | undefined;
	/** The baseline and the portal built at a second corpus size (--fit M), for the fixed cost and the cost per page. */
	split?: SplitBuilds | undefined;
}

/** A budget of the issue, evaluated on one run. */
export interface Budget {
	/** What the budget says. */
	what: string;
	/** The issue that set it. */
	issue: number;
	/** This run's figure, written out. */
	figure: string;
	/** Whether this run meets it; undefined when it cannot tell. */
	met: boolean | undefined;
	/** When the budget is set for another page count than this run's. */
	note?: string | undefined;
}

/** Where and how the run was made, as the report's first lines say it. */
export interface RunContext {
	startedAt: Date;
	cores: number;
	cpu: string;
	/** The machine's memory, in bytes. */
	memoryBytes: number;
	/** Node's version, "v24.21.0". */
	node: string;
	/** The short commit, and whether src/, scripts/ or the config had uncommitted changes. */
	commit: string;
	dirty: boolean;
	/** The load average at the start. */
	loadBefore: string;
	/** The command's arguments, as given. */
	args: readonly string[];
	/** How many times baseline and portal were built in turn. */
	repeat: number;
	/** Whether the portal's cold build ran under --cpu-prof. */
	profiled: boolean;
}

/** The corpus, as the report describes it. */
export interface CorpusFacts {
	pages: number;
	seed: number;
	/** Words in the pages' bodies, all pages together. */
	words: number;
	/** The first 16 hex digits of the sha256 of every page's path and text. */
	hash: string;
}

/**
 * The scale benchmark (issues 12 and 20). From one synthetic corpus of N guidance
 * pages (scripts/lib/corpus.ts), in one run:
 *
 * 1. builds a minimal Astro + MDX baseline site (scripts/lib/baseline.ts: one
 *    layout, one collection, Pagefind), the yardstick;
 * 2. builds the portal with the corpus as its content/ (cold: empty caches);
 * 3. changes one page and builds the portal again (warm: Astro's content
 *    store and the chart cache from step 2);
 * 4. measures search on the portal's build (scripts/bench-search.ts);
 *
 * and prints, for BENCHMARKS.md, each build's time, CPU time (GNU time's
 * user + system, Pagefind's and the Sass compiler's included), peak RSS (of
 * its largest process and, sampled from /proc on Linux, of its whole process
 * tree, with what ran at the tree's peak) and size, the portal's time and CPU
 * time as ratios to the baseline's, the HTML of a guidance page, the CSS and
 * JS a guidance page loads (gzipped), the bytes of a first search query
 * (decoded and as transferred, by kind of search file), the warm rebuild's
 * time, and every budget (scripts/lib/bench/budgets.ts), marked met or not;
 * one set for another page count than N is noted as such.
 *
 *   npm run bench:corpus -- --pages 1000
 *   node scripts/bench-corpus.ts [--pages N] [--fit M] [--seed N] [--repeat N] [--profile] [--real] [--skip-baseline] [--skip-warm] [--skip-search] [--keep]
 *
 * --profile runs the portal's and the baseline's first cold builds under
 * `node --cpu-prof` (slower: their times are then not comparable) and prints
 * each one's top functions by self time, to set the phases side by side.
 * --real also builds the real site, for the fixed cost of a build.
 * --repeat N builds the baseline and the portal in turn N times, each cold,
 * and compares the fastest of each: on a shared machine, load comes and goes.
 * --fit M builds the baseline and the portal again, cold, at M pages: the
 * report then gives each one's fixed seconds and seconds per page, wall and
 * CPU (scripts/lib/bench/split.ts).
 *
 * Each build runs in a copy in .tmp/ with its own empty caches; the corpus is
 * written only there, never into content/. Times depend on the machine's
 * load: the load average is printed with each build, and only rows of one
 * run should be compared. At 1,000 pages a run takes a few minutes on 2 cores.
 *
 * This file only reads the command line and the corpus and joins the parts:
 * scripts/lib/bench/measure.ts builds and measures, budgets.ts holds the
 * budgets and judges the run, report.ts writes the Markdown.
 */
import { readProjectFiles } from '../src/integrations/content-check.ts';
import { formatProblems } from '../src/lib/problems/problems.ts';
import { checkProject } from '../src/lib/content-check/project.ts';
import { evaluateBudgets } from './lib/bench/budgets.ts';
import type { CorpusRun } from './lib/bench/figures.ts';
import { corpusFacts, runContext, runCorpusBenchmark, runSplitBuilds } from './lib/bench/measure.ts';
import { parseBenchOptions, type BenchOptions } from './lib/bench/options.ts';
import { formatReport } from './lib/bench/report.ts';
import { corpusDataFiles, corpusProject, generateCorpus } from './lib/corpus.ts';
import { ROOT } from './lib/project-copy.ts';

/** The builds at the second corpus size (--fit M), its corpus checked like the first; undefined without --fit. */
async function splitBuilds(options: BenchOptions): Promise<CorpusRun['split']> {
	if (options.fitPages === undefined) return undefined;
	const small = generateCorpus(files, { count: options.fitPages, seed: options.seed });
	const checked = checkProject(corpusProject(files, small));
	if (checked.problems.length > 0) {
		console.error(`the ${options.fitPages}-page corpus fails the content check:\n${formatProblems(checked.problems)}`);
		process.exit(1);
	}
	return runSplitBuilds(options, small, corpusDataFiles(files));
}

const args = process.argv.slice(2);
let options: BenchOptions;
try {
	options = parseBenchOptions(args);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}

// The corpus, checked before anything is built: every page must pass the content check.
const files = readProjectFiles(ROOT);
const corpus = generateCorpus(files, { count: options.pages, seed: options.seed });
const { problems } = checkProject(corpusProject(files, corpus));
if (problems.length > 0) {
	console.error(`the generated corpus fails the content check:\n${formatProblems(problems)}`);
	process.exit(1);
}

const context = runContext({ args, repeat: options.repeat, profiled: options.profile });
const { run, profile } = await runCorpusBenchmark(options, corpus, corpusDataFiles(files));
run.split = await splitBuilds(options);
console.log(
	formatReport({ context, corpus: corpusFacts(corpus, options.seed), run, budgets: evaluateBudgets(run), profile }),
);

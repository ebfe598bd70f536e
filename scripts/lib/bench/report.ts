/**
 * The scale benchmark's report: the Markdown section for BENCHMARKS.md, from
 * a run's figures and the budgets' verdicts. Pure: no clock, no machine, no
 * files; everything it prints is in its input.
 */
import type { Budget, BuildFigures, CorpusFacts, CorpusRun, RunContext } from './figures.ts';
import { splitSection } from './split.ts';
import { kb, mb, seconds, thousands } from './units.ts';

/** Everything the report prints. */
export interface CorpusReport {
	context: RunContext;
	corpus: CorpusFacts;
	run: CorpusRun;
	budgets: readonly Budget[];
	/** The profiles' Markdown (--profile), or ''. */
	profile: string;
}

/** One column of the builds table. */
interface Column {
	header: string;
	/** The Markdown alignment row's cell: '---' or '---:'. */
	align: string;
	cell(build: BuildFigures): string;
}

const peak = (bytes: number | undefined) => (bytes === undefined ? '?' : mb(bytes));

/** The builds table's columns; the whole tree's peak memory only when some build measured it. */
export function buildColumns(builds: readonly BuildFigures[]): Column[] {
	const tree = builds.some((b) => b.memory.processTree !== undefined);
	const cpu = builds.some((b) => b.cpuSeconds !== undefined);
	return [
		{ header: 'build', align: '---', cell: (b) => b.name },
		{ header: 'time', align: '---:', cell: (b) => seconds(b.seconds) },
		...(cpu
			? [
					{
						header: 'CPU time',
						align: '---:',
						cell: (b: BuildFigures) => (b.cpuSeconds === undefined ? '?' : seconds(b.cpuSeconds)),
					},
				]
			: []),
		{ header: "of which (from the build's log)", align: '---', cell: (b) => b.phases || '?' },
		{
			header: tree ? 'peak RSS, largest process' : 'peak RSS',
			align: '---:',
			cell: (b) => peak(b.memory.largestProcess),
		},
		...(tree
			? [{ header: 'peak RSS, whole tree', align: '---:', cell: (b: BuildFigures) => peak(b.memory.processTree) }]
			: []),
		{ header: 'HTML files', align: '---:', cell: (b) => thousands(b.htmlFiles) },
		{ header: 'dist', align: '---:', cell: (b) => `${mb(b.distBytes)} (${thousands(b.distFiles)} files)` },
		{ header: 'search index', align: '---:', cell: (b) => `${kb(b.indexBytes)} (${thousands(b.indexFiles)} files)` },
		{ header: 'load average (1, 5, 15 min) before → after', align: '---', cell: (b) => b.load },
	];
}

const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** The builds table, one row per build in the order given. */
export function buildsTable(builds: readonly BuildFigures[]): string {
	const columns = buildColumns(builds);
	return [
		tableRow(columns.map((c) => c.header)),
		tableRow(columns.map((c) => c.align)),
		...builds.map((b) => tableRow(columns.map((c) => c.cell(b)))),
	].join('\n');
}

/** A budget's verdict as the table prints it. */
export const mark = (budget: Budget): string => (budget.met === undefined ? '?' : budget.met ? 'met' : '**not met**');

/** The budgets table. */
export function budgetsTable(budgets: readonly Budget[]): string {
	return [
		'| budget | issue | this run | met? |',
		'| --- | ---: | --- | --- |',
		...budgets.map(
			(b) => `| ${b.what} | ${String(b.issue)} | ${b.figure} | ${mark(b)}${b.note ? ` (${b.note})` : ''} |`,
		),
	].join('\n');
}

/** The report's opening paragraph: when, where, what was built and how. */
function preamble({ context: c, corpus }: CorpusReport): string {
	const memoryGiB = (c.memoryBytes / 2 ** 30).toFixed(0);
	const wordsPerPage = thousands(Math.round(corpus.words / corpus.pages));
	return `Measured ${c.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${c.cores} cores (${c.cpu}, ${memoryGiB} GiB), Node ${c.node}, commit ${c.commit}${c.dirty ? ' (with uncommitted changes)' : ''}; load average ${c.loadBefore} at the start. \`node scripts/bench-corpus.ts ${c.args.join(' ')}\`.
The corpus: ${thousands(corpus.pages)} synthetic guidance pages (seed ${corpus.seed}, ${wordsPerPage} words a page on average, sha256 ${corpus.hash}). Every build is real, in its own copy in .tmp/ with empty caches (the portal's as \`npm run build\` builds it, scripts/build.ts; the baseline's a plain \`astro build\`), except the warm rebuild, which reuses the portal's copy after one page changed.${c.repeat > 1 ? ` Baseline and portal were built in turn ${c.repeat} times each; the budgets use the fastest of each.` : ''}${c.profiled ? " The portal's cold build ran under --cpu-prof, which slows it: its time is not comparable." : ''}`;
}

/** What was running at a build's peak of the whole tree ("node 1,300.0 MB, pagefind 400.0 MB"), or ''. */
export const atTreePeak = (b: BuildFigures): string =>
	b.memory.atTreePeak
		? `- ${b.name}, at its whole tree's peak: ${b.memory.atTreePeak
				.filter((p) => p.bytes >= 1e6)
				.map((p) => `${p.name} ${mb(p.bytes)}`)
				.join(', ')}\n`
		: '';

/** What a warm rebuild rendered and reused (its phases are in the builds table), and its CPU time against the cold build's. */
function generatedNote(build: BuildFigures, cold: BuildFigures): string {
	const g = build.generated;
	const pages = g
		? `, ${thousands(g.rendered)} pages and files rendered, ${thousands(g.reused)} from the incremental cache`
		: '';
	const cpu =
		build.cpuSeconds !== undefined && cold.cpuSeconds !== undefined
			? `; CPU ${seconds(build.cpuSeconds)} against ${seconds(cold.cpuSeconds)} (${((build.cpuSeconds / cold.cpuSeconds) * 100).toFixed(0)}%)`
			: '';
	return `${pages}${cpu}`;
}

/** The list under the builds table: page weight, the ratio to the baseline, the warm rebuild. */
function highlights({ run }: CorpusReport): string {
	const { guidanceHtml: html, weight, cold, baseline, warm, warmData } = run;
	return [
		...[baseline, cold].map((b) => (b ? atTreePeak(b) : '')),
		`- HTML of a guidance page: mean ${kb(html.mean)}, largest ${kb(html.max)} (${thousands(html.count)} pages)\n`,
		weight
			? `- CSS + JS a guidance page loads: ${kb(weight.cssBytes + weight.jsBytes)} raw, ${kb(weight.cssGzipBytes + weight.jsGzipBytes)} gzipped (${weight.stylesheets.length} stylesheet, ${weight.scripts.length} scripts)\n`
			: '',
		cold && baseline ? `- Portal / baseline build time: ${(cold.seconds / baseline.seconds).toFixed(2)}×\n` : '',
		cold?.cpuSeconds !== undefined && baseline?.cpuSeconds !== undefined
			? `- Portal / baseline CPU time: ${(cold.cpuSeconds / baseline.cpuSeconds).toFixed(2)}×\n`
			: '',
		cold && warm
			? `- Warm rebuild after a one-page change: ${seconds(warm.seconds)} (${((warm.seconds / cold.seconds) * 100).toFixed(0)}% of the cold build)${generatedNote(warm, cold)}\n`
			: '',
		cold && warmData
			? `- Warm rebuild after a dataset figure changed: ${seconds(warmData.seconds)} (${((warmData.seconds / cold.seconds) * 100).toFixed(0)}% of the cold build)${generatedNote(warmData, cold)}\n`
			: '',
	].join('');
}

/** The search bytes of the first query that fetched most, by kind, decoded and transferred; '' when not measured. */
export function searchKinds(run: CorpusRun): string {
	const { search } = run;
	if (!search?.byKind) return '';
	const cells = Object.entries(search.byKind).map(
		([kind, b]) => `| ${kind} | ${kb(b.decoded)} | ${b.transfer === undefined ? '?' : kb(b.transfer)} |`,
	);
	const total = `| all search files | ${kb(search.search.decoded)} | ${search.search.transfer === undefined ? '?' : kb(search.search.transfer)} |`;
	return `
### The first query that fetched most search files, by kind

| kind | decoded | transferred (gzip as served) |
| --- | ---: | ---: |
${[...cells, total].join('\n')}
`;
}

/** The whole report: the Markdown section `## Scale: N guidance pages`. */
export function formatReport(report: CorpusReport): string {
	const { run } = report;
	const builds = [
		run.real,
		run.split?.baseline,
		run.split?.portal,
		...run.baselineRuns,
		...run.portalRuns,
		run.warm,
		run.warmData,
	].filter((b): b is BuildFigures => b !== undefined);
	const search = run.search ? `\n### Search on the ${thousands(run.pages)}-page portal\n\n${run.search.table}\n` : '';
	return `## Scale: ${thousands(run.pages)} guidance pages

${preamble(report)}

${buildsTable(builds)}

${highlights(report)}${splitSection(run.split, { pages: run.pages, baseline: run.baseline, portal: run.cold })}${searchKinds(run)}
${budgetsTable(report.budgets)}
${search}${report.profile}`;
}

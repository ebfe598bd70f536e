/**
 * Problems as GitHub Actions shows them on a pull request (CONTRIBUTING.md,
 * "Problems on your pull request"): one workflow command per problem, which
 * GitHub turns into an annotation on the problem's file and line, and the job
 * summary, a table of every problem linked to its line, since GitHub shows
 * only the first few annotations of a step. Pure: the caller prints the
 * commands and appends the summary to the file `GITHUB_STEP_SUMMARY` names.
 */
import { plural } from '../format/text.ts';
import { formatLocation, reportedProblems, type Findings, type Problem, type ReportedProblem } from './problems.ts';

/**
 * How many annotations GitHub shows: 10 of each kind (error, warning, notice)
 * per step, and 50 per job in all (actions/toolkit, docs/problem-matchers.md,
 * "Limitations"). Commands past these are dropped without a word.
 */
export const ANNOTATION_LIMITS = { perStepOfEachKind: 10, perJob: 50 } as const;

/** The most a step's summary may hold (GitHub refuses a larger one): 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** A workflow command's message with the characters that would end or split it written as GitHub decodes them: `%`, CR, LF. */
export function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A workflow command's property value: as {@link escapeData}, and `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::name key=value,key=value::message`, each part escaped; properties left undefined are left out. */
export function workflowCommand(
	name: string,
	properties: Readonly<Record<string, string | number | undefined>>,
	message: string,
): string {
	const props = Object.entries(properties)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
		.join(',');
	return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(message)}`;
}

/** The title GitHub prints above a problem's message: the check, and the field when there is one. */
function titleOf(p: ReportedProblem): string {
	const check = p.severity === 'error' ? 'Content check' : 'Content check advice';
	return p.field === '' ? check : `${check}: ${p.field}`;
}

/**
 * One annotation: `::error` for a problem, `::warning` for a warning, at its
 * file, line and column (one line long). A problem with no line is left
 * without one, and GitHub puts it at the top of the file.
 */
export function annotation(p: ReportedProblem): string {
	return workflowCommand(
		p.severity,
		{
			file: p.file,
			line: p.line,
			col: p.line === undefined ? undefined : p.column,
			endLine: p.line,
			title: titleOf(p),
		},
		p.message,
	);
}

/** Every problem's annotation, then every warning's, each in the order of the plain list. */
export function annotations(findings: Findings): string[] {
	return reportedProblems(findings).map(annotation);
}

/** The commit the check ran on, for links to its lines: the environment GitHub Actions sets. */
export interface CheckedCommit {
	/** GITHUB_SERVER_URL, for example https://github.com */
	server: string;
	/** GITHUB_REPOSITORY: owner/name */
	repository: string;
	/** GITHUB_SHA: the commit checked out (on a pull request, the merge of its branch into the base). */
	sha: string;
}

/** The commit from GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA, or undefined unless all three are set. */
export function checkedCommitFromEnv(env: Readonly<Record<string, string | undefined>>): CheckedCommit | undefined {
	const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
	if (!server || !repository || !sha) return undefined;
	return { server: server.replace(/\/+$/, ''), repository, sha };
}

/**
 * The address of a problem's line in the commit: the file's source
 * (`?plain=1`, so an MDX file is shown as text, with line numbers), at `#L<line>`.
 */
export function lineAddress(commit: CheckedCommit, p: Pick<Problem, 'file' | 'line'>): string {
	const path = p.file
		.split('/')
		.map((segment) => encodeURIComponent(segment).replaceAll('(', '%28').replaceAll(')', '%29'))
		.join('/');
	const anchor = p.line === undefined ? '' : `#L${String(p.line)}`;
	return `${commit.server}/${commit.repository}/blob/${commit.sha}/${path}?plain=1${anchor}`;
}

/**
 * Text for a cell of a Markdown table: on one line, with the characters that
 * Markdown or HTML would read (`|`, `*`, `<Chart>`, `[`, `&`…) escaped, so the
 * message reads as the check wrote it.
 */
export function markdownCell(text: string): string {
	return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

function row(p: ReportedProblem, commit: CheckedCommit | undefined): string {
	const where = markdownCell(formatLocation(p));
	const linked = commit === undefined ? where : `[${where}](${lineAddress(commit, p)})`;
	const kind = p.severity === 'error' ? 'Error' : 'Warning';
	return `| ${kind} | ${linked} | ${markdownCell(p.field)} | ${markdownCell(p.message)} |`;
}

/** "3 problems and 1 warning", "1 problem", "2 warnings". */
function counted(findings: Findings): string {
	const parts = [
		findings.problems.length > 0 ? plural(findings.problems.length, 'problem') : '',
		findings.warnings.length > 0 ? plural(findings.warnings.length, 'warning') : '',
	];
	return parts.filter((s) => s !== '').join(' and ');
}

/**
 * Why the table is there: GitHub's caps on annotations, and, when the check
 * found more than a step's cap of a kind, how many of them the pull request
 * does not show.
 */
export function capExplanation(findings: Findings): string {
	const cap = ANNOTATION_LIMITS.perStepOfEachKind;
	const rule = `GitHub marks at most ${String(cap)} errors and ${String(cap)} warnings of a step on the pull request's lines, and ${String(ANNOTATION_LIMITS.perJob)} of a whole job`;
	const over = (n: number, noun: string) =>
		n > cap ? [{ n: n - cap, text: `${String(n - cap)} of the ${plural(n, noun)}` }] : [];
	const hidden = [...over(findings.problems.length, 'problem'), ...over(findings.warnings.length, 'warning')];
	if (hidden.length === 0)
		return `Each is also marked on its line in the pull request's "Files changed". ${rule}: this table always lists every one.`;
	const verb = hidden.length === 1 && hidden[0]?.n === 1 ? 'is' : 'are';
	return `${rule}, so ${hidden.map((h) => h.text).join(' and ')} ${verb} not marked there: this table lists every one.`;
}

/** What {@link stepSummary} is told beyond the findings. */
export interface SummaryOptions {
	/** The heading of the summary's section, for example "Content check". */
	heading: string;
	/** The commit checked, to link each problem to its line; without it the places are plain text. */
	commit?: CheckedCommit | undefined;
	/** The most the summary may take, in UTF-8 bytes; by default GitHub's limit for a step's summary. */
	limitBytes?: number;
}

const bytes = (text: string): number => new TextEncoder().encode(text).length;

/**
 * The job summary's section for the check, in GitHub's Markdown: a heading,
 * how many problems and warnings, the annotation caps explained, and a table
 * of every problem, then every warning, each linked to its file and line.
 * When the table would pass the size limit, the rows that fit are kept and
 * the rest counted, with a pointer to the step's log, which lists them all.
 */
export function stepSummary(findings: Findings, options: SummaryOptions): string {
	const head = `## ${options.heading}\n\n`;
	const all = reportedProblems(findings);
	if (all.length === 0) return `${head}Content and data: no problems found.\n`;
	const intro = `${head}${counted(findings)}. ${capExplanation(findings)}\n\n| Kind | Where | Field | What is wrong and what to do |\n| --- | --- | --- | --- |\n`;
	const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
	// Room for the closing line, which says how many rows were left out.
	let used = bytes(intro) + 200;
	const rows: string[] = [];
	for (const p of all) {
		const line = `${row(p, options.commit)}\n`;
		used += bytes(line);
		if (used > limit) break;
		rows.push(line);
	}
	const left = all.length - rows.length;
	const more =
		left === 0
			? ''
			: `\n${plural(left, 'more entry', 'more entries')} did not fit (a summary holds at most ${String(Math.round(limit / 1024))} KiB): the step's log lists every one.\n`;
	return `${intro}${rows.join('')}${more}`;
}

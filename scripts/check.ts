/**
 * Checks content/ and data/ and lists every problem at once, without building.
 *
 *   npm run check:content
 *   npm run check:content -- --format github     the list, plus GitHub's annotations and job summary
 *   npm run --silent check:content -- --format json   machine-readable, and nothing else
 *
 * The format is `plain` by default, and `github` when GITHUB_ACTIONS=true
 * (GitHub Actions sets it in every step): the same list, then one workflow
 * command per problem and warning, which GitHub shows on the pull request's
 * lines, and a table of every one appended to the file GITHUB_STEP_SUMMARY names.
 *
 * Exit code 0: no problems. 1: problems printed to stderr. 2: the check
 * itself could not run, or was asked for a format it does not have (a
 * one-line reason, never a stack trace).
 */
import { parseArgs } from 'node:util';
import { inGitHubActions, readProjectFiles, reportToGitHub } from '../src/integrations/content-check.ts';
import { runContentCheck, type CheckRun } from '../src/lib/content-check/run.ts';
import { formatProblemsJson } from '../src/lib/problems/json.ts';

const FORMATS = ['plain', 'github', 'json'] as const;
type Format = (typeof FORMATS)[number];

function isFormat(value: string): value is Format {
	return (FORMATS as readonly string[]).includes(value);
}

const USAGE = `usage: npm run check:content [-- --format ${FORMATS.join('|')}]`;

/** The format asked for with `--format`, or else the environment's. */
function formatOf(args: readonly string[]): Format {
	let asked: string | undefined;
	try {
		asked = parseArgs({ args: [...args], options: { format: { type: 'string' } } }).values.format;
	} catch (error) {
		throw new Error(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`, { cause: error });
	}
	if (asked === undefined) return inGitHubActions(process.env) ? 'github' : 'plain';
	if (!isFormat(asked)) throw new Error(`--format "${asked}" is not a format. ${USAGE}`);
	return asked;
}

function printPlain(run: CheckRun): void {
	if (run.exitCode === 0) console.log(run.output);
	else console.error(run.output);
}

try {
	const format = formatOf(process.argv.slice(2));
	const run = runContentCheck(readProjectFiles(process.cwd()));
	if (format === 'json') process.stdout.write(formatProblemsJson(run));
	else printPlain(run);
	if (format === 'github') reportToGitHub(run, process.env, 'Content check');
	process.exitCode = run.exitCode;
} catch (error) {
	console.error(`check:content could not run: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}

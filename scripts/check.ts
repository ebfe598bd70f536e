/**
 * Checks content/ and data/ and lists every problem at once, without building.
 *
 *   npm run check:content
 *
 * Exit code 0: no problems. 1: problems printed to stderr. 2: the check
 * itself could not run (a one-line reason, never a stack trace).
 */
import { readProjectFiles } from '../src/integrations/content-check.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';

try {
	const run = runContentCheck(readProjectFiles(process.cwd()));
	if (run.exitCode === 0) console.log(run.output);
	else console.error(run.output);
	process.exitCode = run.exitCode;
} catch (error) {
	console.error(`check:content could not run: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}

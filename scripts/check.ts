/**
 * Checks content/ and data/ and lists every problem at once, without building.
 *
 *   npm run check:content
 *
 * Exit code 0: no problems. 1: problems printed to stderr.
 */
import { checkProjectAt } from '../src/integrations/content-check.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';

const problems = checkProjectAt(process.cwd());
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log('content and data: no problems found');

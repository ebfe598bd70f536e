/**
 * Creates a draft guidance page from a template.
 *
 *   npm run new:page -- <priority> "<title>" [--publish-from YYYY-MM-DD]
 *   npm run new:page -- virtual-wards "Virtual wards for children"
 *   npm run new:page -- virtual-wards "Virtual wards for children" --publish-from 2027-01-05
 *
 * Writes content/<priority>/<slug>.mdx (never overwriting) with draft: true,
 * or with publishFrom: the day it goes public.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newPageText, publishFromProblem, slugify, validateNewPage } from '../src/lib/editing/scaffold.ts';

/** The priorities' ids, from data/priorities.json (none when it cannot be read: the content check says why). */
function priorityIds(): string[] {
	try {
		const list = JSON.parse(readFileSync(join('data', 'priorities.json'), 'utf8')) as { id?: unknown }[];
		return list.map((p) => p.id).filter((id): id is string => typeof id === 'string');
	} catch {
		return [];
	}
}

const args = process.argv.slice(2);
const flag = args.indexOf('--publish-from');
const publishFrom = flag >= 0 ? (args[flag + 1] ?? '') : undefined;
if (flag >= 0) args.splice(flag, 2);
const [priority, title] = args;
const today = new Date().toISOString().slice(0, 10);
const problems = validateNewPage(priority, title, priorityIds());
const dateProblem = publishFrom === undefined ? undefined : publishFromProblem(publishFrom, today);
if (dateProblem) problems.push(dateProblem);
if (problems.length > 0 || !priority || !title) {
	console.error(
		`usage: npm run new:page -- <priority> "<title>" [--publish-from YYYY-MM-DD]\n${problems.map((p) => `  - ${p}`).join('\n')}`,
	);
	process.exit(2);
}
const file = join('content', priority, `${slugify(title)}.mdx`);
if (existsSync(file)) {
	console.error(`${file} already exists: choose another title, or edit that file`);
	process.exit(1);
}
try {
	writeFileSync(file, newPageText({ priority, title, today, publishFrom }));
} catch (error) {
	console.error(`could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
console.log(`created ${file} (${publishFrom === undefined ? 'a draft: it is not published until you remove "draft: true"' : `published on ${publishFrom}: until then it is left out of the site`})
next: fill in the summary, sources and text, then run npm run check:content`);

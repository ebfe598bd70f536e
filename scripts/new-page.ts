/**
 * Creates a draft guidance page from a template.
 *
 *   npm run new:page -- <priority> "<title>"
 *   npm run new:page -- virtual-wards "Virtual wards for children"
 *
 * Writes content/<priority>/<slug>.mdx (never overwriting) with draft: true.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newPageText, slugify, validateNewPage } from '../src/lib/editing/scaffold.ts';

/** The priorities' ids, from data/priorities.json (none when it cannot be read: the content check says why). */
function priorityIds(): string[] {
	try {
		const list = JSON.parse(readFileSync(join('data', 'priorities.json'), 'utf8')) as { id?: unknown }[];
		return list.map((p) => p.id).filter((id): id is string => typeof id === 'string');
	} catch {
		return [];
	}
}

const [priority, title] = process.argv.slice(2);
const problems = validateNewPage(priority, title, priorityIds());
if (problems.length > 0 || !priority || !title) {
	console.error(`usage: npm run new:page -- <priority> "<title>"\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	process.exit(2);
}
const file = join('content', priority, `${slugify(title)}.mdx`);
if (existsSync(file)) {
	console.error(`${file} already exists: choose another title, or edit that file`);
	process.exit(1);
}
try {
	writeFileSync(file, newPageText({ priority, title, today: new Date().toISOString().slice(0, 10) }));
} catch (error) {
	console.error(`could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
console.log(`created ${file} (a draft: it is not published until you remove "draft: true")
next: fill in the summary, sources and text, then run npm run check:content`);

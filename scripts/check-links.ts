/**
 * Checks every internal link, fragment, image, stylesheet, script and CSS
 * url() of a built site, and lists the external links without fetching them.
 *
 *   npm run build && npm run check:links            checks dist/
 *   npm run check:links -- path/to/dist
 *
 * Exit code 0: no broken reference. 1: each broken one printed. 2: no built site.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTextFiles, siteOrigin } from './lib/dist-files.ts';
import { checkLinks, formatLinkProblems } from './lib/links.ts';
import { listFiles } from './lib/project-copy.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(dist, 'index.html'))) {
	console.error(`no built site in ${dist}: run npm run build first, or pass the folder of a built site`);
	process.exit(2);
}
try {
	const files = new Map(listFiles(dist).map((f) => [f, '']));
	for (const [f, text] of readTextFiles(dist, (f) => /\.(html|css)$/.test(f))) files.set(f, text);
	const report = checkLinks(files, { siteOrigin: siteOrigin(dist) });
	console.log(`${report.checked} references checked; ${report.external.length} external links (listed, not fetched)`);
	if (report.problems.length > 0) {
		console.error(`${report.problems.length} broken references:\n${formatLinkProblems(report.problems)}`);
		process.exitCode = 1;
	}
} catch (error) {
	console.error(`check:links could not run: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}

/**
 * Gate: no broken links. Every internal link, fragment (#id), image,
 * stylesheet, script and CSS url() in the built site resolves to a file in
 * dist/. External links are listed, not fetched; loading anything from
 * another origin is a problem. The checker's own logic is tested over a
 * broken fixture in tests/unit/links.test.ts.
 *
 *   npx vitest run --project build tests/build/links.test.ts
 */
import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../scripts/lib/links.ts';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { htmlFiles, readTextFiles, siteOrigin } from '../helpers/quality.ts';
import { SITE_DIST } from '../helpers/site.ts';

describe('links', () => {
	it('finds 0 broken links, fragments, images, stylesheets or scripts in dist/', () => {
		// Every file is in the map (so links to CSVs, SVGs, JSON resolve); only HTML and CSS are read for references.
		const files = new Map(listFiles(SITE_DIST).map((f) => [f, '']));
		for (const [f, text] of readTextFiles(SITE_DIST, (f) => /\.(html|css)$/.test(f))) files.set(f, text);
		const report = checkLinks(files, { siteOrigin: siteOrigin(SITE_DIST) });
		console.log(
			`link check: ${report.checked} references in ${htmlFiles(SITE_DIST).length} pages; ${report.external.length} external links, listed and not fetched:\n  ${report.external.join('\n  ')}`,
		);
		expect(report.checked).toBeGreaterThan(0);
		expect(
			report.problems,
			`${report.problems.length} broken references:\n${formatLinkProblems(report.problems)}`,
		).toEqual([]);
	});
});

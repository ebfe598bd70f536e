/**
 * Every route the site has, from src/lib/routes/ (siteAddresses over the
 * real project, and the 404 page), is a file in the built dist; and every
 * HTML file in dist is one of them, so no route builds a page that the
 * address list (and so the MDX link check) does not know.
 *
 *   npx vitest run --project build tests/build/routes.test.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import { checkProject } from '../../src/lib/content-check/project.ts';
import { notFoundHref } from '../../src/lib/routes.ts';
import { siteAddresses } from '../../src/lib/routes/data.ts';
import { ROOT, SITE_DIST } from '../helpers/site.ts';

/** The file an address is built as: a page's index.html, or the file itself. */
const fileOf = (address: string) => (address.endsWith('/') ? `${address}index.html` : address).replace(/^\//, '');

const { project } = checkProject(readProjectFiles(ROOT));
const addresses = [
	...siteAddresses({
		priorities: project.priorities,
		pages: project.pages.map((p) => ({ priority: p.priority, slug: p.slug, title: p.data.title, draft: p.data.draft })),
		targets: project.targets,
		datasets: project.datasets,
		systems: project.systems,
		editions: project.editions,
	}),
	notFoundHref(),
].sort();

describe('routes', () => {
	it('builds a file for every address of the site', () => {
		expect(addresses.length).toBeGreaterThan(40);
		const missing = addresses.filter((a) => !existsSync(join(SITE_DIST, fileOf(a))));
		expect(missing, `addresses with no built file: ${missing.join(', ')}`).toEqual([]);
	});

	it('builds no HTML page that is not one of those addresses', () => {
		const expected = new Set(addresses.map(fileOf));
		const html = listFiles(SITE_DIST).filter((f) => f.endsWith('.html'));
		expect(html.length).toBe(addresses.filter((a) => a.endsWith('/') || a.endsWith('.html')).length);
		expect(html.filter((f) => !expected.has(f))).toEqual([]);
	});
});

/**
 * Adding a priority is data, not code: the edited copy of the project
 * (editedSite, tests/build/variants.ts) has one more entry in
 * data/priorities.json and a folder of content/ for it, and builds that
 * priority's pages with nothing changed in src/.
 *
 *   npx vitest run --project build tests/build/new-priority.test.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist.ts';
import type { BuildResult } from '../helpers/site.ts';
import { ADDED_PRIORITY as PRIORITY, ADDED_PRIORITY_PAGE, editedSite } from './variants.ts';

const SLUG = ADDED_PRIORITY_PAGE.file.replace(/\.mdx$/, '');
let dist = '';
let result: BuildResult;

beforeAll(() => {
	({ dist, build: result } = editedSite());
});

describe('a priority added in data and content only', () => {
	it('builds', () => {
		expect(result.status, result.output).toBe(0);
	});

	it("builds the priority's page, listing its guidance page", () => {
		const overview = page(dist, `/${PRIORITY.id}/`);
		expect(text(overview.querySelector('h1'))).toBe(PRIORITY.title);
		const links = [...overview.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(links).toContain(`/${PRIORITY.id}/${SLUG}/`);
	});

	it('builds the guidance page under the priority, from its folder', () => {
		expect(existsSync(join(dist, PRIORITY.id, SLUG, 'index.html'))).toBe(true);
		const guidance = page(dist, `/${PRIORITY.id}/${SLUG}/`);
		expect(text(guidance.querySelector('h1'))).toBe(ADDED_PRIORITY_PAGE.title);
		expect(text(guidance.querySelector('main'))).toContain(ADDED_PRIORITY_PAGE.text);
	});

	it('puts the priority in the navigation after the others, in the order of data/priorities.json', () => {
		const hrefs = [...page(dist, '/').querySelectorAll('.nhsuk-header__navigation-link')].map((a) =>
			a.getAttribute('href'),
		);
		expect(hrefs.slice(0, 5)).toEqual([
			'/virtual-wards/',
			'/digitisation/',
			'/investment-plans/',
			'/workforce-skills/',
			`/${PRIORITY.id}/`,
		]);
	});
});

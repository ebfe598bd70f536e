/**
 * Adding a priority is data, not code: a copy of the project with one more
 * entry in data/priorities.json and a folder of content/ for it builds that
 * priority's pages, with nothing changed in src/ (which the copy links to).
 *
 *   npx vitest run --project build tests/build/new-priority.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist.ts';
import { buildSite, projectCopy, removeCopy, type BuildResult } from '../helpers/site.ts';

const PRIORITY = {
	id: 'cyber-resilience',
	title: 'Cyber resilience',
	navTitle: 'Cyber resilience',
	summary: 'A priority added for this test only: one entry in data/priorities.json and one folder of pages.',
};
const PAGE = `---
title: Keeping systems running
summary: A page of the added priority, to show that its folder is built with no change to the code.
audience: [ics]
sources: [pg-2022-23-v3]
lastReviewed: 2026-11-25
nextReview: 2027-05-25
owner: Digital policy team
---

The page of a priority that only data declares.
`;

let dir = '';
let dist = '';
let result: BuildResult;

beforeAll(() => {
	dir = projectCopy('new-priority');
	dist = join(dir, 'dist');
	const file = join(dir, 'data/priorities.json');
	const priorities = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
	writeFileSync(file, `${JSON.stringify([...priorities, PRIORITY], null, '\t')}\n`);
	mkdirSync(join(dir, 'content', PRIORITY.id));
	writeFileSync(join(dir, 'content', PRIORITY.id, 'keeping-systems-running.mdx'), PAGE);
	result = buildSite(dir, dist);
});

afterAll(() => removeCopy(dir));

describe('a priority added in data and content only', () => {
	it('builds', () => {
		expect(result.status, result.output).toBe(0);
	});

	it("builds the priority's page, listing its guidance page", () => {
		const overview = page(dist, `/${PRIORITY.id}/`);
		expect(text(overview.querySelector('h1'))).toBe(PRIORITY.title);
		const links = [...overview.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(links).toContain(`/${PRIORITY.id}/keeping-systems-running/`);
	});

	it('builds the guidance page under the priority, from its folder', () => {
		expect(existsSync(join(dist, PRIORITY.id, 'keeping-systems-running', 'index.html'))).toBe(true);
		const guidance = page(dist, `/${PRIORITY.id}/keeping-systems-running/`);
		expect(text(guidance.querySelector('h1'))).toBe('Keeping systems running');
		expect(text(guidance.querySelector('main'))).toContain('The page of a priority that only data declares.');
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

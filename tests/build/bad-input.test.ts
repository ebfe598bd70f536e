/**
 * An editor's mistakes stop `astro build` before anything is written, and the
 * message names every file and field at once.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectCopy, removeCopy, type BuildResult } from '../helpers/site.ts';
import { editedSite, RENAMED } from './variants.ts';

let dir = '';
let result: BuildResult;
let deadlineAt = '';

const page = (front: string, body = 'Some text.\n') => `---\n${front}\n---\n\n${body}`;
const good = `title: A page
summary: A summary that is long enough to pass the check.
audience: [ics]
sources: [pg-2022-23-v3]
lastReviewed: 2026-11-25
nextReview: 2027-05-25
owner: Digital policy team`;

beforeAll(() => {
	dir = projectCopy('bad-input');
	const vw = join(dir, 'content/virtual-wards');
	writeFileSync(join(vw, 'bad-date.mdx'), page(good.replace('lastReviewed: 2026-11-25', 'lastReviewed: 2026-13-45')));
	writeFileSync(join(vw, 'bad-audience.mdx'), page(good.replace('audience: [ics]', 'audience: [ics, hospital]')));
	writeFileSync(join(vw, 'typo-field.mdx'), page(`${good}\ntitel: Oops`));
	writeFileSync(join(vw, 'wrong-priority.mdx'), page(`${good}\npriority: digitisation`));
	writeFileSync(
		join(vw, 'broken-ref.mdx'),
		page(good.replace('sources: [pg-2022-23-v3]', 'sources: [no-such-source]')),
	);
	writeFileSync(join(vw, 'unknown-component.mdx'), page(good, 'Text.\n\n<Chart id="x" />\n'));
	mkdirSync(join(dir, 'content/virtual-ward'));
	writeFileSync(join(dir, 'content/virtual-ward/page.mdx'), page(good));
	mkdirSync(join(dir, 'content/not-a-priority'));
	writeFileSync(join(dir, 'content/not-a-priority/page.mdx'), page(good));
	const targets = join(dir, 'data/targets.json');
	const targetsText = readFileSync(targets, 'utf8').replace('"deadline": "2023-12"', '"deadline": "December 2023"');
	writeFileSync(targets, targetsText);
	const before = targetsText.slice(0, targetsText.indexOf('"December 2023"'));
	deadlineAt = `${String(before.split('\n').length)}:${String(before.length - before.lastIndexOf('\n'))}`;
	writeFileSync(join(dir, 'data/glossary.json'), '[{ "id": "virtual-wards", ');
	result = buildSite(dir, join(dir, 'dist'));
});

afterAll(() => removeCopy(dir));

describe('a build with editor mistakes', () => {
	it('fails and publishes nothing', () => {
		expect(result.status).not.toBe(0);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});

	it.each([
		[
			'content/virtual-wards/bad-date.mdx:6:15 → lastReviewed',
			'"2026-13-45" is not a real date: write it as YYYY-MM-DD',
		],
		[
			'content/virtual-wards/bad-audience.mdx:4:17 → audience[1]',
			'"hospital" is not an audience: use acute, community, mental-health, ambulance, primary-care, ics',
		],
		[
			'content/virtual-wards/typo-field.mdx:9:8 → titel',
			'unknown field "titel": did you mean "title"? Allowed fields are title, summary',
		],
		[
			'content/virtual-wards/wrong-priority.mdx:9:11 → priority',
			'does not match the folder: pages in content/virtual-wards/ belong to "virtual-wards"',
		],
		['content/virtual-wards/broken-ref.mdx:5:11 → sources[0]', '"no-such-source" is not a source in data/sources.json'],
		[
			'content/virtual-wards/unknown-component.mdx:13:1 → <Chart>',
			'unknown component <Chart>: allowed components are Quote',
		],
		['content/virtual-ward/page.mdx', 'is not in a priority folder: did you mean content/virtual-wards/?'],
		// A folder near no priority is a new priority: its entry in data/priorities.json is what is missing.
		['data/priorities.json', 'has no entry for the priority "not-a-priority"'],
		['data/targets.json:<deadline> → [0].deadline', '"December 2023" is not a month: write it as YYYY-MM'],
		['data/glossary.json:1:27', 'is not valid JSON: the file ends before the JSON is complete'],
	])('names %s', (at, message) => {
		const where = at.replace('<deadline>', deadlineAt);
		const line = result.output.split('\n').find((l) => l.includes(where));
		expect(line, `no line names ${where} in:\n${result.output}`).toBeDefined();
		expect(line).toContain(message);
	});

	it('lists every problem in one message', () => {
		expect(result.output).toMatch(/(\d+) problems in content or data/);
	});

	it('ends with the list and exit code 1: no "unhandled error", no stack trace', () => {
		expect(result.status).toBe(1);
		expect(result.output).not.toMatch(/unhandled error|Stack trace|^\s+at /im);
		// Annotations (`::error …`) are printed too when the tests themselves run in GitHub Actions.
		const printed = result.output.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('::'));
		expect(printed[0]).toMatch(/^\d\d:\d\d:\d\d \[ERROR\] \[portal:content-check\] \d+ problems in content or data:$/);
		expect(printed.slice(1).every((l) => l.startsWith('  '))).toBe(true);
		expect(printed.length).toBeGreaterThan(10);
	});
});

describe('the same mistakes, fixed', () => {
	it('build again once the files are corrected', () => {
		// Renaming a page is two edits: the file, and every link and related entry that names it.
		// The renamed copy is shared with other tests of this run (tests/build/variants.ts).
		const fixed = editedSite();
		expect(fixed.build.status, fixed.build.output).toBe(0);
		expect(existsSync(join(fixed.dist, `${RENAMED.to}/index.html`))).toBe(true);
		expect(existsSync(join(fixed.dist, `${RENAMED.from}/index.html`))).toBe(false);
	});
});

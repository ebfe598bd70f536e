/**
 * The variant builds that more than one test file needs, each built once per
 * test run (sharedVariant in tests/helpers/site.ts) and only read by the tests:
 * - `editedSite`: a copy of the project with the editor's changes the
 *   drafts gate, the search index, the fixed-mistakes test and the new
 *   priority look for;
 * - `basePathSite`: the real project under a base path, as the build tier
 *   checks it and the browser tier serves it; built by a plain `astro build`,
 *   so that the finishing steps' in-process path is built and served too.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coldProjectCopy } from '../../scripts/lib/project-copy.ts';
import { ROOT, sharedVariant, TEST_BASE_PATH, TMP, type VariantBuild } from '../helpers/site.ts';

/** A word only the draft page of the drafts gate carries. */
export const DRAFT_WORD = 'qzxdraftkvp';
/** A word only the published control page of the drafts gate carries. */
export const CONTROL_WORD = 'qzxcontrolwbn';
/** A word only the search test's draft page carries. */
export const SEARCH_DRAFT_WORD = 'quetzalcoatlus';
/** A word only the search test's published page carries. */
export const SEARCH_PUBLISHED_WORD = 'xylophonist';
/** The page `editedSite` renames, with every link and related entry to it: its old and new ids. */
export const RENAMED = { from: 'virtual-wards/national-ambition', to: 'virtual-wards/renamed' } as const;

/** The drafts gate's pages: related to real targets, ordered first, carrying `word` everywhere a page can. */
const gatePage = (word: string, draft: boolean) => `---
title: ${word} page about virtual beds
summary: A ${word} page that exists only in the test suite, about virtual wards and beds.
audience: [ics, acute]
kind: requirement
targets: [vw-40-50-per-100k, vw-10000-beds, core-digitisation-2025]
sources:
  - { id: hfma-2022-04-virtual-wards-funding, section: ${word} }
lastReviewed: 2026-11-25
nextReview: 2027-05-25
owner: ${word} team
order: 1
draft: ${draft}
---

## ${word} heading

The word ${word} appears in the title, summary, headings and text of this page.
`;

/** The search test's pages: one unusual word in the body. */
const searchPage = (draft: boolean, word: string) => `---
title: ${draft ? 'A draft page' : 'A published fixture page'}
summary: A fixture page for the search build test, with one unusual word.
audience: [ics]
sources: [pg-2022-23-v3]
lastReviewed: 2026-11-25
nextReview: 2027-05-25
owner: Test team
draft: ${draft}
---

This page mentions ${word} once.
`;

/** The pages of a page's life that editedSite adds (tests/build/changes.test.ts): their ids and the words only each carries. */
export const LIFECYCLE = {
	/** A page with two change notes. */
	changed: { id: 'virtual-wards/changes-fixture', title: 'A fixture page with a history' },
	/** A page with publishFrom the day after the edited variant's publishing date (EDITED_ENV): not built. */
	scheduled: { id: 'virtual-wards/scheduled-fixture', word: 'qzxscheduledmvr', publishFrom: '2099-01-05' },
	/** A page with publishFrom on the edited variant's publishing date, long after the datasets' date: built, as it is from its day. */
	due: { id: 'virtual-wards/due-fixture', word: 'qzxduepagehwk', publishFrom: '2099-01-04' },
	/** A withdrawn page, replaced by `changed`. */
	withdrawn: { id: 'virtual-wards/withdrawn-fixture', word: 'qzxwithdrawnjpt', date: '2026-11-20' },
	/** The change notes of `changed`, as written (oldest first: the site lists them newest first). */
	notes: [
		{ date: '2026-10-01', note: 'Added the section on what systems were asked.' },
		{ date: '2026-11-24', note: 'Corrected the month the objective was met.' },
	],
} as const;

/** The three pages of LIFECYCLE, as an editor would write them. */
function lifecyclePages(): Record<string, string> {
	const front = (title: string, extra: string) => `---
title: ${title}
summary: A fixture page of the build tests for change notes, publishing on a date and withdrawn pages.
audience: [ics]
sources: [pg-2022-23-v3]
lastReviewed: 2026-11-25
nextReview: 2027-05-25
owner: Test team
${extra}
---
`;
	const { changed, scheduled, due, withdrawn, notes } = LIFECYCLE;
	return {
		[changed.id]: `${front(
			changed.title,
			`changes:
${notes.map((n) => `  - { date: ${n.date}, note: "${n.note}" }`).join('\n')}`,
		)}
## What systems were asked

This page has a history of two changes.
`,
		[scheduled.id]: `${front(`The ${scheduled.word} page`, `publishFrom: ${scheduled.publishFrom}`)}
The word ${scheduled.word} is in this page only, which is not public until ${scheduled.publishFrom}.
`,
		[due.id]: `${front(`The ${due.word} page`, `publishFrom: ${due.publishFrom}`)}
The word ${due.word} is in this page only, which is public from ${due.publishFrom}.
`,
		[withdrawn.id]: `${front(
			`The ${withdrawn.word} page`,
			`withdrawn:
  date: ${withdrawn.date}
  reason: The page with a history now covers what this page said.
  replacedBy: ${changed.id}`,
		)}
The word ${withdrawn.word} is in this withdrawn page only.
`,
	};
}

/** Renames a guidance page the way an editor must: the file, every link and related entry that names it, and the commitments that cover it. */
function renamePage(dir: string): void {
	const [priority, from] = RENAMED.from.split('/');
	const to = RENAMED.to.split('/')[1];
	renameSync(join(dir, `content/${priority}/${from}.mdx`), join(dir, `content/${priority}/${to}.mdx`));
	for (const folder of readdirSync(join(dir, 'content'))) {
		for (const name of readdirSync(join(dir, 'content', folder))) {
			const file = join(dir, 'content', folder, name);
			writeFileSync(file, readFileSync(file, 'utf8').replaceAll(RENAMED.from, RENAMED.to));
		}
	}
	// The commitments name the guidance pages that cover them (data/commitments.json, `pages`).
	const commitments = join(dir, 'data/commitments.json');
	writeFileSync(commitments, readFileSync(commitments, 'utf8').replaceAll(`"${RENAMED.from}"`, `"${RENAMED.to}"`));
}

/** The priority `editedSite` adds in data and content only (tests/build/new-priority.test.ts). */
export const ADDED_PRIORITY = {
	id: 'cyber-resilience',
	title: 'Cyber resilience',
	navTitle: 'Cyber resilience',
	summary: 'A priority added for this test only: one entry in data/priorities.json and one folder of pages.',
} as const;
/** The one guidance page of ADDED_PRIORITY. */
export const ADDED_PRIORITY_PAGE = {
	file: 'keeping-systems-running.mdx',
	title: 'Keeping systems running',
	text: 'The page of a priority that only data declares.',
} as const;

/** Adds ADDED_PRIORITY the way a publisher would: one entry in data/priorities.json and a folder of content/. */
function addPriority(dir: string): void {
	const file = join(dir, 'data/priorities.json');
	const priorities = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
	writeFileSync(file, `${JSON.stringify([...priorities, ADDED_PRIORITY], null, '\t')}\n`);
	mkdirSync(join(dir, 'content', ADDED_PRIORITY.id));
	writeFileSync(
		join(dir, 'content', ADDED_PRIORITY.id, ADDED_PRIORITY_PAGE.file),
		`---
title: ${ADDED_PRIORITY_PAGE.title}
summary: A page of the added priority, to show that its folder is built with no change to the code.
audience: [ics]
sources: [pg-2022-23-v3]
lastReviewed: 2026-11-25
nextReview: 2027-05-25
owner: Digital policy team
---

${ADDED_PRIORITY_PAGE.text}
`,
	);
}

/**
 * A faithful copy of the project with build caches of its own (coldProjectCopy: it is
 * built beside other copies) with, in content/virtual-wards/:
 * the drafts gate's draft and control pages, the search test's draft and
 * published pages, the LIFECYCLE pages (change notes, publishFrom, withdrawn),
 * and national-ambition renamed to `renamed` with its links;
 * a fifth priority, ADDED_PRIORITY, declared in data with a folder of content;
 * and one figure of a dataset changed (EDITED_FIGURE).
 */
export function editedSite(): VariantBuild {
	return sharedVariant(
		'edited',
		() => {
			const dir = coldProjectCopy('edited');
			applyEdits(dir);
			return { root: dir, dist: join(dir, 'dist') };
		},
		EDITED_ENV,
	);
}

/**
 * The environment editedSite is built with: a publishing date long after the
 * datasets' (which is the date without it), between LIFECYCLE's `due` and
 * `scheduled` pages, so one is public on its day and the other is not yet.
 */
export const EDITED_ENV = { PUBLISH_AS_OF: '2099-01-04' } as const;

/**
 * The dataset figure editedSite changes: England's latest virtual ward beds, in
 * the file, as it is written there and after the change, and as pages print the
 * new one. Still over the 10,000-bed target, so no status changes with it.
 */
export const EDITED_FIGURE = {
	file: 'data/datasets/vw-capacity.json',
	from: '"value": 12588',
	to: '"value": 12345',
	shownBefore: '12,588',
	shown: '12,345',
} as const;

/** The files that print EDITED_FIGURE: the dataset's page, downloads and chart, and the target it measures. */
export const PRINTING_EDITED_FIGURE = [
	'data/vw-capacity/index.html',
	'data/vw-capacity.csv',
	'data/vw-capacity.json',
	'charts/vw-capacity.svg',
	'targets/vw-10000-beds/index.html',
] as const;

/** Changes EDITED_FIGURE in the copy at `dir`; throws if the figure is not there as written. */
function changeFigure(dir: string): void {
	const path = join(dir, EDITED_FIGURE.file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(EDITED_FIGURE.from)) throw new Error(`${EDITED_FIGURE.from} not in ${EDITED_FIGURE.file}`);
	writeFileSync(path, text.replace(EDITED_FIGURE.from, EDITED_FIGURE.to));
}

/**
 * Makes editedSite's changes to the project copy at `dir`: pages added, a page
 * renamed with every link to it, and data changed (a priority added, the
 * commitments' page ids, a dataset's figure). tests/build/reproducible.test.ts makes them too.
 */
export function applyEdits(dir: string): void {
	const vw = join(dir, 'content/virtual-wards');
	writeFileSync(join(vw, `${DRAFT_WORD}-unpublished.mdx`), gatePage(DRAFT_WORD, true));
	writeFileSync(join(vw, `${CONTROL_WORD}-published.mdx`), gatePage(CONTROL_WORD, false));
	writeFileSync(join(vw, 'search-draft-fixture.mdx'), searchPage(true, SEARCH_DRAFT_WORD));
	writeFileSync(join(vw, 'search-published-fixture.mdx'), searchPage(false, SEARCH_PUBLISHED_WORD));
	for (const [id, text] of Object.entries(lifecyclePages())) writeFileSync(join(dir, 'content', `${id}.mdx`), text);
	renamePage(dir);
	addPriority(dir);
	changeFigure(dir);
}

/** The address of the repository the base-path build links "Edit this page" to. */
export const REPOSITORY = 'https://git.example.org/nhs/planning-guidance-portal';
/** What a host serves for the base-path build: the site's files under /planning-guidance/. */
export const BASE_PATH_SERVED = join(TMP, 'base-path-root');

/**
 * The real project built with BASE_PATH=/planning-guidance/, REPOSITORY_URL
 * set and REVIEW_AS_OF far ahead (so every page is past its review), into a
 * folder named like the base inside BASE_PATH_SERVED, as a host would serve it.
 */
export function basePathSite(): VariantBuild {
	return sharedVariant(
		'base-path',
		() => {
			rmSync(BASE_PATH_SERVED, { recursive: true, force: true });
			return { root: ROOT, dist: join(BASE_PATH_SERVED, TEST_BASE_PATH.slice(1, -1)) };
		},
		{ BASE_PATH: TEST_BASE_PATH, REPOSITORY_URL: REPOSITORY, REVIEW_AS_OF: '2099-01-01' },
		'astro build',
	);
}

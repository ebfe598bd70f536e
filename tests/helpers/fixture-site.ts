/**
 * The fixture site of tests/fixtures/site/: a handful of guidance pages in two
 * priorities, four targets, four small datasets, three systems, sources and a
 * glossary, written for the tests (not copied from content/). Read through the
 * content check (readProjectFiles + checkProject) and derived by buildSite, as
 * src/queries.ts does from the collections, so page models and the check are
 * unit-tested on content no editor changes. The build and e2e tiers test the real site.
 */
import { join } from 'node:path';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import type { CheckedProject, ProjectFiles } from '../../src/lib/content-check/project.ts';
import { runContentCheck, type CheckRun } from '../../src/lib/content-check/run.ts';
import type { GuidanceEntry } from '../../src/lib/model/guidance.ts';
import type { BuildDates } from '../../src/lib/model/review.ts';
import type { Site } from '../../src/lib/pages/site.ts';
import type { PriorityId } from '../../src/schemas/priority.ts';
import { checkedSite } from './real-site.ts';
import { ROOT } from '../../scripts/lib/project-copy.ts';

/** The fixture site's folder: content/ and data/ as an editor would lay them out. */
export const FIXTURE_ROOT = join(ROOT, 'tests', 'fixtures', 'site');

/** A guidance entry as the build has it: id, front matter, MDX body and source file. */
export interface FixtureEntry extends GuidanceEntry {
	body: string;
	filePath: string;
}

let files: ProjectFiles | undefined;
let cached: { site: Site<FixtureEntry>; project: CheckedProject } | undefined;

/** A fresh copy of the fixture site's files (read once per test file), for a test to change. */
export function fixtureFiles(): ProjectFiles {
	files ??= readProjectFiles(FIXTURE_ROOT);
	return structuredClone(files);
}

/** Runs `npm run check:content`'s check over the fixture site with `edit` applied (tests/helpers/mistakes.ts's replaceIn, putFile…). */
export function checkFixtureWith(edit: (files: ProjectFiles) => void): CheckRun {
	const edited = fixtureFiles();
	edit(edited);
	return runContentCheck(edited);
}

/** The checked fixture project and its Site, read once per test file; throws if the content check finds a problem. */
export function fixtureProject(): { site: Site<FixtureEntry>; project: CheckedProject } {
	cached ??= checkedSite(FIXTURE_ROOT, fixtureFiles());
	return cached;
}

/**
 * The fixture site with `edit` applied to its files, checked and built for
 * `dates` (no PUBLISH_AS_OF or REVIEW_AS_OF by default, whatever the
 * environment: the datasets' latest "as of" date, 25 November 2026);
 * throws if the content check finds a problem.
 */
export function fixtureSiteWith(edit: (files: ProjectFiles) => void, dates: BuildDates = {}): Site<FixtureEntry> {
	const edited = fixtureFiles();
	edit(edited);
	return checkedSite(FIXTURE_ROOT, edited, dates).site;
}

/** The fixture site's Site. */
export function fixtureSite(): Site<FixtureEntry> {
	return fixtureProject().site;
}

/** A published guidance entry of the fixture site; throws if missing. */
export function fixtureEntry(priority: PriorityId, slug: string): FixtureEntry {
	const entry = fixtureSite()
		.guidance.get(priority)
		?.find((e) => e.id === slug);
	if (!entry) throw new Error(`no published page ${priority}/${slug}`);
	return entry;
}

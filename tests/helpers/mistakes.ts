/**
 * Editor mistakes, made in memory: the real project's content/ and data/ as
 * the check reads them, one mistake applied, and what `npm run check:content`
 * would print and exit with (the same function the command calls). The
 * table-driven mistake tests (tests/unit/mistakes-*.test.ts) are built on it.
 *
 * Each case is one edit to a project of some thirty files, and the prose
 * check (parse-english over every page body) was most of each case's time.
 * It is a pure function of each page and the glossary, page by page
 * (`checkProse` is `pages.flatMap(checkPageProse)`), so here it remembers
 * each page's warnings and checks again only a page, or a glossary, it has
 * not seen: the output is the same, and the real check runs on every page
 * the first time and on every edited page.
 */
import { vi } from 'vitest';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import type { ProjectFiles, SourceFile } from '../../src/lib/content-check/project.ts';
import { runContentCheck, type CheckRun } from '../../src/lib/content-check/run.ts';
import { ROOT } from './site.ts';

vi.mock(import('../../src/lib/content-check/prose.ts'), async (importOriginal) => {
	const prose = await importOriginal();
	const seen = new Map<string, ReturnType<typeof prose.checkPageProse>>();
	const checkPage: typeof prose.checkPageProse = (page, options) => {
		const key = JSON.stringify([page, options]);
		const warnings = seen.get(key) ?? prose.checkPageProse(page, options);
		seen.set(key, warnings);
		return structuredClone(warnings);
	};
	return { ...prose, checkProse: (pages, options) => pages.flatMap((p) => checkPage(p, options)) };
});

let real: ProjectFiles | undefined;

/** A fresh copy of the real project's files (read once per test file). */
export function realFiles(): ProjectFiles {
	real ??= readProjectFiles(ROOT);
	return structuredClone(real);
}

function all(files: ProjectFiles): SourceFile[] {
	return [
		...files.content,
		...Object.values(files.data).filter((f): f is SourceFile => f !== undefined),
		...files.datasets,
	];
}

/** The file at `path` (content/…, data/… or data/datasets/…); throws if the project has none. */
export function fileAt(files: ProjectFiles, path: string): SourceFile {
	const file = all(files).find((f) => f.path === path);
	if (!file) throw new Error(`no file ${path} in the project`);
	return file;
}

/** Replaces the first `from` in the file at `path` with `to`; throws if `from` is not there, so a mistake never silently fails to apply. */
export function replaceIn(files: ProjectFiles, path: string, from: string | RegExp, to: string): void {
	const file = fileAt(files, path);
	const next = file.text.replace(from, to);
	if (next === file.text) throw new Error(`${String(from)} not found in ${path}`);
	file.text = next;
}

/** Adds (or replaces) a file of content/ or data/datasets/. */
export function putFile(files: ProjectFiles, path: string, text: string): void {
	const list = path.startsWith('data/datasets/') ? files.datasets : files.content;
	const existing = list.find((f) => f.path === path);
	if (existing) existing.text = text;
	else list.push({ path, text });
}

/** Runs the check over the real project with `edit` applied. */
export function checkWith(edit: (files: ProjectFiles) => void): CheckRun {
	const files = realFiles();
	edit(files);
	return runContentCheck(files);
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
	const at = text.indexOf(needle);
	if (at < 0) throw new Error(`"${needle}" not found`);
	return text.slice(0, at).split('\n').length;
}

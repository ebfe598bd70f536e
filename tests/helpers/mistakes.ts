/**
 * Editor mistakes, made in memory: the real project's content/ and data/ as
 * the check reads them, one mistake applied, and what `npm run check:content`
 * would print and exit with (the same function the command calls). The
 * table-driven mistake tests (tests/unit/mistakes-*.test.ts) are built on it.
 */
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import type { ProjectFiles, SourceFile } from '../../src/lib/content-check/project.ts';
import { runContentCheck, type CheckRun } from '../../src/lib/content-check/run.ts';
import { ROOT } from './site.ts';

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

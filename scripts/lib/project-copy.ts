/**
 * The project on disk, for the command-line tools and the tests that build
 * copies of it: where it is, a scratch folder inside it (.tmp/, git-ignored),
 * a faithful copy for builds that must match the real one, and a file lister.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Scratch space for copies and builds made by tools and tests (git-ignored). */
export const TMP = join(ROOT, '.tmp');

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push(relative(dir, full).split(sep).join('/'));
		}
	};
	if (existsSync(dir)) walk(dir);
	return out;
}

/** Never copied by fullProjectCopy: dependencies (linked instead), history, and build output. */
const NOT_COPIED = new Set(['.git', 'node_modules', '.tmp', 'dist', '.astro', 'coverage']);

/**
 * A faithful copy of the project in .tmp/ (everything but dependencies, git
 * and build output, with node_modules linked), for builds that must match the
 * real one. projectCopy() links src/, and Vite then finds the layouts outside
 * the copy's root and leaves their stylesheet out of the build.
 */
export function fullProjectCopy(name: string): string {
	mkdirSync(TMP, { recursive: true });
	const dir = mkdtempSync(join(TMP, `${name}-`));
	for (const entry of readdirSync(ROOT)) {
		if (NOT_COPIED.has(entry)) continue;
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/** The build caches Astro and Vite keep in node_modules/ (the content layer's data store, the chart cache, pre-bundled dependencies). */
export const BUILD_CACHES: ReadonlySet<string> = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/**
 * Gives the copy at `dir` a node_modules/ of its own: a real folder of links
 * to each of the project's packages, without the build caches, so the copy's
 * caches start empty and are its own (a link to the whole folder would share
 * node_modules/.astro with the worktree and every other copy).
 */
export function ownBuildCaches(dir: string): void {
	const modules = join(dir, 'node_modules');
	if (existsSync(modules)) unlinkSync(modules);
	mkdirSync(modules);
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (!BUILD_CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
	}
}

/** A faithful copy (fullProjectCopy) whose build caches start empty: a cold build. */
export function coldProjectCopy(name: string): string {
	const dir = fullProjectCopy(name);
	ownBuildCaches(dir);
	return dir;
}

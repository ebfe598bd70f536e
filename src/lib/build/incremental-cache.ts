/**
 * Guards Astro's incremental build cache (node_modules/.astro/: its manifest
 * incremental-build.json, and dist/, a copy of every page it rendered). Astro
 * writes a page's copy as soon as the page is rendered but the manifest only
 * once every page is, so a build that fails part-way leaves copies newer than
 * the manifest says; and two builds sharing one cache (copies of the project
 * whose node_modules/ is a link, built side by side) would restore each
 * other's pages. So a build claims the cache with a lock file holding its
 * process id and releases it when it has finished:
 * - a lock left by a process that has ended means the last build failed:
 *   its manifest is deleted, and this build renders every page (and writes
 *   a new one);
 * - a lock held by a live process means another build is using the cache:
 *   this build neither reads nor writes it (every page is rendered).
 * Used by src/integrations/incremental.ts.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's manifest of the last build's pages and keys, in the cache folder. */
export const MANIFEST_FILE = 'incremental-build.json';
/** The lock of the build using the cache, in the cache folder. */
export const LOCK_FILE = 'portal-incremental.lock';

/** What a build may do with the cache: use it; use it after the manifest of a failed build was deleted; or leave it to another build. */
export type CacheClaim = 'claimed' | 'recovered' | 'busy';

/** Whether the process `pid` is running. */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Claims the cache in `dir` for the process `pid` (see the module comment); `alive` tells whether a lock's process is running. */
export function claimCache(dir: string, pid: number = process.pid, alive = processAlive): CacheClaim {
	mkdirSync(dir, { recursive: true });
	const lock = join(dir, LOCK_FILE);
	try {
		writeFileSync(lock, String(pid), { flag: 'wx' });
		return 'claimed';
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	const holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
	if (Number.isInteger(holder) && holder !== pid && alive(holder)) return 'busy';
	rmSync(join(dir, MANIFEST_FILE), { force: true });
	writeFileSync(lock, String(pid));
	return 'recovered';
}

/** Releases the cache in `dir` if the process `pid` holds it. */
export function releaseCache(dir: string, pid: number = process.pid): void {
	const lock = join(dir, LOCK_FILE);
	try {
		if (readFileSync(lock, 'utf8') === String(pid)) rmSync(lock, { force: true });
	} catch {
		// No lock: nothing to release.
	}
}

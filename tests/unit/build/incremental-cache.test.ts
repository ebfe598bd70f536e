/** The guard on Astro's incremental build cache (src/lib/build/incremental-cache.ts). */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	claimCache,
	LOCK_FILE,
	MANIFEST_FILE,
	processAlive,
	releaseCache,
} from '../../../src/lib/build/incremental-cache.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => {
	dir = mkdtempSync(join(tmpdir(), 'incremental-cache-'));
	writeFileSync(join(dir, MANIFEST_FILE), '{}');
	return dir;
};

describe('the incremental cache guard', () => {
	it('claims a cache no build holds, keeps its manifest, and releases it', () => {
		const cache = fresh();
		expect(claimCache(cache, 100, () => false)).toBe('claimed');
		expect(readFileSync(join(cache, LOCK_FILE), 'utf8')).toBe('100');
		expect(existsSync(join(cache, MANIFEST_FILE))).toBe(true);
		releaseCache(cache, 100);
		expect(existsSync(join(cache, LOCK_FILE))).toBe(false);
	});

	it('deletes the manifest a build that did not finish left, and claims the cache', () => {
		const cache = fresh();
		writeFileSync(join(cache, LOCK_FILE), '99');
		expect(claimCache(cache, 100, () => false)).toBe('recovered');
		expect(existsSync(join(cache, MANIFEST_FILE))).toBe(false);
		expect(readFileSync(join(cache, LOCK_FILE), 'utf8')).toBe('100');
	});

	it('leaves a cache another running build holds as it is', () => {
		const cache = fresh();
		writeFileSync(join(cache, LOCK_FILE), '99');
		expect(claimCache(cache, 100, (pid) => pid === 99)).toBe('busy');
		expect(existsSync(join(cache, MANIFEST_FILE))).toBe(true);
		releaseCache(cache, 100);
		expect(readFileSync(join(cache, LOCK_FILE), 'utf8')).toBe('99');
	});

	it('tells a running process from one that has ended', () => {
		expect(processAlive(process.pid)).toBe(true);
		expect(processAlive(2 ** 22 + 12345)).toBe(false);
	});
});

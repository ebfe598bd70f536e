/** The files of a folder (src/lib/build/files.ts), as the build's steps list them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/lib/build/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'files-under-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('filesUnder', () => {
	it('lists every file at any depth, sorted, relative with forward slashes, and no folders', () => {
		mkdirSync(join(dir, 'b/deep'), { recursive: true });
		mkdirSync(join(dir, 'empty'));
		for (const f of ['z.html', 'a.txt', 'b/deep/x.js', 'b/c.css']) writeFileSync(join(dir, f), f);
		expect(filesUnder(dir)).toEqual(['a.txt', 'b/c.css', 'b/deep/x.js', 'z.html']);
	});

	it('lists nothing for a folder that does not exist', () => {
		expect(filesUnder(join(dir, 'missing'))).toEqual([]);
	});
});

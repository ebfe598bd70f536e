/** Hashing and comparing trees, for the reproducible-build gate (scripts/lib/tree-hash.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffTrees, hashTree, sameTrees, withoutExcluded } from '../../../scripts/lib/tree-hash.ts';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'tree-hash-'));
	dirs.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('tree hashes', () => {
	it('hashes every file by its relative path', () => {
		const hashes = hashTree(tree({ 'a.txt': 'a', 'b/c.txt': 'c' }));
		expect([...hashes.keys()]).toEqual(['a.txt', 'b/c.txt']);
		expect(hashes.get('a.txt')).toBe('ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');
	});

	it('names the files that differ, and those only in one tree', () => {
		const a = hashTree(tree({ 'same.txt': 'x', 'changed.txt': 'built at 10:00', 'gone.txt': 'g' }));
		const b = hashTree(tree({ 'same.txt': 'x', 'changed.txt': 'built at 10:01', 'new.txt': 'n' }));
		const diff = diffTrees(a, b);
		expect(diff).toEqual({ onlyInA: ['gone.txt'], onlyInB: ['new.txt'], different: ['changed.txt'] });
		expect(sameTrees(diff)).toBe(false);
		expect(sameTrees(diffTrees(a, a))).toBe(true);
		const exclusions = [{ pattern: /^(changed|gone|new)\.txt$/ }];
		expect(sameTrees(diffTrees(withoutExcluded(a, exclusions), withoutExcluded(b, exclusions)))).toBe(true);
	});
});

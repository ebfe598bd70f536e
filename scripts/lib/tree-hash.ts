/**
 * Hashing a directory tree, to prove two builds wrote the same bytes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** sha256 of every file under `dir`, by path relative to it (forward slashes), in sorted order. */
export function hashTree(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else
				out.set(
					relative(dir, full).split(sep).join('/'),
					createHash('sha256').update(readFileSync(full)).digest('hex'),
				);
		}
	};
	walk(dir);
	return out;
}

export interface TreeDiff {
	onlyInA: string[];
	onlyInB: string[];
	different: string[];
}

/** Files only in one tree, and files in both whose hashes differ. */
export function diffTrees(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): TreeDiff {
	const onlyInA = [...a.keys()].filter((f) => !b.has(f));
	const onlyInB = [...b.keys()].filter((f) => !a.has(f));
	const different = [...a.keys()].filter((f) => b.has(f) && a.get(f) !== b.get(f));
	return { onlyInA, onlyInB, different };
}

/** True when the trees hold the same files with the same bytes. */
export function sameTrees(diff: TreeDiff): boolean {
	return diff.onlyInA.length === 0 && diff.onlyInB.length === 0 && diff.different.length === 0;
}

/** Drops the paths matched by `exclusions` from a hash map. */
export function withoutExcluded(
	tree: ReadonlyMap<string, string>,
	exclusions: readonly { pattern: RegExp }[],
): Map<string, string> {
	return new Map([...tree].filter(([path]) => !exclusions.some((e) => e.pattern.test(path))));
}

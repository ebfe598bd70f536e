/** Listing a folder's files and copying the project for the benchmarks (scripts/lib/project-copy.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, ROOT, TMP } from '../../../scripts/lib/project-copy.ts';

describe('project copy', () => {
	it('lists every file under a folder, at any depth, by relative path, in order', () => {
		expect(listFiles(join(ROOT, 'tests', 'fixtures', 'site', 'content'))).toEqual([
			'digitisation/maturity.mdx',
			'digitisation/records.mdx',
			'virtual-wards/ambition.mdx',
			'virtual-wards/next-steps.mdx',
			'virtual-wards/overview.mdx',
		]);
	});

	it('keeps its throwaway copies in .tmp/ of the project', () => {
		expect(TMP).toBe(join(ROOT, '.tmp'));
	});
});

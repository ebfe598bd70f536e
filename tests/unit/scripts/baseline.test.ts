/** The benchmark's baseline site: the project's files with the corpus in place of content/ (scripts/lib/baseline.ts). */
import { describe, expect, it } from 'vitest';
import { baselineFiles } from '../../../scripts/lib/baseline.ts';

describe('baselineFiles', () => {
	it('is one layout, one collection, one route and the corpus pages as they are', () => {
		const files = baselineFiles([{ path: 'content/virtual-wards/p.mdx', text: '---\ntitle: T\n---\nBody' }]);
		expect([...files.keys()].sort()).toEqual([
			'astro.config.mjs',
			'content/virtual-wards/p.mdx',
			'package.json',
			'src/components/InsetText.astro',
			'src/components/Quote.astro',
			'src/content.config.ts',
			'src/layouts/Base.astro',
			'src/pages/[...slug].astro',
		]);
		expect(files.get('astro.config.mjs')).toContain('pagefind.createIndex');
		expect(files.get('content/virtual-wards/p.mdx')).toBe('---\ntitle: T\n---\nBody');
	});
});

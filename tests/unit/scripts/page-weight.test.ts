import { describe, expect, it } from 'vitest';
import { baselineFiles } from '../../../scripts/lib/baseline.ts';
import { cssClasses, htmlClasses, pageAssets } from '../../../scripts/lib/page-weight.ts';

describe('pageAssets', () => {
	it('finds stylesheets and scripts, and the scripts that block rendering', () => {
		const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><script src="/x.js"></script><script type="module" src="/m.js"></script><script defer src="d.js"></script></head><body><script src="/late.js"></script></body></html>`;
		expect(pageAssets(html, 'guide/page/index.html')).toEqual({
			stylesheets: ['_astro/a.css'],
			scripts: ['x.js', 'm.js', 'guide/page/d.js', 'late.js'],
			renderBlocking: ['x.js'],
		});
	});
});

describe('classes', () => {
	it('reads the classes of CSS selectors, not of urls, strings or declarations', () => {
		const css = '.a,.b:focus .c-d__e{background:url(x.png);content:".no"}@media (width>=40.0625em){.f{margin:1.5em}}';
		expect([...cssClasses(css)].sort()).toEqual(['a', 'b', 'c-d__e', 'f']);
	});

	it('reads the classes of HTML elements', () => {
		expect([...htmlClasses('<p class="a  b"><span class=\'c\'>x.y</span></p>')].sort()).toEqual(['a', 'b', 'c']);
	});
});

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

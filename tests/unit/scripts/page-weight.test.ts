/** Page weight: the assets a page loads and the classes it uses (scripts/lib/page-weight.ts). */
import { describe, expect, it } from 'vitest';
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

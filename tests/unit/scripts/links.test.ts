/** The link check (scripts/lib/links.ts), over the broken fixture site and small cases. */
import { describe, expect, it } from 'vitest';
import {
	checkLinks,
	cssReferences,
	fileForPath,
	formatLinkProblems,
	htmlReferences,
	srcsetUrls,
} from '../../../scripts/lib/links.ts';
import { BROKEN_SITE, readTextFiles } from '../../helpers/quality.ts';

describe('the link check', () => {
	const report = checkLinks(
		readTextFiles(BROKEN_SITE, () => true),
		{ siteOrigin: 'https://planning-guidance.example.nhs.uk' },
	);
	const problem = (url: string) => report.problems.filter((p) => p.url === url).map((p) => p.problem);

	it('reports every broken reference in the fixture, and nothing else', () => {
		expect(problem('/no-such-page/')).toEqual(['no such file in dist: /no-such-page/']);
		expect(problem('/other/#nowhere')).toEqual(['no element with id "nowhere" in other/index.html']);
		expect(problem('/other')).toEqual(['missing trailing slash: the page is /other/']);
		expect(problem('/missing.png')).toEqual(['no such file in dist: /missing.png']);
		expect(problem('/missing.css')).toEqual(['no such file in dist: /missing.css']);
		expect(problem('/missing.js')).toEqual(['no such file in dist: /missing.js']);
		expect(problem('fonts/missing.woff2')).toEqual(['no such file in dist: /fonts/missing.woff2']);
		expect(problem('https://cdn.example.com/tracker.png')[0]).toMatch(
			/^loads a resource from another origin \(https:\/\/cdn.example.com\)/,
		);
		expect(problem('https://cdn.example.com/pixel.png')[0]).toMatch(/^loads a resource from another origin/);
		expect(problem('javascript:void(0)')[0]).toMatch(/^javascript: URL/);
		expect(report.problems, formatLinkProblems(report.problems)).toHaveLength(10);
	});

	it('lists external links without fetching them, and treats the site origin as internal', () => {
		expect(report.external).toEqual(['https://www.england.nhs.uk/']);
		expect(problem('https://planning-guidance.example.nhs.uk/')).toEqual([]);
	});

	it('finds references in HTML and CSS', () => {
		const refs = htmlReferences(
			'a/index.html',
			'<img srcset="x.png 1x, y.png 2x" src="z.png" alt=""><link rel="canonical" href="/a/"><link rel="icon" href="/f.svg"><svg><use href="#i"/></svg><meta http-equiv="refresh" content="0;url=/b/">',
		);
		expect(refs.map((r) => `${r.kind} ${r.where} ${r.url}`).sort()).toEqual([
			'link <link rel="canonical"> /a/',
			'link <meta http-equiv="refresh"> /b/',
			'resource <img src> z.png',
			'resource <img srcset> x.png',
			'resource <img srcset> y.png',
			'resource <link rel="icon"> /f.svg',
			'resource <use href> #i',
		]);
		expect(
			cssReferences('a.css', `@import "b.css"; a { background: url( 'c.svg' ) } b { mask: url(d.svg) }`).map(
				(r) => r.url,
			),
		).toEqual(['c.svg', 'd.svg', 'b.css']);
		expect(srcsetUrls(' a.png 480w , b.png 800w ')).toEqual(['a.png', 'b.png']);
	});

	it('resolves paths as a static host does', () => {
		const files = new Set(['index.html', 'a/index.html', 'data/x.csv']);
		expect(fileForPath(files, '/')).toBe('index.html');
		expect(fileForPath(files, '/a/')).toBe('a/index.html');
		expect(fileForPath(files, '/data/x.csv')).toBe('data/x.csv');
		expect(fileForPath(files, '/a')).toBeUndefined();
	});

	it('passes a page whose links all resolve', () => {
		const ok = checkLinks(
			new Map([
				[
					'index.html',
					'<a href="/a/#top">a</a><a href="#">top</a><a href="a/">relative</a><img src="data:image/png;base64,AA==" alt="">',
				],
				['a/index.html', '<a href="../">home</a><a href="mailto:x@example.org">mail</a>'],
			]),
		);
		expect(ok.problems).toEqual([]);
		expect(ok.external).toEqual(['mailto:x@example.org']);
	});
});

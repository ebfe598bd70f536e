/** The glossary's abbreviations on a built page (src/lib/build/abbreviations.ts). */
import { describe, expect, it } from 'vitest';
import { markAbbreviations } from '../../../src/lib/build/abbreviations.ts';

const ENTRIES = [
	{ abbreviation: 'ICB', term: 'Integrated care board' },
	{ abbreviation: 'EPR', term: 'Electronic patient record' },
	{ abbreviation: 'ODS code', term: 'Organisation Data Service code' },
	{ abbreviation: 'HFMA', term: 'Healthcare Financial Management Association' },
];

const page = (main: string, header = '<header>ICB</header>') =>
	`<!DOCTYPE html><html lang="en"><head><title>ICB</title></head><body>${header}<main id="main">${main}</main><footer>EPR</footer></body></html>`;

describe('markAbbreviations', () => {
	it('marks the first use of each abbreviation in <main>, a plural with the plural term, and leaves the rest of the page byte for byte', () => {
		const html = page('<p>42 ICBs &amp; an ODS code each; every ICB has one.</p><td>EPR</td>');
		expect(markAbbreviations(html, ENTRIES)).toBe(
			page(
				'<p>42 <abbr title="Integrated care boards">ICBs</abbr> &amp; an <abbr title="Organisation Data Service code">ODS code</abbr> each; every ICB has one.</p><td><abbr title="Electronic patient record">EPR</abbr></td>',
			),
		);
	});

	it('leaves links, headings, buttons, summaries, options, code, scripts and SVG as they are', () => {
		const untouched = [
			'<h2>ICB</h2>',
			'<a href="/x/">ICB</a>',
			'<button>ICB</button>',
			'<details><summary>ICB</summary></details>',
			'<select><option>ICB</option></select>',
			'<code>ICB</code>',
			'<pre>ICB</pre>',
			'<script type="application/json">{"ICB":1}</script>',
			'<svg><text>ICB</text></svg>',
		];
		for (const html of untouched) expect(markAbbreviations(page(html), ENTRIES), html).toBe(page(html));
		expect(markAbbreviations(page(`${untouched.join('')}<p>ICB</p>`), ENTRIES)).toBe(
			page(`${untouched.join('')}<p><abbr title="Integrated care board">ICB</abbr></p>`),
		);
	});

	it('counts an <abbr> already on the page (a body marked by the MDX plugin) as a use, and marks only a use before it', () => {
		const body =
			'<div><p><abbr title="Integrated care board">ICB</abbr> and <abbr title="Electronic patient records">EPRs</abbr></p></div>';
		expect(markAbbreviations(page(`${body}<p>ICB and EPR</p>`), ENTRIES)).toBe(page(`${body}<p>ICB and EPR</p>`));
		expect(markAbbreviations(page(`<p>Each ICB</p>${body}`), ENTRIES)).toBe(
			page(`<p>Each <abbr title="Integrated care board">ICB</abbr></p>${body}`),
		);
	});

	it('never marks part of a word, and escapes the term in its title', () => {
		const html = page('<p>ICBX and HFMAs</p>');
		expect(markAbbreviations(html, [{ abbreviation: 'HFMA', term: 'A "quoted" & named body' }])).toBe(
			page('<p>ICBX and <abbr title="A &quot;quoted&quot; &amp; named bodys">HFMAs</abbr></p>'),
		);
		expect(markAbbreviations(page('<p>ICBX</p>'), ENTRIES)).toBe(page('<p>ICBX</p>'));
	});

	it('returns a page without <main>, or a glossary without abbreviations, as it was', () => {
		const noMain = '<!DOCTYPE html><html><body><p>ICB</p></body></html>';
		expect(markAbbreviations(noMain, ENTRIES)).toBe(noMain);
		expect(markAbbreviations(page('<p>ICB</p>'), [])).toBe(page('<p>ICB</p>'));
	});
});

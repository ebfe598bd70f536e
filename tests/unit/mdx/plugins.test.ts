/** The build's hast plugins (src/lib/mdx/plugins.ts), run through satteri as the build runs them. */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
	abbreviationsPlugin,
	baseLinksPlugin,
	splitAbbreviations,
	type Abbreviation,
} from '../../../src/lib/mdx/plugins.ts';

const GLOSSARY: Abbreviation[] = [
	{ abbreviation: 'ICB', term: 'Integrated care board' },
	{ abbreviation: 'ICS', term: 'Integrated care system' },
	{ abbreviation: 'EPR', term: 'Electronic patient record' },
];

async function html(markdown: string, base = '/'): Promise<string> {
	const result = await markdownToHtml(markdown, {
		hastPlugins: [baseLinksPlugin(base), abbreviationsPlugin(GLOSSARY)],
	});
	return result.html;
}

describe('abbreviations', () => {
	it('marks the first use of each abbreviation only, with its term as the title', async () => {
		const out = await html('Each ICB and its ICS. Every ICB again, and the ICS.');
		expect(out).toBe(
			'<p>Each <abbr title="Integrated care board">ICB</abbr> and its <abbr title="Integrated care system">ICS</abbr>. Every ICB again, and the ICS.</p>\n',
		);
	});

	it('leaves headings and links alone, and marks the first use after them', async () => {
		const out = await html('## ICB funding\n\n[ICB pages](/x/) then the ICB.');
		expect(out).toContain('<h2>ICB funding</h2>');
		expect(out).toContain('<a href="/x/">ICB pages</a> then the <abbr title="Integrated care board">ICB</abbr>.');
	});

	it('reads a plural as a use, never a longer word, and starts again on each page', async () => {
		expect(await html('Some ICBs, ICBX and EPRS.')).toBe(
			'<p>Some <abbr title="Integrated care boards">ICBs</abbr>, ICBX and EPRS.</p>\n',
		);
		expect(await html('An EPR.')).toContain('<abbr title="Electronic patient record">EPR</abbr>');
		expect(await html('An EPR.')).toContain('<abbr title="Electronic patient record">EPR</abbr>');
	});

	it('marks nothing in a compile for which it is not active (a build: the built pages are marked instead)', async () => {
		let dev = false;
		const plugin = abbreviationsPlugin(GLOSSARY, () => dev);
		expect((await markdownToHtml('An ICB.', { hastPlugins: [plugin] })).html).toBe('<p>An ICB.</p>\n');
		dev = true;
		expect((await markdownToHtml('An ICB.', { hastPlugins: [plugin] })).html).toContain('<abbr');
	});

	it('marks text inside components', async () => {
		const { code } = await mdxToJs(
			'<WarningCallout heading="EPR deadline">\nThe EPR must be ready.\n</WarningCallout>',
			{ hastPlugins: [abbreviationsPlugin(GLOSSARY)] },
		);
		expect(code).toContain('title: "Electronic patient record"');
		expect(code).toContain('heading: "EPR deadline"');
	});

	it('splits text around first uses (pure)', () => {
		const seen = new Set(['ICS']);
		expect(splitAbbreviations('ICS and ICB and ICB', GLOSSARY, seen)).toEqual([
			'ICS and ',
			{ text: 'ICB', abbreviation: 'ICB', title: 'Integrated care board' },
			' and ICB',
		]);
		expect(seen.has('ICB')).toBe(true);
	});
});

describe('splitAbbreviations over many text nodes of one page', () => {
	it('gives what a fresh split gives, node after node, whatever it kept from the nodes before', () => {
		const nodes = ['No abbreviation here.', 'The ICB and its EPR.', 'Another ICB, an ICS.', 'EPRs and ICSs.', 'Plain.'];
		const seen = new Set<string>();
		const fresh = new Set<string>();
		for (const text of nodes) {
			const expected = splitAbbreviations(text, [...GLOSSARY], new Set(fresh));
			for (const p of expected) if (typeof p !== 'string') fresh.add(p.abbreviation);
			expect(splitAbbreviations(text, GLOSSARY, seen)).toEqual(expected);
		}
		expect([...seen].sort()).toEqual(['EPR', 'ICB', 'ICS']);
	});

	it('reads another glossary with the same set afresh', () => {
		const seen = new Set<string>();
		expect(splitAbbreviations('The ICB.', GLOSSARY, seen)).toHaveLength(3);
		const other = [{ abbreviation: 'CCG', term: 'Clinical commissioning group' }];
		expect(splitAbbreviations('The CCG and the ICB.', other, seen)).toEqual([
			'The ',
			{ text: 'CCG', abbreviation: 'CCG', title: 'Clinical commissioning group' },
			' and the ICB.',
		]);
	});
});

describe('base links', () => {
	it('puts the base before site-relative links and images, not before others', async () => {
		const out = await html(
			'[a](/virtual-wards/funding/) [b](https://example.org/) [c](#here) ![d](/charts/x.svg)',
			'/planning-guidance/',
		);
		expect(out).toContain('href="/planning-guidance/virtual-wards/funding/"');
		expect(out).toContain('href="https://example.org/"');
		expect(out).toContain('href="#here"');
		expect(out).toContain('src="/planning-guidance/charts/x.svg"');
	});

	it('is left out of the pipeline at the root', async () => {
		expect(baseLinksPlugin('/')).toBe(false);
		expect(await html('[a](/x/)')).toContain('href="/x/"');
	});
});

/** The MDX check's render oracle (src/lib/mdx/check-rendering.ts): markup that would print as text, tables that lose cells. */
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../../src/lib/mdx/check.ts';
import { mdxContext } from '../../helpers/mdx-context.ts';

const context = mdxContext({ addresses: new Set(['/', '/virtual-wards/']) });
const check = (body: string) =>
	checkMdxBody({ file: 'content/x/page.mdx', body, bodyLine: 10, address: '/x/page/' }, context).map(
		(p) => `${String(p.line)}:${String(p.column)} ${p.field}`,
	);

describe('markup left in the text', () => {
	it('reports bold never closed, a link never closed and a footnote with no definition, where each starts', () => {
		expect(check('Some **bold never closed.')).toEqual(['10:6 bold']);
		expect(check('Text __never closed.')).toEqual(['10:6 bold']);
		expect(check('A [link](/virtual-wards/ never closed.')).toEqual(['10:8 link']);
		expect(check('A figure[^1] with no note.')).toEqual(['10:9 footnote']);
	});

	it('reports italics, strikethrough and code never closed, and links that did not become links', () => {
		expect(check('Most of the *figures here.')).toEqual(['10:13 italics']);
		expect(check('Ended here* for good.')).toEqual(['10:11 italics']);
		expect(check('There was ~~no money.')).toEqual(['10:11 strikethrough']);
		expect(check('Run `npm test to see.')).toEqual(['10:5 code']);
		expect(check('See [the glossary] (/virtual-wards/) now.')).toEqual(['10:18 link']);
		expect(check('See [the glossary][glossary] now.')).toEqual(['10:5 link']);
	});

	it('accepts what the editor escaped, single stars and underscores inside words', () => {
		expect(check('Escaped \\*\\* stars, 2 * 3, a snake_case_name and **closed bold**.')).toEqual([]);
		expect(check('A [real link](/virtual-wards/) and \\[^1\\] written out.')).toEqual([]);
		expect(check('*Italics*, ~~struck~~, `code`, \\~\\~, \\` and a [link][x].\n\n[x]: /virtual-wards/')).toEqual([]);
		expect(check('Brackets [like these] (in a sentence) stay text.')).toEqual([]);
	});
});

describe('paragraphs meant as something else, and code fences', () => {
	it('reports a heading with no space after its #s, and a list with none after its dashes', () => {
		expect(check('Text.\n\n##The year before')).toEqual(['12:1 heading']);
		expect(check('Split:\n\n-pay: 82%\n-overheads: 8%')).toEqual(['12:1 list']);
		expect(check('1.first\n2.second')).toEqual(['10:1 list']);
	});

	it('accepts a hashtag-like word inside a sentence, negative numbers and a real list', () => {
		expect(check('The #NHS tag, and -5 degrees.\n\n- pay: 82%\n- overheads: 8%')).toEqual([]);
		expect(check('-5 to\n-10 degrees')).toEqual([]);
	});

	it('reports a code fence never closed, at the fence, and accepts a closed one', () => {
		expect(check('Text.\n\n```\n\n## A heading')).toEqual(['12:1 code']);
		expect(check('~~~\ncode')).toEqual(['10:1 code']);
		expect(check('```\ncode\n```\n\nText.')).toEqual([]);
	});
});

describe('headings', () => {
	it('reports a level-1 heading, an empty heading and a second heading with the same words', () => {
		expect(check('# Title again')).toEqual(['10:1 heading']);
		expect(check('##\n\nText.')).toEqual(['10:1 heading']);
		expect(check('## The targets\n\nText.\n\n## The  Targets')).toEqual(['14:1 heading']);
	});

	it('names the line of the first heading, in the file', () => {
		const [problem] = checkMdxBody(
			{ file: 'content/x/page.mdx', body: '## A\n\n## B\n\n## A', bodyLine: 10, address: '/x/page/' },
			context,
		);
		expect(problem?.message).toBe(
			'"A" is also the heading on line 10: give each section a heading of its own, or merge the two',
		);
	});

	it('accepts headings of their own at every level from 2', () => {
		expect(check('## One\n\n### Two\n\n## Three')).toEqual([]);
	});
});

describe('tables', () => {
	it('reports a table whose delimiter row does not match its header, once, at its first line', () => {
		expect(check('Before.\n\n| a | b |\n| --- |\n| 1 | 2 |')).toEqual(['12:1 table']);
	});

	it('reports each row with more cells than the header', () => {
		expect(check('| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n| 4 | 5 |\n| 6 | 7 | 8 | 9 |')).toEqual([
			'12:1 table row',
			'14:1 table row',
		]);
	});

	it('reports a row with fewer cells than the header (a deleted pipe prints one cell empty and the next in the wrong column)', () => {
		expect(check('| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 |')).toEqual(['13:1 table row']);
	});

	it('accepts a well-formed table, an empty cell written | |, and a sentence with one pipe', () => {
		expect(check('| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | |')).toEqual([]);
		expect(check('Either this | or that.')).toEqual([]);
	});
});

describe('the messages', () => {
	it('say what would be printed and what to write, in at most 300 characters', () => {
		const messages = checkMdxBody(
			{
				file: 'content/x/page.mdx',
				body: 'Some **bold.\n\nA [link](/ x.\n\nA[^1].\n\n| a | b |\n| --- |\n\n| a |\n| - |\n| 1 | 2 |',
				bodyLine: 1,
			},
			context,
		).map((p) => p.message);
		expect(messages).toHaveLength(5);
		for (const m of messages) expect(m.length).toBeLessThanOrEqual(300);
		expect(messages[0]).toContain('would print as two stars');
		expect(messages[3]).toContain('paragraph of pipes');
		expect(messages[4]).toContain('would not be shown');
	});
});

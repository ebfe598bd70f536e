/** Parsing an MDX body as the build does, and explaining a syntax error (src/lib/mdx/parse.ts). */
import { describe, expect, it } from 'vitest';
import { htmlAdvice, offsetOf, parseBody, pointOf } from '../../../src/lib/mdx/parse.ts';

describe('parsing a body', () => {
	it('gives the tree of a body that parses', () => {
		const parsed = parseBody('## A heading\n\nSome *text* and <InsetText>a note</InsetText>.\n');
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(parsed.tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph']);
	});

	it('explains a syntax error at its line in the file, with what to write instead', () => {
		const parsed = parseBody('Text\n\n<InsetText>not closed\n', 10);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.error).toMatchInlineSnapshot(`
			{
			  "column": 1,
			  "construct": "<InsetText>",
			  "line": 3,
			  "message": "<InsetText> is never closed: close it with </InsetText> after its content, or write <InsetText ... /> if it has none. A component opened inside a sentence must be closed in the same paragraph, or put <InsetText> on a line of its own.",
			}
		`);
	});

	it('explains a custom heading id in braces: the id comes from the words', () => {
		const parsed = parseBody('## Money in 2022/23 {#money}\n');
		expect(parsed.ok ? undefined : parsed.error).toEqual({
			line: 1,
			column: 21,
			construct: '{#id}',
			message:
				"{#money}: a heading's id comes from its words: this one's is #money-in-202223, and braces start code in MDX: delete {#money}, and link to the heading's own id",
		});
	});

	it('turns lines and columns into offsets and back', () => {
		const text = 'ab\ncde\nf';
		expect(offsetOf(text, 2, 2)).toBe(4);
		expect(pointOf(text, 4)).toEqual({ line: 2, column: 2 });
		expect(offsetOf(text, 9, 1)).toBe(text.length);
	});

	it('says what to write instead of an HTML element', () => {
		expect(htmlAdvice('B')).toBe('use **bold**');
		expect(htmlAdvice('marquee')).toMatch(/^use Markdown or one of the components Quote/);
	});
});

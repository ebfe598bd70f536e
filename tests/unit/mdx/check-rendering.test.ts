/** The MDX check's render oracle (src/lib/mdx/check-rendering.ts): markup that would print as text, tables that lose cells. */
import { describe, expect, it } from 'vitest';
import { checkMdxBody, type MdxContext } from '../../../src/lib/mdx/check.ts';

const none = { ids: new Set<string>(), unreadable: false };
const context: MdxContext = {
	sources: none,
	datasets: new Map(),
	datasetIds: none,
	targets: new Map(),
	targetIds: none,
	addresses: new Set(['/', '/virtual-wards/']),
	drafts: new Map(),
	headings: new Map(),
	publicFiles: undefined,
};
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

	it('accepts what the editor escaped, single stars and underscores inside words', () => {
		expect(check('Escaped \\*\\* stars, 2 * 3, a snake_case_name and **closed bold**.')).toEqual([]);
		expect(check('A [real link](/virtual-wards/) and \\[^1\\] written out.')).toEqual([]);
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

	it('accepts a well-formed table, a row with fewer cells (printed empty) and a sentence with one pipe', () => {
		expect(check('| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 |')).toEqual([]);
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

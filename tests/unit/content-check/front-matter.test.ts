/** YAML front matter with positions (src/lib/content-check/front-matter.ts): lines counted from the top of the file. */
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/lib/content-check/front-matter.ts';

const page = (yaml: string) => splitFrontMatter({ path: 'content/x/a.mdx', text: `---\n${yaml}\n---\n\nBody.\n` });
const error = (yaml: string) => {
	const r = page(yaml);
	if (!('message' in r)) throw new Error('expected a YAML error');
	return `${String(r.line)}:${String(r.column)} ${r.message}`;
};

describe('splitFrontMatter', () => {
	it('gives the data, the body, its first line and the line and column of every field', () => {
		const r = page('title: A page\naudience: [acute, ics]\nsources:\n  - id: pg-2022-23-v3\n    page: 22');
		if ('message' in r) throw new Error(r.message);
		expect(r.data).toEqual({
			title: 'A page',
			audience: ['acute', 'ics'],
			sources: [{ id: 'pg-2022-23-v3', page: 22 }],
		});
		expect(r.bodyLine).toBe(8);
		expect(r.locate(['title'])).toEqual({ line: 2, column: 8 });
		expect(r.locate(['audience', 1])).toEqual({ line: 3, column: 19 });
		expect(r.locate(['sources', 0, 'page'])).toEqual({ line: 6, column: 11 });
		// A source written { id, page } is named by its id; a missing field by the front matter's first line.
		expect(r.locate(['sources', 0])).toEqual({ line: 5, column: 9 });
		expect(r.locate(['summary'])).toEqual({ line: 1, column: 1 });
	});

	it('puts YAML errors on the line they are on (the front matter starts on line 2)', () => {
		expect(error('title: A page\nsummary: Virtual wards: the basics')).toBe(
			'3:10 front matter is not valid YAML: the value contains ": ", which YAML reads as a new field: put the whole value in double quotes, for example title: "Virtual wards: the basics"',
		);
		expect(error('title: A page\n\tsummary: B')).toBe(
			'3:1 front matter is not valid YAML: the line is indented with a tab: YAML needs spaces (two per level)',
		);
		expect(error('title: "A page\nowner: x')).toMatch(
			/^3:\d+ front matter is not valid YAML: a quoted value is not closed/,
		);
		expect(error("title: 'it's'")).toMatch(/^2:\d+ front matter is not valid YAML: there is text after a quoted value/);
		expect(error('title: A\nsummary B\nowner: x')).toMatch(
			/^3:1 front matter is not valid YAML: this line is not a field: write each field as name: value/,
		);
	});

	it('names a duplicate key with both lines', () => {
		const r = page('title: A\nowner: Team\ntitle: B');
		if ('message' in r) throw new Error(r.message);
		expect(r.problems).toEqual([
			{
				file: 'content/x/a.mdx',
				field: 'title',
				line: 4,
				column: 1,
				message: 'the key "title" appears twice (lines 2 and 4): keep one',
			},
		]);
	});

	it('reports a file without front matter at line 1', () => {
		expect(splitFrontMatter({ path: 'a.mdx', text: '# Title\n' })).toEqual({
			file: 'a.mdx',
			field: '',
			line: 1,
			message: expect.stringContaining('has no front matter'),
		});
	});
});

describe('a line broken by a character nobody sees', () => {
	it('quotes the line at the character, so the message can name it', () => {
		expect(error('title: A page\nowner:\u00a0Digital team\nsummary: x')).toBe(
			'3:7 front matter is not valid YAML: the line "owner:\u00a0Digital team" is not read as written',
		);
	});
});

describe('the body after the front matter', () => {
	it('splits front matter from body and counts the first body line', () => {
		const r = splitFrontMatter({ path: 'a.mdx', text: '---\ntitle: X\n---\nBody' });
		if ('message' in r) throw new Error(r.message);
		expect([r.data, r.body, r.bodyLine, r.problems]).toEqual([{ title: 'X' }, 'Body', 4, []]);
		expect(r.locate(['title'])).toEqual({ line: 2, column: 8 });
	});

	it('says a front matter whose closing --- is missing is never closed, not that there is none', () => {
		const r = splitFrontMatter({ path: 'content/x/a.mdx', text: '---\ntitle: A page\n\nBody.\n' });
		expect('message' in r && `${String(r.line)}:${String(r.column)} ${r.message}`).toBe(
			"1:1 the front matter that starts here is never closed: add a line --- after its last field (before the page's text)",
		);
		const none = splitFrontMatter({ path: 'content/x/a.mdx', text: 'Body.\n' });
		expect('message' in none && none.message).toContain('has no front matter');
	});

	it('says a list item needs a space after its dash', () => {
		expect(error('sources:\n  - a\n  -b')).toBe(
			'4:3 front matter is not valid YAML: a list item needs a space after its "-": write "- b"',
		);
	});
});

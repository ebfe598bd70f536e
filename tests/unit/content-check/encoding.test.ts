/** Files saved in another encoding than UTF-8 (src/lib/content-check/encoding.ts): decoded by their bytes, reported once. */
import { describe, expect, it } from 'vitest';
import { decodeSource, encodingProblem, garbledProblem } from '../../../src/lib/content-check/encoding.ts';
import { checkProject } from '../../../src/lib/content-check/project.ts';
import { fixtureFiles } from '../../helpers/fixture-site.ts';

const TEXT = 'title: £200 million for “virtual wards” – café\n';

/** `text` in Windows-1252: the characters of TEXT outside ASCII as that code page stores them. */
function windows1252(text: string): Uint8Array {
	const codes: Record<string, number> = { '£': 0xa3, '“': 0x93, '”': 0x94, '–': 0x96, é: 0xe9 };
	return Uint8Array.from([...text].map((c) => codes[c] ?? c.charCodeAt(0)));
}

/** `text` in UTF-16, little-endian, with or without its byte-order mark. */
function utf16le(text: string, bom: boolean): Uint8Array {
	const bytes = [...(bom ? [0xff, 0xfe] : [])];
	for (const c of text) {
		const code = c.charCodeAt(0);
		bytes.push(code & 0xff, code >> 8);
	}
	return Uint8Array.from(bytes);
}

describe('decodeSource', () => {
	it('reads UTF-8 as it is, with no encoding to report, keeping a byte-order mark for the check to report', () => {
		expect(decodeSource(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT });
		expect(decodeSource(new TextEncoder().encode(`\ufeff${TEXT}`))).toEqual({ text: `\ufeff${TEXT}` });
	});

	it('reads Windows-1252 and says so', () => {
		expect(decodeSource(windows1252(TEXT))).toEqual({ text: TEXT, encoding: 'Windows-1252' });
	});

	it('reads UTF-16 with or without its byte-order mark, and says so', () => {
		expect(decodeSource(utf16le(TEXT, true))).toEqual({ text: TEXT, encoding: 'UTF-16' });
		expect(decodeSource(utf16le(TEXT, false))).toEqual({ text: TEXT, encoding: 'UTF-16' });
	});
});

describe('the check of a file saved in another encoding', () => {
	it('reports the encoding once, at 1:1, and checks the rest of the file as written', () => {
		const files = fixtureFiles();
		const page = files.content.find((f) => f.path.endsWith('.mdx'));
		if (!page) throw new Error('the fixture site has no page');
		page.encoding = 'Windows-1252';
		const problems = checkProject(files).problems;
		expect(problems).toEqual([encodingProblem(page.path, 'Windows-1252')]);
		expect(problems[0]?.message).toContain('save it as UTF-8');
		expect(problems[0]?.message.length).toBeLessThanOrEqual(300);
	});

	it('names UTF-16 as Word and Notepad call it', () => {
		expect(encodingProblem('data/targets.json', 'UTF-16').message).toContain('"Unicode" in Word and Notepad');
	});
});

describe('a UTF-8 file with a byte that is not', () => {
	const bytes = Uint8Array.from([...Buffer.from('Costs ’ and\nup to '), 0xa3, ...Buffer.from('6 million')]);

	it('is read as UTF-8 with that byte as Windows-1252, and reported at it', () => {
		const read = decodeSource(bytes);
		expect(read).toEqual({
			text: 'Costs ’ and\nup to £6 million',
			encoding: 'UTF-8 and Windows-1252',
			stray: { line: 2, column: 7, character: '£' },
		});
		expect(encodingProblem('content/x/a.mdx', 'UTF-8 and Windows-1252', read.stray)).toEqual({
			file: 'content/x/a.mdx',
			field: '',
			line: 2,
			column: 7,
			message:
				'this £ was saved in another encoding (Windows-1252) than the rest of the file (UTF-8), and the site cannot read it: delete it and type it again',
		});
	});

	it('is Windows-1252 when no character of it is UTF-8', () => {
		expect(decodeSource(Uint8Array.from([...Buffer.from('up to '), 0xa3, 0x36])).encoding).toBe('Windows-1252');
	});
});

describe('garbledProblem', () => {
	it('names text garbled by a wrong encoding, with what it stands for, at the first', () => {
		expect(garbledProblem({ path: 'content/x/a.mdx', text: 'Line one.\nA further Â£6 and itâ€™s' })).toEqual({
			file: 'content/x/a.mdx',
			field: '',
			line: 2,
			column: 11,
			message:
				'"Â£" is a garbled "£" (text copied from a program that read it in the wrong encoding): write £, and look for others in what was pasted',
		});
		expect(garbledProblem({ path: 'a', text: 'itâ€™s' })?.message).toContain('garbled "’"');
	});

	it('leaves accented words and symbols alone', () => {
		expect(garbledProblem({ path: 'a', text: 'Café, naïve, £200, Ångström, São Paulo, Ã alone' })).toBeUndefined();
	});
});

/** Files saved in another encoding than UTF-8 (src/lib/content-check/encoding.ts): decoded by their bytes, reported once. */
import { describe, expect, it } from 'vitest';
import { decodeSource, encodingProblem } from '../../../src/lib/content-check/encoding.ts';
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

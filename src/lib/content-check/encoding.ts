/**
 * Files saved in another encoding than UTF-8. Word, Excel and older Windows
 * editors save text as Windows-1252 (a £ or a curly quote is then one byte
 * that is not UTF-8) or as UTF-16 ("Unicode" in their menus). Astro reads
 * every file as UTF-8 and fails with a message that does not say why. The
 * check decodes each file by what its bytes are, reports the encoding once,
 * at 1:1, with how to save it as UTF-8, and checks the rest of the file as
 * its editor wrote it, so every other problem is still listed. A UTF-8 file
 * with a few bytes that are not (a £ typed in an editor set to Windows-1252,
 * or pasted from an older program) is UTF-8 in the editor's status bar: it is
 * reported at the first such character, to be typed again.
 */
import type { SourceFile } from '../collections/registry.ts';
import type { Problem } from '../problems/problems.ts';

type Encoding = NonNullable<SourceFile['encoding']>;
type Stray = NonNullable<SourceFile['stray']>;

/** A file's bytes as text, and the encoding they were in when it is not UTF-8. */
export function decodeSource(bytes: Uint8Array): { text: string; encoding?: Encoding; stray?: Stray } {
	const utf16 = utf16Order(bytes);
	if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: 'UTF-16' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
	} catch {
		return mixed(bytes) ?? { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
	}
}

/** The length of the UTF-8 sequence at `i` of `bytes`, or 0 when the bytes there are not one. */
function utf8Length(bytes: Uint8Array, i: number): number {
	const b = bytes[i] ?? 0;
	const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
	for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
	return n;
}

/**
 * A UTF-8 file with some bytes that are not: its text (those bytes read as
 * Windows-1252) and where the first is; undefined when the file has no
 * character of more than one byte in UTF-8, so is not UTF-8 at all.
 */
function mixed(bytes: Uint8Array): { text: string; encoding: Encoding; stray: Stray } | undefined {
	const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
	const latin = new TextDecoder('windows-1252');
	let text = '';
	let from = 0;
	let wide = false;
	let first: number | undefined;
	for (let i = 0; i < bytes.length;) {
		const n = utf8Length(bytes, i);
		if (n > 1) wide = true;
		if (n > 0) {
			i += n;
			continue;
		}
		text += utf8.decode(bytes.subarray(from, i));
		first ??= text.length;
		text += latin.decode(bytes.subarray(i, i + 1));
		from = ++i;
	}
	text += utf8.decode(bytes.subarray(from));
	if (!wide || first === undefined) return undefined;
	const before = text.slice(0, first);
	const line = before.split('\n').length;
	const stray = { line, column: first - before.lastIndexOf('\n'), character: text.charAt(first) };
	return { text, encoding: 'UTF-8 and Windows-1252', stray };
}

/** UTF-16's byte order, from its byte-order mark or, without one, from where the zero bytes of ASCII text fall. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const sample = bytes.subarray(0, 200);
	if (sample.length < 4) return undefined;
	let even = 0;
	let odd = 0;
	sample.forEach((b, i) => {
		if (b === 0) {
			if (i % 2 === 0) even++;
			else odd++;
		}
	});
	const half = sample.length / 2;
	if (odd > half * 0.6) return 'utf-16le';
	if (even > half * 0.6) return 'utf-16be';
	return undefined;
}

/** The problem to report for a file saved in `encoding` (`stray`: the first character that is not UTF-8, in a UTF-8 file). */
export function encodingProblem(path: string, encoding: Encoding, stray?: Stray): Problem {
	if (encoding === 'UTF-8 and Windows-1252') {
		return {
			file: path,
			field: '',
			line: stray?.line ?? 1,
			column: stray?.column ?? 1,
			message: `this ${stray?.character ?? 'character'} was saved in another encoding (Windows-1252) than the rest of the file (UTF-8), and the site cannot read it: delete it and type it again`,
		};
	}
	const what =
		encoding === 'UTF-16'
			? 'is saved as UTF-16 ("Unicode" in Word and Notepad)'
			: 'is saved as Windows-1252, not UTF-8 (a £, an accent or a curly quote is stored in a way the site cannot read)';
	return {
		file: path,
		field: '',
		line: 1,
		column: 1,
		message: `${what}: save it as UTF-8 (in VS Code: click "${encoding === 'UTF-16' ? 'UTF-16 LE' : 'Windows 1252'}" in the status bar, then "Save with Encoding", "UTF-8")`,
	};
}

/** The Windows-1252 byte of each character that is not its own code point there (€ is 0x80, ’ is 0x92, …). */
const WINDOWS_1252_BYTES: ReadonlyMap<string, number> = new Map(
	Array.from({ length: 32 }, (_, i) => [new TextDecoder('windows-1252').decode(Uint8Array.of(0x80 + i)), 0x80 + i]),
);

/** A run that could be one UTF-8 character read as Windows-1252: a lead (Â to ô) and one to three continuations. */
const GARBLED =
	/[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/gu;

/** The character a garbled run stands for, when its Windows-1252 bytes are one UTF-8 character. */
function ungarble(run: string): string | undefined {
	const bytes: number[] = [];
	for (const c of run) {
		const code = c.codePointAt(0) ?? 0;
		const byte = code < 0x100 ? code : WINDOWS_1252_BYTES.get(c);
		if (byte === undefined) return undefined;
		bytes.push(byte);
	}
	const array = Uint8Array.from(bytes);
	if (utf8Length(array, 0) !== array.length) return undefined;
	return new TextDecoder('utf-8').decode(array);
}

/**
 * Text garbled on its way from another program ("Â£" for £, "â€™" for ’):
 * UTF-8 read as Windows-1252, then saved or copied. The file is valid, and
 * the site would print the garble; reported at the first, with what it stands for.
 */
export function garbledProblem(file: { path: string; text: string }): Problem | undefined {
	for (const m of file.text.matchAll(GARBLED)) {
		const meant = ungarble(m[0]);
		if (meant === undefined) continue;
		const before = file.text.slice(0, m.index);
		return {
			file: file.path,
			field: '',
			line: before.split('\n').length,
			column: m.index - before.lastIndexOf('\n'),
			message: `"${m[0]}" is a garbled "${meant}" (text copied from a program that read it in the wrong encoding): write ${meant}, and look for others in what was pasted`,
		};
	}
	return undefined;
}

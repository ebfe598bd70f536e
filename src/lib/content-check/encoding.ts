/**
 * Files saved in another encoding than UTF-8. Word, Excel and older Windows
 * editors save text as Windows-1252 (a £ or a curly quote is then one byte
 * that is not UTF-8) or as UTF-16 ("Unicode" in their menus). Astro reads
 * every file as UTF-8 and fails with a message that does not say why. The
 * check decodes each file by what its bytes are, reports the encoding once,
 * at 1:1, with how to save it as UTF-8, and checks the rest of the file as
 * its editor wrote it, so every other problem is still listed.
 */
import type { SourceFile } from '../collections/registry.ts';
import type { Problem } from '../problems/problems.ts';

type Encoding = NonNullable<SourceFile['encoding']>;

/** A file's bytes as text, and the encoding they were in when it is not UTF-8. */
export function decodeSource(bytes: Uint8Array): { text: string; encoding?: Encoding } {
	const utf16 = utf16Order(bytes);
	if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: 'UTF-16' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
	}
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

/** The problem to report for a file saved in `encoding`. */
export function encodingProblem(path: string, encoding: Encoding): Problem {
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

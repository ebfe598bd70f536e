/**
 * Characters an editor cannot see, or cannot tell from the one they meant:
 * a non-breaking space pasted from Word, a zero-width space from a web page,
 * curly quotes and dashes that a word processor typed for them. A message
 * that quotes what the editor wrote is otherwise read as if they had typed
 * something else ("unknown id "pg-2022-23"" when the id looks right). Every
 * problem of the check goes through {@link nameHidden}, which names each such
 * character the message quotes, with its code point and where it comes from.
 */
import type { Problem } from './problems.ts';

interface Hidden {
	name: string;
	/** Where it usually comes from, and what to type instead. */
	advice: string;
	/** Found only inside a word or number (look-alikes are fine in prose, never in an id, a code or a date). */
	inWord?: boolean;
}

const HIDDEN: ReadonlyMap<string, Hidden> = new Map([
	['\u00a0', { name: 'a non-breaking space', advice: 'often pasted from Word: type an ordinary space' }],
	['\u202f', { name: 'a narrow non-breaking space', advice: 'often pasted from Word: type an ordinary space' }],
	['\u200b', { name: 'a zero-width space', advice: 'often pasted from a web page: delete it' }],
	['\u200c', { name: 'a zero-width non-joiner', advice: 'pasted with copied text: delete it' }],
	['\u200d', { name: 'a zero-width joiner', advice: 'pasted with copied text: delete it' }],
	['\u2060', { name: 'a word joiner', advice: 'pasted with copied text: delete it' }],
	['\ufeff', { name: 'a byte-order mark', advice: 'pasted with copied text: delete it' }],
	['\u00ad', { name: 'a soft hyphen', advice: 'often pasted from a PDF or Word: delete it' }],
	[
		'\u2018',
		{ name: 'a curly opening quote ‘', advice: "typed by a word processor: type a straight ' instead", inWord: true },
	],
	[
		'\u2019',
		{ name: 'a curly closing quote ’', advice: "typed by a word processor: type a straight ' instead", inWord: true },
	],
	[
		'\u201c',
		{ name: 'a curly opening quote “', advice: 'typed by a word processor: type a straight " instead', inWord: true },
	],
	[
		'\u201d',
		{ name: 'a curly closing quote ”', advice: 'typed by a word processor: type a straight " instead', inWord: true },
	],
	['\u2013', { name: 'an en dash –', advice: 'typed by a word processor: type a hyphen - instead', inWord: true }],
	['\u2014', { name: 'an em dash —', advice: 'typed by a word processor: type a hyphen - instead', inWord: true }],
	['\u2212', { name: 'a minus sign −', advice: 'type a hyphen - instead', inWord: true }],
]);

/** Each of HIDDEN's characters, written as an escape (a joiner written as itself would join the class's characters). */
const CANDIDATES = new RegExp(
	`[${[...HIDDEN.keys()].map((c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`).join('')}]`,
	'gu',
);

/** The sentence that names the hidden characters of `text`, or '' when it has none. */
export function hiddenCharacters(text: string): string {
	const named: string[] = [];
	const seen = new Set<string>();
	for (const m of text.matchAll(CANDIDATES)) {
		const c = m[0];
		const hidden = HIDDEN.get(c);
		if (!hidden || seen.has(c)) continue;
		const before = text[m.index - 1] ?? '';
		const after = text[m.index + 1] ?? '';
		if (hidden.inWord && !(/[\p{L}\p{N}_-]/u.test(before) || /[\p{L}\p{N}_-]/u.test(after))) continue;
		if (hidden.inWord && !/["[(]/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
		seen.add(c);
		const code = `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? ''}`;
		// What comes before it in the same quoted value or word: `after "owner:"`.
		const lead = /[^"(\s]*$/.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? '';
		const where = lead ? ` after "${lead}"` : '';
		named.push(`${hidden.name} (${code}, ${hidden.advice})${where}`);
	}
	return named.length === 0 ? '' : `it holds ${named.join(', and ')}`;
}

/** The problem with the hidden characters its message quotes named at the end. */
export function nameHidden(problem: Problem): Problem {
	const hidden = hiddenCharacters(problem.message);
	return hidden === '' ? problem : { ...problem, message: `${problem.message} (${hidden})` };
}

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

/** Each of HIDDEN's characters, written as an escape (a joiner written as itself would join the class's characters); then any other invisible formatting character or unusual space, and any letter of another script. */
const CANDIDATES = new RegExp(
	`[${[...HIDDEN.keys()].map((c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`).join('')}\\p{Cf}\\p{Zs}\\p{Script=Cyrillic}\\p{Script=Greek}]`,
	'gu',
);

/** Cyrillic and Greek letters that look like Latin ones (a keyboard set to another language, or text copied from a document that used them). */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
	а: 'a',
	е: 'e',
	о: 'o',
	р: 'p',
	с: 'c',
	у: 'y',
	х: 'x',
	і: 'i',
	ј: 'j',
	ѕ: 's',
	ԁ: 'd',
	һ: 'h',
	ԛ: 'q',
	ԝ: 'w',
	А: 'A',
	В: 'B',
	Е: 'E',
	К: 'K',
	М: 'M',
	Н: 'H',
	О: 'O',
	Р: 'P',
	С: 'C',
	Т: 'T',
	Х: 'X',
	І: 'I',
	ο: 'o',
	α: 'a',
	ν: 'v',
	ι: 'i',
	κ: 'k',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x',
	Α: 'A',
	Β: 'B',
	Ε: 'E',
	Ζ: 'Z',
	Η: 'H',
	Ι: 'I',
	Κ: 'K',
	Μ: 'M',
	Ν: 'N',
	Ο: 'O',
	Ρ: 'P',
	Τ: 'T',
	Υ: 'Y',
	Χ: 'X',
};

/** A character CANDIDATES finds beyond HIDDEN's list: an invisible one, an unusual space, or a letter of another script in a Latin word (undefined for an ordinary space, or a word wholly in that script). */
function otherHidden(c: string, before: string, after: string): Hidden | undefined {
	if (c === ' ') return undefined;
	if (/\p{Cf}/u.test(c))
		return { name: 'an invisible formatting character', advice: 'pasted with copied text: delete it' };
	if (/\p{Zs}/u.test(c)) return { name: 'an unusual space', advice: 'pasted with copied text: type an ordinary space' };
	// A letter of another script is named only beside a Latin letter, digit or hyphen: a word in Greek is not a mistake.
	if (!/[A-Za-z0-9-]/.test(before) && !/[A-Za-z0-9-]/.test(after)) return undefined;
	const latin = LOOK_ALIKE[c];
	const script = /\p{Script=Cyrillic}/u.test(c) ? 'Cyrillic' : 'Greek';
	return {
		name: latin ? `a ${script} ${c} that looks like the Latin ${latin}` : `a ${script} letter ${c}`,
		advice: `type the Latin letter${latin ? ` ${latin}` : ''} instead`,
	};
}

/** The sentence that names the hidden characters of `text`, or '' when it has none. */
export function hiddenCharacters(text: string): string {
	const named: string[] = [];
	const seen = new Set<string>();
	for (const m of text.matchAll(CANDIDATES)) {
		const c = m[0];
		const before = text[m.index - 1] ?? '';
		const after = text[m.index + 1] ?? '';
		const hidden = HIDDEN.get(c) ?? otherHidden(c, before, after);
		if (!hidden || seen.has(c)) continue;
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

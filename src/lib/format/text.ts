/** Small text helpers shared by the model, the checks and the charts. Pure. */

/** A count and its noun: plural(1, 'page') → "1 page", plural(3, 'page') → "3 pages", plural(2, 'entry', 'entries'). */
export function plural(n: number | bigint, one: string, many = `${one}s`): string {
	return `${String(n)} ${n === 1 || n === 1n ? one : many}`;
}

const AND = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Items joined as in a sentence: ["A"] → "A", ["A", "B", "C"] → "A, B and C". */
export function andList(items: readonly string[]): string {
	return AND.format(items);
}

/** The text with its first letter in capitals: "ambition" → "Ambition". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text with its first letter in lower case: "Official statistics" → "official statistics". */
export function uncapitalise(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

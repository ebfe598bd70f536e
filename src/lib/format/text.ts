/** Small text helpers shared by the model and the charts. Pure. */

/** The text with its first letter in capitals: "ambition" → "Ambition". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text with its first letter in lower case: "Official statistics" → "official statistics". */
export function uncapitalise(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

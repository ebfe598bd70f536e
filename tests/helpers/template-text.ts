/** What a sentence broken by templating looks like: the rules of tests/build/template-text.test.ts, unit-tested in tests/unit/helpers/template-text.test.ts. */

/** Placeholders and possessives on brackets in a page's text, each quoted with a little context. */
export function templateLeaks(pageText: string): string[] {
	const patterns: RegExp[] = [
		/\bundefined\b/g,
		/\bNaN\b/g,
		/\[object Object\]/g,
		/\$\{[^}]*\}/g,
		/\{\{[^}]*\}\}/g,
		/\)['’]s\b/g,
	];
	return patterns.flatMap((pattern) =>
		[...pageText.matchAll(pattern)].map((m) => {
			const at = m.index;
			return `"${pageText.slice(Math.max(0, at - 40), at + m[0].length + 10)}"`;
		}),
	);
}

/** The unit words a figure's text carries after its number: "91% of trusts" → "of trusts", "12,825 beds" → "beds". */
export function unitWords(figure: string): string {
	return figure
		.replace(/^[^\d]*[\d.,]+\s*(?:million|%)?/u, '')
		.trim()
		.toLowerCase();
}

/** Whether the text after a figure begins by repeating the figure's unit ("91% of trusts" then " of trusts had…"). */
export function figureRepeatsUnit(figure: string, after: string): boolean {
	const unit = unitWords(figure);
	if (unit.length === 0) return false;
	const next = after.replace(/\s+/g, ' ').trim().toLowerCase();
	const lastWord = unit.split(' ').at(-1) ?? unit;
	return next.startsWith(unit) || next.startsWith(`of ${lastWord}`) || next.startsWith(`${lastWord} `);
}

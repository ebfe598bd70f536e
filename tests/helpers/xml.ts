/**
 * A strict enough XML well-formedness check for the SVGs we write: one root,
 * every tag closed in order, attributes quoted and unique, no raw "<" or a
 * bare "&" in text. Returns the problems found (empty when well-formed).
 */
export function xmlProblems(xml: string): string[] {
	const problems: string[] = [];
	const stack: string[] = [];
	let roots = 0;
	const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	const token =
		/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)|(<)/g;
	for (const m of body.matchAll(token)) {
		const [, close, name, attrs, selfClose, text, stray] = m;
		if (stray) {
			problems.push(`stray "<" at ${m.index}`);
			continue;
		}
		if (text !== undefined) {
			if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(text))
				problems.push(`bare "&" in text at ${m.index}`);
			if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${m.index}`);
			continue;
		}
		if (!name) continue;
		if (close) {
			const open = stack.pop();
			if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${m.index}`);
			continue;
		}
		const names = [...(attrs ?? '').matchAll(/([\w:.-]+)\s*=/g)].map((a) => a[1]);
		if (new Set(names).size !== names.length) problems.push(`<${name}> repeats an attribute at ${m.index}`);
		if (stack.length === 0) roots++;
		if (!selfClose) stack.push(name);
	}
	if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
	if (roots !== 1) problems.push(`${roots} root elements`);
	return problems;
}

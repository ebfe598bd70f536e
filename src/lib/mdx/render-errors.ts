/**
 * The error a component throws at build time when what it was given cannot
 * be printed. The content check rejects such pages before the build, so this
 * only happens when the check and a component disagree; the message still
 * names the page's source file and the component, never only a URL.
 */

/** An Error naming `file` (the page's source file, when the page passed it) and the component's tag. */
export function componentError(file: string | undefined, tag: string, detail: string): Error {
	return new Error(
		`${file ?? 'a guidance page'} → ${tag}: ${detail}; run npm run check:content for every problem and what to write instead`,
	);
}

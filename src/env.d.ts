declare namespace App {
	interface Locals {
		/**
		 * The figures a guidance page prints with <Figure>, as keys
		 * (src/lib/mdx/tree.ts, figureKey), in order: the page sets it and each
		 * <Figure> takes its footnote number from it.
		 */
		figureNotes?: string[];
		/** The source file of the guidance page being rendered (content/…/….mdx), so an MDX component's error names it. */
		mdxFile?: string | undefined;
	}
}

declare namespace App {
	interface Locals {
		/**
		 * The figures a guidance page prints with <Figure>, as keys
		 * (src/lib/mdx/tree.ts, figureKey), in order: the page sets it and each
		 * <Figure> takes its footnote number from it.
		 */
		figureNotes?: string[];
	}
}

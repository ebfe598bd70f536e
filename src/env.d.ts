declare namespace App {
	interface Locals {
		/**
		 * The figures a guidance page prints with <Figure>, as keys
		 * (content-check.ts, figureKey), in order: the page sets it and each
		 * <Figure> takes its footnote number from it.
		 */
		figureNotes?: string[];
	}
}

declare namespace App {
	interface Locals {
		/**
		 * What the MDX components of the guidance page being rendered print
		 * (src/lib/pages/mdx-resolver.ts): the page sets it, and <Figure>,
		 * <Quote> and <TargetChart> read it, so they look nothing up.
		 */
		mdx?: import('./lib/pages/mdx-resolver.ts').MdxResolver | undefined;
	}
}

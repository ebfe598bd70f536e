/**
 * Only the CSS pages use. The site's stylesheet (main.scss) is compiled from
 * the NHS.UK frontend's Sass, whose core alone brings hundreds of rules no
 * page uses (every spacing and width utility at every breakpoint, every
 * typography and grid helper). PurgeCSS, as a PostCSS plugin in Vite's CSS
 * pipeline (astro.config.mjs), drops every rule whose classes appear in none
 * of the files that write markup: the templates and components, the page
 * models and views that name classes, and the browser scripts.
 *
 * It runs on the site's own stylesheet only (main.scss and the partials it
 * uses); any other CSS (a component's scoped <style>) passes through untouched.
 *
 * What a scan of the sources cannot see is kept by the safe-list below: the
 * site's own app- classes (few, and some built from values at run time),
 * the tag colours (nhsuk-tag--${colour}), and every element Markdown can write
 * into a guidance page. States need nothing: :focus, :hover, :visited and
 * [aria-current] rules are kept whenever their element's class is, and a
 * selector on an attribute's value (a[href^="/"], [aria-expanded=true]) is
 * kept whatever the value (PRUNE_DYNAMIC_ATTRIBUTES).
 */
import {
	defaultOptions,
	PurgeCSS,
	standardizeSafelist,
	type ExtractorResultSets,
	type Options,
	type UserDefinedOptions,
} from 'purgecss';
import type { AcceptedPlugin } from 'postcss';
import type { Plugin as VitePlugin } from 'vite';

/** The files whose text names every class a page can carry (globs, relative to the project root). */
export const PRUNE_CONTENT = ['src/**/*.astro', 'src/**/*.ts', 'src/**/*.mdx'];

/** The elements Markdown writes into a page body (content/**\/*.mdx has no HTML of its own). */
export const MARKDOWN_ELEMENTS = [
	'a',
	'blockquote',
	'br',
	'code',
	'del',
	'em',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'img',
	'li',
	'ol',
	'p',
	'pre',
	'strong',
	'table',
	'tbody',
	'td',
	'th',
	'thead',
	'tr',
	'ul',
	'sup',
	'section',
];

/** Classes kept although no source names them whole: see the module comment. */
export const PRUNE_SAFELIST: NonNullable<UserDefinedOptions['safelist']> = {
	standard: [/^app-/, /^nhsuk-tag--/, ...MARKDOWN_ELEMENTS, 'html', 'body', ':root'],
};

/** Attributes whose selectors are kept whatever value they test (see pruneUnusedCss). */
export const PRUNE_DYNAMIC_ATTRIBUTES = [
	'href',
	'hidden',
	'open',
	'type',
	'role',
	'aria-current',
	'aria-expanded',
	'aria-hidden',
	'aria-invalid',
	'aria-pressed',
	'aria-sort',
	'aria-disabled',
	'aria-selected',
];

/** The stylesheet files PurgeCSS prunes: the site's own Sass (src/styles). */
const OWN_STYLESHEET = /[/\\]src[/\\]styles[/\\][^/\\]+\.scss(\?.*)?$/;

/**
 * The PostCSS plugin for Vite's css.postcss.plugins. The classes the sources
 * name are read once per plugin, that is once per build, and every
 * stylesheet (main.scss, and the one-page briefing.scss and editions.scss)
 * is pruned against them: the sources do not change while a build runs.
 */
export function pruneUnusedCss(root: string): AcceptedPlugin {
	const options: Options = {
		...defaultOptions,
		content: PRUNE_CONTENT.map((glob) => `${root}/${glob}`),
		safelist: standardizeSafelist(PRUNE_SAFELIST),
		// @font-face, @keyframes and custom properties (--nhsuk-…) the kept rules do not use go too.
		fontFace: true,
		keyframes: true,
		variables: true,
		// Attribute selectors on these are kept whatever their value: a scan of the sources cannot see
		// a value such as the "/" of print.scss's a[href^="/"]::after (no printed address after an
		// internal link), and the frontend styles states by aria-* attributes.
		dynamicAttributes: PRUNE_DYNAMIC_ATTRIBUTES,
	};
	let selectors: Promise<ExtractorResultSets> | undefined;
	return {
		postcssPlugin: 'portal:prune-unused-css',
		async OnceExit(css) {
			const file = css.source?.input.file ?? '';
			if (!OWN_STYLESHEET.test(file)) return;
			selectors ??= new PurgeCSS().extractSelectorsFromFiles(options.content as string[], options.extractors);
			// What @fullhuman/postcss-purgecss does for each stylesheet, with the sources' selectors read once.
			const purge = new PurgeCSS();
			purge.options = options;
			purge.variablesStructure.safelist = options.safelist.variables ?? [];
			purge.walkThroughCSS(css, await selectors);
			purge.removeUnusedFontFaces();
			purge.removeUnusedKeyframes();
			purge.removeUnusedCSSVariables();
		},
	};
}

/**
 * The Vite plugin that adds pruneUnusedCss to `astro build` only: the dev
 * server keeps every rule, so a class added while editing is styled at once.
 * PORTAL_PRUNE_CSS=off builds without pruning, to compare screenshots with
 * and without it (scripts/screenshots.ts).
 */
export function pruneUnusedCssOnBuild(root: string): VitePlugin {
	return {
		name: 'portal:prune-unused-css',
		config: (_config, { command }) =>
			command === 'build' && process.env.PORTAL_PRUNE_CSS !== 'off'
				? { css: { postcss: { plugins: [pruneUnusedCss(root)] } } }
				: undefined,
	};
}

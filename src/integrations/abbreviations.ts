/**
 * The glossary's abbreviations in page bodies under `astro dev`. In a build
 * the finishing steps mark every written page (src/lib/build/mark-pages.ts,
 * run by src/integrations/finish.ts), whatever wrote its text, so the MDX
 * plugin (src/lib/mdx/plugins.ts) stays off there: compiling every body
 * through it cost about 0.2 to 0.3 ms a page (BENCHMARKS.md). Under
 * `astro dev`, where no pass runs, it marks each page body while it compiles.
 */
import type { AstroIntegration } from 'astro';
import { abbreviationsPlugin, type Abbreviation } from '../lib/mdx/plugins.ts';

/**
 * `integration` learns which command runs (it does nothing else); `bodyPlugin`,
 * for astro.config.mjs's `markdown.processor`, marks page bodies only under `astro dev`.
 */
export default function abbreviationMarks(entries: readonly Abbreviation[]): {
	integration: AstroIntegration;
	bodyPlugin: ReturnType<typeof abbreviationsPlugin>;
} {
	let command: string | undefined;
	return {
		integration: {
			name: 'portal:abbreviations',
			hooks: {
				'astro:config:setup': ({ command: running }) => {
					command = running;
				},
			},
		},
		bodyPlugin: abbreviationsPlugin(entries, () => command === 'dev'),
	};
}

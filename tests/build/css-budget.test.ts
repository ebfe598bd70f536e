/**
 * Gate: only the CSS pages use (issue 12). The stylesheet is pruned to the
 * rules the site's markup names (src/styles/prune.ts); this test fails if it
 * grows back (someone imports the whole frontend again, or the pruning stops
 * running), or if pruning went too far and dropped a class a page carries.
 *
 * The budgets come from the measurement in BENCHMARKS.md ("Only the CSS pages
 * use"): 81,835 bytes (11,633 gzipped) on 30 November 2026, with room for the
 * site's own rules to grow.
 *
 *   npx vitest run --project build tests/build/css-budget.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { cssClasses, htmlClasses, pageWeight } from '../../scripts/lib/page-weight.ts';
import { SITE_DIST } from '../helpers/site.ts';

/** The site's whole stylesheet, raw: measured 81,835 bytes; unpruned it is 239,870. */
const CSS_BUDGET_BYTES = 90_000;
/** CSS + JS a guidance page loads, gzipped: the budget, 12 KB (12,000 bytes, as BENCHMARKS.md counts). */
const GUIDANCE_PAGE_BUDGET_GZIP = 12_000;

/**
 * Classes pages carry that the stylesheet rightly has no rule for, each with
 * the reason. Anything else without a rule was pruned by mistake (add it to
 * PRUNE_SAFELIST in src/styles/prune.ts) or is a typo.
 */
const WITHOUT_RULES: { pattern: RegExp; reason: string }[] = [
	{
		pattern: /^app-/,
		reason:
			'the site’s own names: hooks for scripts and tests, or semantic names with no style; app- rules are never pruned',
	},
	{
		pattern: /^nhsuk-table__(head|body|row|header|cell)$/,
		reason:
			'the frontend styles these only inside modifiers the site does not use (--striped, --compact, --responsive)',
	},
	{
		pattern: /^nhsuk-input-wrapper--large$/,
		reason: 'styled only with input prefixes and suffixes, which the site does not use',
	},
	{
		pattern:
			/^nhsuk-(breadcrumb__back|header__navigation-item--current|pagination__link--(next|prev)|contents-list|search-input|search-input--large)$/,
		reason: 'no rule in nhsuk-frontend v10 either (hooks for its JavaScript or markup conventions)',
	},
];

const files = listFiles(SITE_DIST);
const cssFiles = files.filter((f) => f.endsWith('.css'));
const css = cssFiles.map((f) => readFileSync(join(SITE_DIST, f), 'utf8')).join('\n');

describe('the stylesheet', () => {
	it('is under its budget', () => {
		expect(cssFiles.length).toBeGreaterThan(0);
		expect(Buffer.byteLength(css)).toBeLessThanOrEqual(CSS_BUDGET_BYTES);
	});

	it('has a rule for every class a page carries, or the class is on the allow-list', () => {
		const styled = cssClasses(css);
		const unstyled = new Map<string, string>();
		for (const file of files.filter((f) => f.endsWith('.html'))) {
			for (const c of htmlClasses(readFileSync(join(SITE_DIST, file), 'utf8'))) {
				if (!styled.has(c) && !WITHOUT_RULES.some((w) => w.pattern.test(c)) && !unstyled.has(c)) unstyled.set(c, file);
			}
		}
		expect(Object.fromEntries(unstyled)).toEqual({});
	});
});

describe('a guidance page', () => {
	const guidance = files.filter(
		(f) =>
			/^[^/]+\/[^/]+\/index\.html$/.test(f) &&
			readFileSync(join(SITE_DIST, f), 'utf8').includes('data-pagefind-filter="type">Guidance<'),
	);

	it('loads at most 12 KB of CSS and JS, gzipped, and no render-blocking script', () => {
		expect(guidance.length).toBeGreaterThan(0);
		for (const file of guidance) {
			const weight = pageWeight(SITE_DIST, file);
			expect(weight.cssGzipBytes + weight.jsGzipBytes, file).toBeLessThanOrEqual(GUIDANCE_PAGE_BUDGET_GZIP);
			expect(weight.renderBlocking, file).toEqual([]);
		}
	});
});

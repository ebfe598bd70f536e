/** src/styles/prune.ts: the CSS no source names is dropped from the site's own stylesheets, the sources read once a build. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pruneUnusedCss } from '../../../src/styles/prune.ts';

const root = mkdtempSync(join(tmpdir(), 'portal-prune-'));
mkdirSync(join(root, 'src', 'components'), { recursive: true });
writeFileSync(
	join(root, 'src', 'components', 'Card.astro'),
	'<div class="nhsuk-card"><p class="nhsuk-card__description">x</p></div>',
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CSS = `
.nhsuk-card { color: red; }
.nhsuk-card__description { margin: 0; }
.nhsuk-u-margin-top-9 { margin-top: 9rem; }
.app-anything { color: blue; }
p { line-height: 1.5; }
`;

describe('pruneUnusedCss', () => {
	it("prunes each of the site's stylesheets, reading the sources' classes only once", async () => {
		const scans = vi.spyOn(PurgeCSS.prototype, 'extractSelectorsFromFiles');
		const plugin = pruneUnusedCss(root);
		const main = await postcss([plugin]).process(CSS, { from: join(root, 'src', 'styles', 'main.scss') });
		const briefing = await postcss([plugin]).process(CSS, { from: join(root, 'src', 'styles', 'briefing.scss') });
		for (const { css } of [main, briefing]) {
			expect(css).toContain('.nhsuk-card {');
			expect(css).toContain('.nhsuk-card__description');
			expect(css).toContain('.app-anything');
			expect(css).toContain('p {');
			expect(css).not.toContain('nhsuk-u-margin-top-9');
		}
		expect(scans).toHaveBeenCalledTimes(1);
		scans.mockRestore();
	});

	it('leaves any other CSS as it is', async () => {
		const other = await postcss([pruneUnusedCss(root)]).process(CSS, {
			from: join(root, 'src', 'components', 'Card.astro'),
		});
		expect(other.css).toContain('nhsuk-u-margin-top-9');
	});
});

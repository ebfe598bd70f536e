/**
 * Sentences that survive templating whole: on every built page, no
 * possessive hung on a bracket ("Various (see each figure)'s"), no figure
 * followed by its own unit ("91% of trusts (secondary source)[1] of trusts"),
 * and no placeholder left unreplaced ("undefined", "NaN", "[object Object]",
 * "${…}", "{{…}}").
 *
 *   npx vitest run --project build tests/build/template-text.test.ts
 */
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';
import { figureRepeatsUnit, templateLeaks } from '../helpers/template-text.ts';

const pages = listFiles(SITE_DIST)
	.filter((f) => f.endsWith('.html'))
	.map((f) => `/${f.replace(/index\.html$/, '')}`);

describe('template text on every page', () => {
	it('reads every built page', () => {
		expect(pages.length).toBeGreaterThan(90);
	});

	it('leaves no placeholder and no possessive on a bracket', () => {
		const found = pages.flatMap((path) => {
			const doc = page(SITE_DIST, path);
			for (const el of doc.querySelectorAll('script, style')) el.remove();
			return templateLeaks(text(doc.querySelector('body'))).map((leak) => `${path}: ${leak}`);
		});
		expect(found).toEqual([]);
	});

	it('never follows a figure with its own unit', () => {
		const found = pages.flatMap((path) =>
			page(SITE_DIST, path)
				.querySelectorAll('.app-figure')
				.flatMap((figure) => {
					const value = text(figure.querySelector('data'));
					const after = figure.nextSibling?.textContent ?? '';
					return figureRepeatsUnit(value, after) ? [`${path}: "${value}" is followed by "${after.slice(0, 30)}"`] : [];
				}),
		);
		expect(found).toEqual([]);
	});
});

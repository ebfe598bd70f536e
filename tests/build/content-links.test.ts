/**
 * The guidance works as a site: in the built pages, every guidance page's
 * body (the MDX, inside `.app-prose`) links onward to another guidance page
 * and to each of its targets; every target page links to guidance about it;
 * no two warning callouts on a page share a heading; and the first use of
 * each glossary abbreviation in a body is spelt out.
 */
import { describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import { checkProject } from '../../src/lib/content-check/project.ts';
import { page, text } from '../helpers/dist.ts';
import { ROOT, SITE_DIST } from '../helpers/site.ts';

const { project } = checkProject(readProjectFiles(ROOT));
const published = project.pages.filter((p) => !p.data.draft);
const guidanceAddress = (p: (typeof published)[number]) => `/${p.priority}/${p.slug}/`;
const guidanceAddresses = new Set(published.map(guidanceAddress));

/** The body of a built guidance page: what the editor wrote in MDX. */
function body(address: string) {
	const prose = page(SITE_DIST, address).querySelector('.app-prose');
	if (!prose) throw new Error(`${address} has no .app-prose: the guidance page must wrap its MDX body in it`);
	return prose;
}
const hrefs = (el: ReturnType<typeof body>) =>
	el.querySelectorAll('a[href]').map((a) => (a.getAttribute('href') ?? '').replace(/#.*$/, ''));

describe('guidance page bodies link onward', () => {
	it.each(published.map((p) => [guidanceAddress(p), p] as const))(
		'%s links to another guidance page and to each of its targets',
		(address, p) => {
			const links = hrefs(body(address));
			expect(
				links.filter((h) => h !== address && guidanceAddresses.has(h)),
				`${p.file}: link to at least one other guidance page in the text`,
			).not.toEqual([]);
			for (const target of p.data.targets) {
				expect(
					links,
					`${p.file}: link to /targets/${target}/ in the text, since the page lists it in targets`,
				).toContain(`/targets/${target}/`);
			}
		},
	);
});

describe('target pages link to guidance about them', () => {
	it.each(project.targets.map((t) => [t.id] as const))('/targets/%s/ links to a guidance page', (id) => {
		const links = page(SITE_DIST, `/targets/${id}/`)
			.querySelectorAll('main a[href]')
			.map((a) => a.getAttribute('href') ?? '');
		expect(
			links.filter((h) => guidanceAddresses.has(h)),
			`no guidance page lists "${id}" in its targets: add it to the front matter of the page about it`,
		).not.toEqual([]);
	});
});

describe('warning callouts', () => {
	it('have a different heading from every other callout on the same page', () => {
		for (const p of published) {
			const headings = body(guidanceAddress(p))
				.querySelectorAll('.nhsuk-warning-callout__label')
				.map((h) => text(h).replace(/^Important:\s*/, ''));
			expect(new Set(headings).size, `${p.file}: ${headings.join(' | ')}`).toBe(headings.length);
		}
	});
});

describe('abbreviations in the text', () => {
	const entries = project.glossary.filter((g) => g.abbreviation !== undefined);
	it('are spelt out at their first use on each page', () => {
		const unexplained: string[] = [];
		for (const p of published) {
			const prose = body(guidanceAddress(p));
			// Charts and their tables are drawn from data, not written by the editor.
			for (const f of prose.querySelectorAll('figure')) f.remove();
			const all = text(prose);
			for (const g of entries) {
				const abbreviation = g.abbreviation ?? '';
				const at = new RegExp(`\\b${abbreviation}s?\\b`).exec(all);
				if (!at) continue;
				// The sentence of the first use ends at the next full stop followed by a space.
				const end = all.indexOf('. ', at.index);
				const upTo = all.slice(0, end < 0 ? all.length : end).toLowerCase();
				const sentence = all.slice(Math.max(0, all.lastIndexOf('. ', at.index)), end < 0 ? all.length : end);
				const spelt = [g.term, ...g.synonyms].some((n) => upTo.includes(n.toLowerCase()));
				const defined = new RegExp(`\\(${abbreviation}s?\\)|\\b${abbreviation}s? \\(`).test(sentence);
				if (!spelt && !defined) unexplained.push(`${p.file}: "${abbreviation}" before "${g.term}"`);
			}
		}
		expect(unexplained).toEqual([]);
	});
});

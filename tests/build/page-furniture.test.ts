/**
 * What surrounds the reading on every page, in the built site: sharing
 * (description and Open Graph), the feed in every head, the footer's links
 * and publisher, the header without the NHS logo for an independent
 * publisher; glossary abbreviations marked up at their first use in every
 * page's main content (templates' text too); on guidance pages, "Related pages" as links, warning callouts with their own
 * headings, the owner within the publisher, "On this page" instead of every
 * page of the priority; the home page's caveat beside deadlines read only in
 * news; the calendar from every target page.
 *
 *   npx vitest run --project build tests/build/page-furniture.test.ts
 */
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { PUBLISHER } from '../../src/config/publisher.ts';
import { htmlFiles } from '../helpers/quality.ts';
import { page, text } from '../helpers/dist.ts';
import { realSite } from '../helpers/real-site.ts';
import { SITE_DIST } from '../helpers/site.ts';

const site = realSite();
const guidance = [...site.guidance.entries()].flatMap(([priority, pages]) =>
	pages.map((entry) => ({ path: `/${priority}/${entry.id}/`, entry })),
);
const urlPath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

describe('every page', () => {
	it('has a description, Open Graph title, description, type and (but the 404 page) url, and announces the feed', () => {
		const files = htmlFiles(SITE_DIST);
		expect(files.length).toBeGreaterThan(40);
		for (const file of files) {
			const doc = page(SITE_DIST, file.endsWith('404.html') ? '/404.html' : urlPath(file));
			const meta = (property: string) =>
				doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
			expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, file).toBeGreaterThan(
				20,
			);
			expect(meta('og:title'), file).not.toBe('');
			expect(meta('og:description'), file).toBe(doc.querySelector('meta[name="description"]')?.getAttribute('content'));
			expect(['website', 'article'], file).toContain(meta('og:type'));
			if (!file.endsWith('404.html'))
				expect(meta('og:url'), file).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
			expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), file).toBe(
				'/feed.xml',
			);
		}
	});

	it('links the timeline, updates and feed from the footer, describes the publisher, and shows no NHS logo for an independent one', () => {
		const doc = page(SITE_DIST, '/');
		const footer = doc.querySelectorAll('.nhsuk-footer a').map((a) => a.getAttribute('href'));
		expect(footer).toEqual(expect.arrayContaining(['/timeline/', '/updates/', '/feed.xml']));
		expect(text(doc.querySelector('.nhsuk-footer'))).toContain(PUBLISHER.description);
		expect(text(doc.querySelector('.app-suggest-change'))).toContain('pull request');
		expect(PUBLISHER.nhsOrganisation).toBe(false);
		expect(doc.querySelector('.nhsuk-header__logo')).toBeNull();
		expect(text(doc.querySelector('.nhsuk-header__service'))).toBe('Planning guidance portal');
	});
});

/** The running text of `main` in reading order, outside links, headings, controls, code and SVG; each <abbr> as its own piece. */
function runningText(main: HTMLElement): ({ text: string } | { abbr: string })[] {
	const skipped = new Set([
		'a',
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'button',
		'summary',
		'option',
		'select',
		'textarea',
		'code',
		'pre',
		'script',
		'style',
		'svg',
		'template',
	]);
	const pieces: ({ text: string } | { abbr: string })[] = [];
	const walk = (node: Node) => {
		for (const child of node.childNodes) {
			if (child.nodeType === NodeType.TEXT_NODE) pieces.push({ text: child.text });
			else if (child.nodeType === NodeType.ELEMENT_NODE) {
				const element = child as HTMLElement;
				const tag = element.rawTagName.toLowerCase();
				if (tag === 'abbr') pieces.push({ abbr: text(element) });
				else if (!skipped.has(tag)) walk(element);
			}
		}
	};
	walk(main);
	return pieces;
}

describe('every page', () => {
	it('marks each glossary abbreviation of its main content as <abbr> with the term, at or before its first use, whatever wrote the text', () => {
		const terms = new Map(site.glossary.flatMap((g) => (g.abbreviation ? [[g.abbreviation, g.term] as const] : [])));
		const early: string[] = [];
		let pages = 0;
		for (const file of htmlFiles(SITE_DIST)) {
			const main = page(SITE_DIST, urlPath(file)).querySelector('main');
			if (!main) continue;
			pages += 1;
			const marked = new Set<string>();
			for (const abbr of main.querySelectorAll('abbr')) {
				const word = text(abbr);
				const entry = terms.get(word) ?? terms.get(word.replace(/s$/, ''));
				if (entry) expect(abbr.getAttribute('title')?.startsWith(entry), `${file}: <abbr>${word}</abbr>`).toBe(true);
			}
			for (const piece of runningText(main)) {
				if ('abbr' in piece) {
					marked.add(piece.abbr.replace(/s$/, '')).add(piece.abbr);
					continue;
				}
				for (const word of terms.keys())
					if (!marked.has(word) && new RegExp(`(?<![\\p{L}\\p{N}])${word}s?(?![\\p{L}\\p{N}])`, 'u').test(piece.text))
						early.push(`${file}: "${word}" before any <abbr> of it`);
			}
		}
		expect(pages).toBeGreaterThan(40);
		expect(early).toEqual([]);
	});

	it('marks each glossary abbreviation once in its main content (the glossary, which lists them, aside)', () => {
		const glossary = new Set(site.glossary.flatMap((g) => (g.abbreviation ? [g.abbreviation] : [])));
		const twice: string[] = [];
		let marks = 0;
		for (const file of htmlFiles(SITE_DIST)) {
			if (urlPath(file) === '/glossary/') continue;
			const main = page(SITE_DIST, urlPath(file)).querySelector('main');
			const seen = new Set<string>();
			for (const abbr of main?.querySelectorAll('abbr') ?? []) {
				const word = text(abbr).replace(/s$/, '');
				// Other <abbr>s (the editions' evidence grades) are the templates' own.
				if (!glossary.has(word)) continue;
				if (seen.has(word)) twice.push(`${file}: ${word}`);
				seen.add(word);
				marks += 1;
			}
		}
		expect(marks).toBeGreaterThan(100);
		expect(twice).toEqual([]);
	});
});

describe('guidance pages', () => {
	it('mark the first use of each glossary abbreviation in the body, once, outside links and headings', () => {
		const abbreviations = new Map(
			site.glossary.flatMap((g) => (g.abbreviation ? [[g.abbreviation, g.term] as const] : [])),
		);
		let marked = 0;
		for (const { path } of guidance) {
			const body = page(SITE_DIST, path).querySelector('.app-prose');
			const abbrs = body?.querySelectorAll('abbr') ?? [];
			const seen = new Set<string>();
			for (const abbr of abbrs) {
				const word = text(abbr).replace(/s$/, '');
				expect(abbreviations.has(word), `${path}: <abbr>${text(abbr)}</abbr>`).toBe(true);
				expect(seen.has(word), `${path}: ${word} marked twice`).toBe(false);
				seen.add(word);
				expect(abbr.getAttribute('title')?.startsWith(abbreviations.get(word) ?? '?'), path).toBe(true);
				expect(abbr.closest('a, h1, h2, h3, h4, h5, h6'), path).toBeNull();
				marked += 1;
			}
			// No use of an abbreviation comes before its <abbr> in the body's running text.
			const running = (body?.innerHTML ?? '').replace(/<(a|h[1-6])\b[^>]*>.*?<\/\1>/gs, '');
			for (const word of seen) {
				const at = running.search(new RegExp(`<abbr title="[^"]*">${word}`));
				const plain = running.search(new RegExp(`(?<![\\w"=>-])${word}(?![\\w-])`));
				expect(plain === -1 || plain > at, `${path}: ${word} is used before its <abbr>`).toBe(true);
			}
		}
		expect(marked).toBeGreaterThan(10);
	});

	it('show their related pages as links by title, and name their owner within the publisher', () => {
		for (const { path, entry } of guidance) {
			const doc = page(SITE_DIST, path);
			const links = doc.querySelectorAll('.app-related a');
			expect(
				links.map((a) => a.getAttribute('href')),
				path,
			).toEqual(entry.data.related.map((id) => `/${id}/`));
			for (const a of links) expect(text(a).length).toBeGreaterThan(3);
			expect(text(doc.querySelector('.app-review-date')), path).toContain(
				`Owner: ${entry.data.owner}, ${PUBLISHER.name}`,
			);
			expect(text(doc.querySelector('.app-edit-page')), path).toContain(
				`${path.replace(/^\//, 'content/').replace(/\/$/, '.mdx')}`,
			);
			expect(doc.querySelector('.app-review-due'), path).toBeNull();
		}
	});

	it('give every warning callout its own heading, never "Important" alone, with the hidden "Important: " prefix', () => {
		for (const { path } of guidance) {
			const headings = page(SITE_DIST, path)
				.querySelectorAll('.nhsuk-warning-callout__label')
				.map((h) => text(h));
			for (const h of headings) expect(h, path).toMatch(/^Important: \S/);
			expect(
				headings.filter((h) => h === 'Important: Important'),
				path,
			).toEqual([]);
			expect(new Set(headings).size, path).toBe(headings.length);
		}
	});

	it('link their priority and list their own h2s ("On this page"), not every page of the priority', () => {
		for (const { path, entry } of guidance) {
			const doc = page(SITE_DIST, path);
			const nav = doc.querySelector('.app-on-this-page');
			expect(nav?.querySelector('a')?.getAttribute('href'), path).toBe(`/${entry.data.priority}/`);
			const fragments = nav?.querySelectorAll('li a').map((a) => a.getAttribute('href') ?? '') ?? [];
			const h2s = doc.querySelectorAll('.app-prose h2').map((h) => `#${h.id}`);
			expect(fragments, path).toEqual(h2s);
			expect(doc.querySelector('.nhsuk-contents-list'), path).toBeNull();
		}
	});
});

describe('the home page and target pages', () => {
	it('caveats each headline deadline read only in news reports, linking the reports', () => {
		const doc = page(SITE_DIST, '/');
		const secondary = site.priorities.flatMap((p) => {
			const t = p.headlineTarget ? site.targetsById.get(p.headlineTarget) : undefined;
			return t?.wording?.confidence === 'read-secondary' ? [p.title] : [];
		});
		// The digitisation (March 2025) and investment plans (June 2022) deadlines among them, derived from the data.
		expect(secondary).toEqual(expect.arrayContaining(['Digitisation', 'Digital investment plans']));
		const cards = doc.querySelectorAll('.nhsuk-card');
		for (const card of cards) {
			const title = text(card.querySelector('.nhsuk-card__heading'));
			const caveat = card.querySelector('.app-headline__caveat');
			expect(caveat !== null, title).toBe(secondary.includes(title));
			if (caveat) {
				expect(text(caveat)).toMatch(/^As reported in (a news source|news sources), not read in the guidance itself:/);
				expect(caveat.querySelectorAll('a').length).toBeGreaterThan(0);
			}
		}
		expect(text(doc)).toContain('republished news article');
	});

	it('link the calendar and the timeline from every target page', () => {
		for (const target of site.targets) {
			const doc = page(SITE_DIST, `/targets/${target.id}/`);
			expect(doc.querySelector('a[href="/deadlines.ics"]'), target.id).not.toBeNull();
			expect(doc.querySelector('a[href="/timeline/"]'), target.id).not.toBeNull();
		}
	});
});

/** The guidance page model (src/lib/pages/guidance.ts), on the real content and data. */
import { describe, expect, it } from 'vitest';
import { guidancePage } from '../../src/lib/pages/guidance.ts';
import { realEntry, realSite } from '../helpers/real-site.ts';

const site = realSite();

describe('guidance page', () => {
	const entry = realEntry('virtual-wards', 'later-objectives');
	const page = guidancePage(site, 'virtual-wards', entry);

	it('prints the page\'s title, audiences, targets with deadlines, sources and review dates', () => {
		expect(page.heading).toBe(entry.data.title);
		expect(page.caption).toBe('Virtual wards');
		expect(page.audience.length).toBe(entry.data.audience.length);
		expect(page.targets.map((t) => t.link.href)).toEqual(entry.data.targets.map((id) => `/targets/${id}/`));
		expect(page.sources.items.length).toBe(entry.data.sources.length);
		expect(page.review.lastReviewed.datetime).toBe(entry.data.lastReviewed);
		expect(page.layout.crumbs.map((c) => c.href)).toEqual(['/', '/virtual-wards/']);
		expect(page.layout.canonicalPath).toBe('/virtual-wards/later-objectives/');
	});

	it('numbers the figures the body prints, each with its source and a link back', () => {
		const uses = (entry.body.match(/<Figure /g) ?? []).length;
		expect(page.figureNotes.length).toBeGreaterThan(0);
		expect(page.figureNotes.length).toBeLessThanOrEqual(uses);
		const [first] = page.figureNotes;
		expect(first).toMatchObject({ n: 1, id: 'figure-note-1', back: { href: '#figure-ref-1', label: 'Back to the text of note 1' } });
		expect(first?.lead).toMatch(/, England, [A-Z][a-z]+ \d{4}$/);
		expect(first?.dataset.text).toMatch(/: all figures$/);
	});

	it('links its priority, its own h2s ("On this page") and its neighbours, never every page of the priority', () => {
		const pages = site.guidance.get('virtual-wards') ?? [];
		const i = pages.findIndex((p) => p.id === entry.id);
		expect(page.navigation.priority).toEqual({ text: 'All virtual wards pages', href: '/virtual-wards/' });
		const h2s = [...entry.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
		expect(page.navigation.onThisPage.map((l) => l.text)).toEqual(h2s);
		expect(page.navigation.onThisPage.every((l) => /^#[a-z0-9-]+$/.test(l.href))).toBe(true);
		expect(page.pagination.previous?.href).toBe(i > 0 ? `/virtual-wards/${pages[i - 1]?.id}/` : undefined);
		expect(page.pagination.next?.href).toBe(i < pages.length - 1 ? `/virtual-wards/${pages[i + 1]?.id}/` : undefined);
	});

	it('gives its MDX components a resolver that knows the page\'s figure notes', () => {
		const note = page.figureNotes[0];
		const [id = '', period = ''] = (entry.body.match(/<Figure id="([^"]+)" period="([^"]+)"/) ?? []).slice(1);
		expect(page.mdx.file).toBe(entry.filePath);
		expect(page.mdx.figure({ id, period }).ref).toEqual({ text: `[${note?.n}]`, href: `#figure-note-${note?.n}`, id: `figure-ref-${note?.n}`, label: `Source of this figure: note ${note?.n}` });
	});
});

/** The guidance page model (src/lib/pages/guidance.ts), on the real content and data. */
import { describe, expect, it } from 'vitest';
import { PUBLISHER } from '../../../src/config/publisher.ts';
import { guidancePage } from '../../../src/lib/pages/guidance.ts';
import type { Site } from '../../../src/lib/pages/site.ts';
import { realEntry, realSite, type RealEntry } from '../../helpers/real-site.ts';

const site = realSite();

describe('guidance page', () => {
	const entry = realEntry('virtual-wards', 'later-objectives');
	const page = guidancePage(site, 'virtual-wards', entry);

	it("prints the page's title, audiences, targets with deadlines, sources and review dates", () => {
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
		expect(first).toMatchObject({
			n: 1,
			id: 'figure-note-1',
			back: { href: '#figure-ref-1', label: 'Back to the text of note 1' },
		});
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

	it("gives its MDX components a resolver that knows the page's figure notes", () => {
		const note = page.figureNotes[0];
		const [id = '', period = ''] = (entry.body.match(/<Figure id="([^"]+)" period="([^"]+)"/) ?? []).slice(1);
		expect(page.mdx.file).toBe(entry.filePath);
		expect(page.mdx.figure({ id, period }).ref).toEqual({
			text: `[${note?.n}]`,
			href: `#figure-note-${note?.n}`,
			id: `figure-ref-${note?.n}`,
			label: `Source of this figure: note ${note?.n}`,
		});
	});

	it('lists its related pages by their titles', () => {
		const withRelated = [...site.guidance.values()].flat().find((e) => e.data.related.length > 0);
		if (!withRelated) throw new Error('no page lists related pages');
		const model = guidancePage(site, withRelated.data.priority, withRelated);
		expect(model.related.map((l) => l.href)).toEqual(withRelated.data.related.map((id) => `/${id}/`));
		for (const l of model.related)
			expect([...site.guidance.values()].flat().map((e) => e.data.title)).toContain(l.text);
	});

	it('names its owner within the publisher', () => {
		expect(page.review.owner).toBe(`${entry.data.owner}, ${PUBLISHER.name}`);
	});

	it("links to its file in the repository only when the repository's address is set", () => {
		expect(
			guidancePage(site, 'virtual-wards', entry, { publisher: { ...PUBLISHER, repositoryUrl: undefined } }).edit,
		).toEqual({
			file: 'content/virtual-wards/later-objectives.mdx',
			link: undefined,
			text: "To suggest a change to this page, edit content/virtual-wards/later-objectives.mdx in the site's repository and open a pull request.",
		});
		const linked = guidancePage(site, 'virtual-wards', entry, {
			publisher: { ...PUBLISHER, repositoryUrl: 'https://git.example.org/team/portal' },
		});
		expect(linked.edit.link).toEqual({
			text: 'Edit this page',
			href: 'https://git.example.org/team/portal/edit/main/content/virtual-wards/later-objectives.mdx',
		});
	});

	it('warns that it is due for review only when past its next review, judged against one date', () => {
		expect(guidancePage(site, 'virtual-wards', entry, { reviewAsOf: entry.data.nextReview }).reviewDue).toBeUndefined();
		const due = guidancePage(site, 'virtual-wards', entry, { reviewAsOf: '2099-01-01' }).reviewDue;
		expect(due).toMatchObject({ heading: 'This page is due for review', due: { datetime: entry.data.nextReview } });
		// By default, against the datasets' latest as-of date: the real content is not yet due.
		expect(page.reviewDue).toBeUndefined();
	});

	it('prints the same whatever the number of pages in its priority', () => {
		const many = (n: number): Site => {
			const pages = site.guidance.get('virtual-wards') ?? [];
			const extra: RealEntry[] = Array.from({ length: n }, (_, i) => ({
				...entry,
				id: `synthetic-${String(i).padStart(4, '0')}`,
				data: { ...entry.data, title: `Synthetic page ${String(i)}`, order: 1000 + i },
			}));
			return { ...site, guidance: new Map([...site.guidance, ['virtual-wards', [...pages, ...extra]]]) };
		};
		const strip = (m: ReturnType<typeof guidancePage>) => JSON.stringify({ ...m, mdx: undefined });
		const first = (site.guidance.get('virtual-wards') ?? [])[0];
		if (!first) throw new Error('no page');
		// Its neighbours stay the same, so its model is the same with 1 or 500 more pages in the priority.
		expect(strip(guidancePage(many(500), 'virtual-wards', entry))).toBe(
			strip(guidancePage(many(1), 'virtual-wards', entry)),
		);
		expect(strip(guidancePage(many(500), 'virtual-wards', first))).toBe(
			strip(guidancePage(many(0), 'virtual-wards', first)),
		);
	});
});

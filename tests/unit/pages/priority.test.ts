/** The priority overview model (src/lib/pages/priority.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { GROUP_PAGES_OVER, groupByKind, priorityPage } from '../../../src/lib/pages/priority.ts';
import { fixtureProject } from '../../helpers/fixture-site.ts';

const { site, project } = fixtureProject();

describe('priority page', () => {
	const page = priorityPage(site, 'virtual-wards');

	it("lists the priority's targets in the order data/targets.json gives them, with deadline and status", () => {
		expect(page.targets.map((t) => t.link.href)).toEqual([
			'/targets/vw-rate-goal/',
			'/targets/vw-beds-goal/',
			'/targets/vw-occupancy-goal/',
		]);
		expect(page.targets.map((t) => t.link.href)).toEqual(
			project.targets.filter((t) => t.priority === 'virtual-wards').map((t) => `/targets/${t.id}/`),
		);
		const ambition = page.targets.find((t) => t.link.href === '/targets/vw-rate-goal/');
		expect(ambition?.successors).toEqual([
			{
				words: 'followed by',
				link: { text: site.targetsById.get('vw-beds-goal')?.headline, href: '/targets/vw-beds-goal/' },
			},
		]);
		expect(ambition?.status.status).toBe(site.progress.get('vw-rate-goal')?.status.status);
		expect(ambition?.status.asOf).toBe(site.progress.get('vw-rate-goal')?.statusAsOf);
	});

	it('lists its published guidance as cards with their audiences', () => {
		const pages = site.guidance.get('virtual-wards') ?? [];
		expect(pages).toHaveLength(2);
		expect(page.guidance.map((c) => c.href)).toEqual(pages.map((p) => `/virtual-wards/${p.id}/`));
		expect(page.guidance).toMatchInlineSnapshot(`
			[
			  {
			    "audience": "For: Integrated care systems, Community providers",
			    "description": "What a virtual ward is, what the guidance asked of systems, and where to read more. A test page for the fixture site.",
			    "heading": "Virtual wards at a glance",
			    "href": "/virtual-wards/overview/",
			  },
			  {
			    "audience": "For: Integrated care systems, Acute providers",
			    "description": "The 40 to 50 beds per 100,000 ambition, the nearer 10,000-bed objective, and how far England got. A test page with a figure, a quote and a chart.",
			    "heading": "The national ambition for virtual wards",
			    "href": "/virtual-wards/ambition/",
			  },
			]
		`);
	});

	it('is searchable as a priority overview, under its own priority', () => {
		expect(page.layout.search?.[0]).toEqual({
			attribute: 'data-pagefind-filter',
			name: 'type',
			value: 'Priority overview',
		});
		expect(page.layout.search).toContainEqual({
			attribute: 'data-pagefind-filter',
			name: 'priority',
			value: 'Virtual wards',
		});
		expect(page.layout.header.nav[0]?.current).toBe('page');
		expect(page.layout.crumbs).toEqual([{ text: 'Home', href: '/' }]);
	});

	it('refuses a priority the site does not have', () => {
		expect(() => priorityPage(site, 'nope')).toThrow('no priority "nope"');
	});
});

describe('priority page groups', () => {
	it("lists up to 12 pages in one group and more by kind, in the kinds' order", () => {
		const few = groupByKind([
			{ kind: 'background' as const, card: 'a' },
			{ kind: 'overview' as const, card: 'b' },
		]);
		expect(few).toEqual([{ heading: undefined, id: 'guidance', cards: ['a', 'b'] }]);
		const kinds = ['background', 'overview', 'requirement'] as const;
		const many = groupByKind(
			Array.from({ length: GROUP_PAGES_OVER + 1 }, (_, i) => ({ kind: kinds[i % 3] ?? 'overview', card: String(i) })),
		);
		expect(many.map((g) => g.heading)).toEqual(['Overview', 'What is asked', 'Background']);
		expect(many.flatMap((g) => g.cards)).toHaveLength(GROUP_PAGES_OVER + 1);
	});
});

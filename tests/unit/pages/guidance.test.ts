/** The guidance page model (src/lib/pages/guidance.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { PUBLISHER } from '../../../src/config/publisher.ts';
import { guidancePage } from '../../../src/lib/pages/guidance.ts';
import type { Site } from '../../../src/lib/pages/site.ts';
import type { ProjectFiles } from '../../../src/lib/content-check/project.ts';
import { fixtureEntry, fixtureSite, fixtureSiteWith, type FixtureEntry } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('guidance page', () => {
	const entry = fixtureEntry('virtual-wards', 'ambition');
	const page = guidancePage(site, 'virtual-wards', entry);

	it("prints the page's title, audiences, targets with deadlines, sources and review dates", () => {
		expect(page.heading).toBe('The national ambition for virtual wards');
		expect(page.caption).toBe('Virtual wards');
		expect({ audience: page.audience, targets: page.targets, sources: page.sources, review: page.review })
			.toMatchInlineSnapshot(`
				{
				  "audience": [
				    "Integrated care systems",
				    "Acute providers",
				  ],
				  "review": {
				    "lastReviewed": {
				      "datetime": "2026-01-10",
				      "text": "10 January 2026",
				    },
				    "nextReview": {
				      "datetime": "2026-10-01",
				      "text": "1 October 2026",
				    },
				    "owner": "Virtual wards analytics team, Planning guidance portal project",
				  },
				  "sources": {
				    "heading": "Sources",
				    "headingId": "sources-heading",
				    "items": [
				      {
				        "date": "24 December 2021",
				        "id": "sources-guide-v1",
				        "link": {
				          "href": "https://example.org/guidance-v1",
				          "text": "Test planning guidance",
				        },
				        "note": undefined,
				        "page": "12",
				        "publisher": "NHS England",
				        "secondary": false,
				        "section": "Virtual wards",
				      },
				      {
				        "date": "14 January 2022",
				        "id": "sources-guide-v2",
				        "link": {
				          "href": "https://example.org/guidance-v2",
				          "text": "Test planning guidance",
				        },
				        "note": "The second version reworded the virtual wards ambition.",
				        "page": undefined,
				        "publisher": "NHS England",
				        "secondary": false,
				        "section": undefined,
				      },
				      {
				        "date": "July 2024",
				        "id": "sources-ward-stats",
				        "link": {
				          "href": "https://example.org/ward-stats",
				          "text": "Test virtual ward statistics",
				        },
				        "note": undefined,
				        "page": undefined,
				        "publisher": "NHS England",
				        "secondary": false,
				        "section": undefined,
				      },
				    ],
				  },
				  "targets": [
				    {
				      "deadline": {
				        "datetime": "2023-12",
				        "text": "December 2023",
				      },
				      "link": {
				        "href": "/targets/vw-rate-goal/",
				        "text": "40 to 50 virtual ward beds per 100,000 people",
				      },
				    },
				    {
				      "deadline": {
				        "datetime": "2023-09",
				        "text": "September 2023",
				      },
				      "link": {
				        "href": "/targets/vw-beds-goal/",
				        "text": "Over 10,000 virtual ward beds",
				      },
				    },
				  ],
				}
			`);
		expect(page.layout.crumbs.map((c) => c.href)).toEqual(['/', '/virtual-wards/']);
		expect(page.layout.canonicalPath).toBe('/virtual-wards/ambition/');
	});

	it('numbers the figures the body prints, each with its source and a link back', () => {
		expect(page.figureNotes).toMatchInlineSnapshot(`
			[
			  {
			    "asOf": {
			      "datetime": "2026-11-25",
			      "text": "25 November 2026",
			    },
			    "back": {
			      "href": "#figure-ref-1",
			      "label": "Back to the text of note 1",
			    },
			    "dataset": {
			      "href": "/data/vw-capacity/",
			      "text": "Virtual ward capacity: all figures",
			    },
			    "id": "figure-note-1",
			    "lead": "11,000 beds, England, December 2023",
			    "n": 1,
			    "note": undefined,
			    "publisher": "NHS England",
			    "qualifier": " (test statistics)",
			    "source": {
			      "href": "https://example.org/ward-stats",
			      "text": "NHS England, Test virtual ward statistics",
			    },
			  },
			]
		`);
	});

	it('links its priority, its own h2s ("On this page") and its neighbours, never every page of the priority', () => {
		const pages = site.guidance.get('virtual-wards') ?? [];
		const i = pages.findIndex((p) => p.id === entry.id);
		expect(page.navigation.priority).toEqual({ text: 'All virtual wards pages', href: '/virtual-wards/' });
		expect(page.navigation.onThisPage).toMatchInlineSnapshot(`
			[
			  {
			    "href": "#how-far-england-got",
			    "text": "How far England got",
			  },
			  {
			    "href": "#what-changed-later",
			    "text": "What changed later",
			  },
			]
		`);
		// The fixture's draft (next-steps) comes after it in order: it is never a neighbour.
		expect(i).toBe(1);
		expect(page.pagination).toMatchInlineSnapshot(`
			{
			  "next": undefined,
			  "previous": {
			    "href": "/virtual-wards/overview/",
			    "text": "Virtual wards at a glance",
			  },
			}
		`);
	});

	it('lists "On this page" from the compiled headings when the build gives them, its body not read', () => {
		const compiled = guidancePage(site, 'virtual-wards', {
			...entry,
			body: undefined,
			headings: [
				{ depth: 2, slug: 'how-far-england-got', text: 'How far England got' },
				{ depth: 3, slug: 'by-region', text: 'By region' },
				{ depth: 2, slug: 'what-changed-later-1', text: 'What changed later' },
			],
		});
		expect(compiled.navigation.onThisPage).toEqual([
			{ text: 'How far England got', href: '#how-far-england-got' },
			{ text: 'What changed later', href: '#what-changed-later-1' },
		]);
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
		const records = fixtureEntry('digitisation', 'records');
		expect(guidancePage(site, 'digitisation', records).related).toMatchInlineSnapshot(`
			[
			  {
			    "href": "/virtual-wards/ambition/",
			    "text": "The national ambition for virtual wards",
			  },
			  {
			    "href": "/digitisation/maturity/",
			    "text": "Levelling up digital maturity",
			  },
			]
		`);
		expect(page.related).toEqual([]);
	});

	it('names its owner within the publisher', () => {
		expect(page.review.owner).toBe(`${entry.data.owner}, ${PUBLISHER.name}`);
	});

	it("links to its file in the repository only when the repository's address is set", () => {
		expect(
			guidancePage(site, 'virtual-wards', entry, { publisher: { ...PUBLISHER, repositoryUrl: undefined } }).edit,
		).toEqual({
			file: 'content/virtual-wards/ambition.mdx',
			link: undefined,
			text: "To suggest a change to this page, edit content/virtual-wards/ambition.mdx in the site's repository and open a pull request.",
		});
		const linked = guidancePage(site, 'virtual-wards', entry, {
			publisher: { ...PUBLISHER, repositoryUrl: 'https://git.example.org/team/portal' },
		});
		expect(linked.edit.link).toEqual({
			text: 'Edit this page',
			href: 'https://git.example.org/team/portal/edit/main/content/virtual-wards/ambition.mdx',
		});
	});

	it('warns that it is due for review only when past its next review, judged against one date', () => {
		expect(guidancePage(site, 'virtual-wards', entry, { reviewAsOf: entry.data.nextReview }).reviewDue).toBeUndefined();
		const due = guidancePage(site, 'virtual-wards', entry, { reviewAsOf: '2099-01-01' }).reviewDue;
		expect(due).toMatchObject({ heading: 'This page is due for review', due: { datetime: entry.data.nextReview } });
		// By default, against the datasets' latest as-of date (25 November 2026): the fixture page was due on 1 October 2026.
		expect(page.reviewDue).toMatchInlineSnapshot(`
			{
			  "advice": "It may be out of date: check what it says against the sources listed at the end of the page.",
			  "due": {
			    "datetime": "2026-10-01",
			    "text": "1 October 2026",
			  },
			  "heading": "This page is due for review",
			}
		`);
		expect(guidancePage(site, 'virtual-wards', fixtureEntry('virtual-wards', 'overview')).reviewDue).toBeUndefined();
	});

	it('prints the same whatever the number of pages in its priority', () => {
		const many = (n: number): Site => {
			const pages = site.guidance.get('virtual-wards') ?? [];
			const extra: FixtureEntry[] = Array.from({ length: n }, (_, i) => ({
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

/** Inserts `lines` into the front matter of `path`, before its `owner:` line. */
function addFields(files: ProjectFiles, path: string, lines: string): void {
	const file = files.content.find((f) => f.path === path);
	if (!file) throw new Error(`no ${path}`);
	file.text = file.text.replace(/^owner:/m, `${lines}\nowner:`);
}

describe('a guidance page with change notes, and a withdrawn one', () => {
	const edited = fixtureSiteWith((f) => {
		addFields(
			f,
			'content/virtual-wards/overview.mdx',
			'changes:\n  - { date: 2026-07-01, note: Added what systems were asked to do. }\n  - { date: 2026-11-20, note: Linked the ambition page. }',
		);
		addFields(
			f,
			'content/digitisation/records.mdx',
			'withdrawn: { date: 2026-11-01, reason: The maturity page now covers records., replacedBy: digitisation/maturity }',
		);
	});
	const entryOf = (priority: string, slug: string) => {
		const e = [...(edited.guidance.get(priority) ?? []), ...(edited.withdrawn.get(priority) ?? [])].find(
			(x) => x.id === slug,
		);
		if (!e) throw new Error(`no ${slug}`);
		return e;
	};

	it('shows "Last updated" near the top and its history at the foot, newest first', () => {
		const page = guidancePage(edited, 'virtual-wards', entryOf('virtual-wards', 'overview'));
		expect(page.dates?.updated).toEqual({ datetime: '2026-11-20', text: '20 November 2026' });
		expect(page.history?.entries.map((e) => e.note)).toEqual([
			'Linked the ambition page.',
			'Added what systems were asked to do.',
		]);
		expect(page.withdrawn).toBeUndefined();
		// A page without change notes shows no history and no "Last updated".
		const plain = guidancePage(edited, 'virtual-wards', entryOf('virtual-wards', 'ambition'));
		expect([plain.dates, plain.history]).toEqual([undefined, undefined]);
	});

	it('keeps a withdrawn page at its address with the warning, out of search, lists and review warnings', () => {
		const page = guidancePage(edited, 'digitisation', entryOf('digitisation', 'records'), { reviewAsOf: '2099-01-01' });
		expect(page.layout.canonicalPath).toBe('/digitisation/records/');
		expect(page.withdrawn).toMatchObject({
			heading: { date: { text: '1 November 2026' } },
			reason: 'The maturity page now covers records.',
			replacement: { text: 'Levelling up digital maturity', href: '/digitisation/maturity/' },
		});
		expect(page.layout.search).toBeUndefined();
		expect(page.reviewDue).toBeUndefined();
		expect(page.pagination).toEqual({ previous: undefined, next: undefined });
		expect(edited.guidance.get('digitisation')?.map((e) => e.id)).toEqual(['maturity']);
		// Other pages no longer list it among their related pages.
		const overview = guidancePage(edited, 'virtual-wards', entryOf('virtual-wards', 'overview'));
		expect(overview.related.map((l) => l.href)).not.toContain('/digitisation/records/');
	});
});

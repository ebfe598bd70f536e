/**
 * The editions' pages on the built site (issue 17): /editions/ has one row
 * per commitment of the 2022/23 guidance and one column per edition, and
 * every cell equals the data; every target page has "What later guidance
 * said"; guidance pages open with the trace's current-state sentence; the
 * timeline lists the five editions; and search finds the right page first.
 *
 *   npx vitest run --project build tests/build/editions.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVIDENCE_CODES, nowSentenceText, pageNow, statusWord } from '../../src/lib/model/editions.ts';
import { mergeResults, weightByType, type FilterIndex } from '../../src/lib/search/results.ts';
import { PAGE_TYPE_LABELS, TYPE_WEIGHTS } from '../../src/lib/search/config.ts';
import { expandQuery, synonymGroups } from '../../src/lib/search/synonyms.ts';
import { CommitmentSchema } from '../../src/schemas/commitment.ts';
import { EditionSchema } from '../../src/schemas/edition.ts';
import { GlossaryEntrySchema } from '../../src/schemas/glossary.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { page, text } from '../helpers/dist.ts';
import { openIndex, type OpenIndex } from '../helpers/search-index.ts';
import { ROOT, SITE_DIST } from '../helpers/site.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const editions = z
	.array(EditionSchema)
	.parse(read('data/editions.json'))
	.sort((a, b) => a.published.localeCompare(b.published));
const commitments = z.array(CommitmentSchema).parse(read('data/commitments.json'));
const sources = new Map(
	z
		.array(SourceSchema)
		.parse(read('data/sources.json'))
		.map((s) => [s.id, s]),
);
const traces = { editions, commitments, sources };
const originals = commitments.filter((c) => c.kind === 'original');

/** An element's text without the quotes' sources (which the sentence does not hold). */
function sentenceText(el: HTMLElement | null): string {
	const copy = el?.clone() as HTMLElement | undefined;
	for (const source of copy?.querySelectorAll('.app-quote-source') ?? []) source.remove();
	for (const q of copy?.querySelectorAll('q') ?? []) q.replaceWith(`“${q.textContent}”`);
	return text(copy).replace(/ ([.,;:)])/g, '$1');
}

describe('/editions/', () => {
	const grid = page(SITE_DIST, '/editions/').querySelector('[data-editions-grid]');

	it('has one column per edition and one row per commitment of the 2022/23 guidance', () => {
		const columns = grid?.querySelectorAll('thead th[data-edition]') ?? [];
		expect(columns.map((th) => th.getAttribute('data-edition'))).toEqual(editions.map((e) => e.label));
		const rows = grid?.querySelectorAll('tbody tr') ?? [];
		expect(originals).toHaveLength(10);
		expect(rows.map((r) => r.getAttribute('data-commitment')).sort()).toEqual(originals.map((c) => c.id).sort());
	});

	it('has 50 cells, each the status word and evidence code of its entry, linked to its words on the edition page', () => {
		const cells = grid?.querySelectorAll('tbody td') ?? [];
		expect(cells).toHaveLength(50);
		for (const cell of cells) {
			const row = cell.closest('tr')?.getAttribute('data-commitment');
			const edition = cell.getAttribute('data-edition');
			const entry = originals.find((c) => c.id === row)?.trace.find((e) => e.edition === edition);
			expect(entry, `${row} ${edition}`).toBeDefined();
			if (!entry) continue;
			expect(text(cell.querySelector('.nhsuk-tag'))).toBe(statusWord(entry.status));
			expect(text(cell.querySelector('.app-editions-grid__code'))).toBe(EVIDENCE_CODES[entry.evidence.grade]);
			const href = cell.querySelector('a')?.getAttribute('href');
			expect(href).toBe(`/editions/${edition}/#commitment-${row}`);
			// The anchor exists on the edition's page.
			expect(page(SITE_DIST, `/editions/${edition}/`).querySelector(`#commitment-${row}`), href).not.toBeNull();
		}
	});

	it('prints on A4 landscape: the grid is on a named landscape page', () => {
		const css = readdirSync(join(SITE_DIST, '_astro'))
			.filter((f) => f.endsWith('.css'))
			.map((f) => readFileSync(join(SITE_DIST, '_astro', f), 'utf8'))
			.join('\n');
		expect(css).toMatch(/@page app-landscape\s*\{[^}]*size:\s*A4 landscape/);
		expect(css).toMatch(/\.app-editions\s*\{\s*page:\s*app-landscape/);
	});
});

describe('an edition page', () => {
	it('says at the top how fully it was read and, read in a copy, cites the NHS England document and the copy', () => {
		const html = page(SITE_DIST, '/editions/2025-26/');
		const main = html.querySelector('main');
		const reading = main?.querySelector('.app-edition-reading');
		expect(text(reading)).toContain('in a copy held outside NHS England’s site');
		// The reading comes before the first commitment.
		const all = text(main);
		expect(all.indexOf(text(reading))).toBeLessThan(all.indexOf('What it asked, commitment by commitment'));
		const documents = main?.querySelector('.app-edition-documents');
		expect(documents?.querySelector('a')?.getAttribute('href')).toBe(
			'https://www.england.nhs.uk/long-read/2025-26-priorities-and-operational-planning-guidance/',
		);
		expect(text(documents)).toContain('PRN01625');
		expect(documents?.querySelectorAll('a[href^="https://github.com/al26152/Langchain/blob/"]').length).toBe(1);
		expect(main?.querySelectorAll('blockquote[cite]').length).toBeGreaterThan(5);
	});
});

describe('target pages', () => {
	const targets = z.array(z.object({ id: z.string() })).parse(read('data/targets.json'));

	it('every one has "What later guidance said"', () => {
		expect(targets.length).toBeGreaterThan(10);
		for (const t of targets) {
			const heading = page(SITE_DIST, `/targets/${t.id}/`).querySelector('#later-guidance');
			expect(text(heading), t.id).toBe('What later guidance said');
		}
	});

	it('/targets/epr-100-mar-2026/ gives the 2025/26 and 2026/27 words', () => {
		const section = text(page(SITE_DIST, '/targets/epr-100-mar-2026/').querySelector('.app-later-guidance'));
		expect(section).toContain('2025/26 priorities and operational planning guidance');
		expect(section).toContain('procure and implement one as quickly as is safely possible');
		expect(section).toMatch(/100% coverage [^.]* as soon as possible/);
	});

	it('/targets/vw-40-50-per-100k/ ends its path with the 2026/27 framework, and shows the 2022/23 status beside what replaced it', () => {
		const html = page(SITE_DIST, '/targets/vw-40-50-per-100k/');
		const steps = html.querySelectorAll('.app-later-guidance .app-trace-path > li');
		expect(steps).toHaveLength(5);
		expect(text(steps.at(-1))).toContain('Medium Term Planning Framework');
		const statuses = html.querySelectorAll('.app-later-guidance .app-commitment-statuses li');
		expect(statuses.map((s) => text(s.querySelector('.nhsuk-tag')))).toEqual(['Status: Missed', 'Status: No data']);
	});
});

describe('guidance pages', () => {
	const sample = [
		'digitisation/electronic-patient-records',
		'virtual-wards/national-ambition',
		'investment-plans/cyber-security',
		'workforce-skills/upskilling-the-workforce',
	];

	it('open with the trace’s current-state sentence, above the body, and no hand-written one', () => {
		for (const id of sample) {
			const html = page(SITE_DIST, `/${id}/`);
			const items = html.querySelectorAll('[data-stands-now] li .app-now-sentence');
			const expected = pageNow(id, traces).map(nowSentenceText);
			expect(expected.length, id).toBeGreaterThan(0);
			expect(
				items.map((el) => sentenceText(el)),
				id,
			).toEqual(expected);
			expect(text(html.querySelector('.app-prose')), id).not.toContain('Where this stands now');
		}
	});

	it('a page whose commitments were all dropped or replaced says so first', () => {
		const html = page(SITE_DIST, '/virtual-wards/');
		expect(text(html.querySelector('[data-stands-now] p'))).toBe(
			'Where this stands now: Everything this page describes has since been dropped or replaced by later guidance.',
		);
	});
});

describe('the timeline', () => {
	it('lists the five editions, each once', () => {
		const links = page(SITE_DIST, '/timeline/')
			.querySelectorAll('.app-timeline__item--edition a')
			.map((a) => a.getAttribute('href'));
		expect(editions).toHaveLength(5);
		expect(links).toEqual(editions.map((e) => `/editions/${e.id}/`));
		const titles = page(SITE_DIST, '/timeline/')
			.querySelectorAll('.app-timeline__title')
			.map((h) => text(h));
		for (const e of editions)
			expect(
				titles.filter((t) => t === e.title),
				e.id,
			).toHaveLength(1);
	});
});

describe('search', () => {
	let index: OpenIndex;
	let types: FilterIndex;
	const glossary = z.array(GlossaryEntrySchema).parse(read('data/glossary.json'));
	const groups = synonymGroups(glossary);

	beforeAll(async () => {
		index = await openIndex(SITE_DIST);
		types = { type: {} };
		for (const label of Object.values(PAGE_TYPE_LABELS)) {
			const found = await index.pagefind.search(null, { filters: { type: label } });
			(types['type'] ??= {})[label] = new Set(found?.results.map((r) => r.id) ?? []);
		}
	});
	afterAll(async () => {
		await index.close();
	});

	/** The search page's ranking: the query and its synonyms' variants, merged, weighted by page type. */
	async function ranked(query: string): Promise<string[]> {
		const found = await Promise.all(expandQuery(query, groups).map((v) => index.pagefind.search(v)));
		const byId = new Map(found.flatMap((s) => s?.results ?? []).map((r) => [r.id, r]));
		const merged = weightByType(
			mergeResults(found.map((s) => s?.results ?? [])),
			types,
			TYPE_WEIGHTS,
			PAGE_TYPE_LABELS,
		);
		const top = merged.slice(0, 5).flatMap((m) => {
			const result = byId.get(m.id);
			return result ? [result.data()] : [];
		});
		const data = await Promise.all(top);
		return data.map((d) => new URL(d.url, 'http://x').pathname);
	}

	it.each([
		['what replaced the EPR target', '/digitisation/electronic-patient-records/'],
		['FDP', '/editions/2025-26/'],
		['Medium Term Planning Framework', '/editions/2026-27/'],
	])('finds %s on %s first', async (query, first) => {
		const results = await ranked(query);
		expect(results.length).toBeGreaterThan(1);
		expect(results[0]).toBe(first);
	});

	it('filters by edition', async () => {
		const found = await index.pagefind.search(null, { filters: { edition: '2026/27 to 2028/29' } });
		const urls = await Promise.all((found?.results ?? []).map(async (r) => (await r.data()).url));
		expect(urls).toContain('/editions/2026-27/');
		expect(urls).not.toContain('/editions/2025-26/');
	});
});

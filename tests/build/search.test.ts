/**
 * The search index that `npm run build` writes (src/lib/search/index-site.ts):
 * it exists, holds the main content of every guidance and priority page and
 * nothing else (no header, footer, breadcrumbs, navigation, citations, and no
 * page that did not opt in), carries the filters and metadata, and never
 * holds a draft.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { splitBundle } from '../../src/lib/search/pagefind-bundle.ts';
import { page as htmlPage, text } from '../helpers/dist.ts';
import { openIndex, readFragments, type Fragment, type OpenIndex } from '../helpers/search-index.ts';
import { SITE_DIST } from '../helpers/site.ts';
import { editedSite, SEARCH_DRAFT_WORD, SEARCH_PUBLISHED_WORD } from './variants.ts';

const files = listFiles(SITE_DIST);
const guidancePages = files.filter((f) =>
	/^(virtual-wards|digitisation|investment-plans|workforce-skills)\/[a-z0-9-]+\/index\.html$/.test(f),
);
const fragments = existsSync(join(SITE_DIST, 'pagefind')) ? readFragments(SITE_DIST) : [];
const byUrl = new Map(fragments.map((f) => [f.url, f]));

describe('the index', () => {
	it('is written into dist/pagefind with the search API and without the ready-made UIs', () => {
		for (const f of [
			'pagefind/pagefind.js',
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind-entry.json',
			'pagefind/wasm.en-gb.pagefind',
		]) {
			expect(files).toContain(f);
		}
		expect(files.filter((f) => f.startsWith('pagefind/index/')).length).toBeGreaterThan(0);
		expect(files.filter((f) => /pagefind\/pagefind-(ui|modular-ui|component-ui)|highlight|playground/.test(f))).toEqual(
			[],
		);
	});

	it('holds what the search API loads, as Pagefind wrote it to disk: the metadata and WebAssembly its entry names, and nothing the site does not publish', () => {
		const bundle = files.filter((f) => f.startsWith('pagefind/')).map((f) => f.slice('pagefind/'.length));
		const entry = readFileSync(join(SITE_DIST, 'pagefind', 'pagefind-entry.json'), 'utf8');
		const languages = Object.values(
			(JSON.parse(entry) as { languages: Record<string, { hash: string; wasm: string }> }).languages,
		);
		expect(languages.length).toBeGreaterThan(0);
		for (const { hash, wasm } of languages) {
			expect(bundle).toContain(`pagefind.${hash}.pf_meta`);
			expect(bundle).toContain(`wasm.${wasm}.pagefind`);
		}
		const { publish, drop } = splitBundle(bundle, entry);
		expect(drop).toEqual([]);
		expect(publish.filter((f) => f.startsWith('fragment/')).length).toBe(fragments.length);
	});

	it('holds every guidance, priority, target, edition, dataset, system and region page and the glossary, and no other page', () => {
		const detailPages = files.filter(
			(f) =>
				/^(targets|data|regions|editions)\/[a-z0-9-]+\/index\.html$/.test(f) ||
				/^systems\/q[a-z0-9]{2}\/index\.html$/.test(f),
		);
		expect(detailPages.filter((f) => f.startsWith('editions/'))).toHaveLength(5);
		expect(detailPages.length).toBeGreaterThan(0);
		const expected = [
			...guidancePages.map((f) => `/${f.replace(/index\.html$/, '')}`),
			...detailPages.map((f) => `/${f.replace(/index\.html$/, '')}`),
			'/virtual-wards/',
			'/digitisation/',
			'/investment-plans/',
			'/workforce-skills/',
			'/editions/',
			'/regions/',
			'/glossary/',
		].sort((a, b) => a.localeCompare(b));
		expect(fragments.map((f) => f.url)).toEqual(expected);
		for (const url of [
			'/',
			'/search/',
			'/sources/',
			'/about/',
			'/404/',
			'/404.html',
			'/targets/',
			'/data/',
			'/systems/',
			'/systems/by-rate/',
		]) {
			expect(byUrl.has(url), url).toBe(false);
		}
	});

	it('gives each page its type, priority, audience, summary and deadline', () => {
		const page = byUrl.get('/digitisation/electronic-patient-records/') as Fragment;
		expect(page.meta['title']).toBe('Electronic patient records');
		expect(page.meta['type']).toBe('Guidance');
		expect(page.meta['summary']).toMatch(/electronic patient record/);
		expect(page.meta['deadline']).toContain('March 2025');
		expect(page.filters['type']).toEqual(['Guidance']);
		expect(page.filters['priority']).toEqual(['Digitisation']);
		expect(page.filters['audience']).toContain('Acute providers');
		const priority = byUrl.get('/investment-plans/') as Fragment;
		expect(priority.filters['type']).toEqual(['Priority overview']);
		expect(priority.meta['deadline']).toBe('June 2022');
	});

	it('indexes the main content only: never the header, footer, breadcrumbs, navigation, citations or the hidden filter text', () => {
		const chrome = [
			'Skip to main content', // skip link
			'Search the planning guidance portal', // header search label
			'Support links', // footer
			'Contains public sector information', // footer
			'Back to', // breadcrumb back link
			'Page last reviewed', // review dates
			'Secondary source', // citations
			'Pages in this priority', // contents list
			'Integrated care systemsAcute providers', // the hidden filter elements, run together
		];
		expect(fragments.length).toBeGreaterThan(0);
		for (const f of fragments) {
			for (const text of chrome) expect(f.content, `${f.url} contains "${text}"`).not.toContain(text);
			// The page's own words are there.
			expect(f.content).toContain(f.meta['title']);
		}
	});

	it('records the headings that sub-results link to', () => {
		const page = byUrl.get('/virtual-wards/virtual-wards-and-hospital-at-home/') as Fragment;
		expect(page.anchors.map((a) => a.id)).toContain('hospital-at-home');
	});

	it('indexes the glossary as its own type, each entry a titled section to link to', () => {
		const glossary = byUrl.get('/glossary/') as Fragment;
		expect(glossary.filters['type']).toEqual(['Glossary']);
		const icb = glossary.anchors.find((a) => a.id === 'icb') as Fragment['anchors'][number] & { title?: string };
		expect(icb.title).toBe('ICB: Integrated care board');
		expect(glossary.content).toContain('They replaced clinical commissioning groups');
		// The links that search for each entry are left out.
		expect(glossary.content).not.toContain('Search for EPR');
	});
});

describe('the vocabulary for spelling suggestions', () => {
	const dir = join(SITE_DIST, 'pagefind', 'vocabulary');
	const shards = new Map(
		files
			.filter((f) => f.startsWith('pagefind/vocabulary/'))
			.map((f) => [
				f.slice('pagefind/vocabulary/'.length),
				JSON.parse(readFileSync(join(SITE_DIST, f), 'utf8')) as Record<string, number>,
			]),
	);
	/** The indexed pages whose title or text holds `word` as a whole word. */
	const pagesWith = (word: string) =>
		fragments.filter((f) =>
			new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, 'iu').test(`${f.meta['title']} ${f.content}`),
		).length;

	it('is one small JSON file per first letter, next to the index', () => {
		expect(existsSync(dir)).toBe(true);
		expect([...shards.keys()].every((name) => /^[a-z0].json$/.test(name))).toBe(true);
		expect(shards.size).toBeGreaterThan(20);
		for (const [name, shard] of shards) {
			expect(Object.keys(shard).length, name).toBeGreaterThan(0);
			expect(
				Object.keys(shard).every((w) => w.startsWith(name.charAt(0))),
				name,
			).toBe(true);
			expect(statSync(join(dir, name)).size, name).toBeLessThan(8 * 1024);
		}
	});

	it("holds the real pages' words, each with the number of pages that hold it", () => {
		for (const word of ['hospital', 'digitisation', 'interoperability', 'cyber', 'replaced', 'glossary', 'ward']) {
			const shard = shards.get(`${word.charAt(0)}.json`) ?? {};
			expect(shard[word], word).toBe(pagesWith(word));
			expect(shard[word], word).toBeGreaterThan(0);
		}
	});

	it('covers every word of every indexed page, and no word of the header and footer', () => {
		const all = new Set([...shards.values()].flatMap((s) => Object.keys(s)));
		const missing = new Set<string>();
		for (const f of fragments) {
			for (const w of `${f.meta['title']} ${f.content}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
				if (w.length >= 3 && /^\p{L}+$/u.test(w) && !all.has(w)) missing.add(w);
			}
		}
		expect([...missing]).toEqual([]);
		expect(all.has('skip')).toBe(false);
		expect(all.has('hsopital')).toBe(false);
	});
});

describe('the search and glossary pages', () => {
	it('list every indexed page in the A to Z on /search/, and only those', () => {
		const links = htmlPage(SITE_DIST, '/search/')
			.querySelectorAll('#search-a-to-z ul.nhsuk-list a')
			.map((a) => a.getAttribute('href'));
		expect([...links].sort()).toEqual(fragments.map((f) => f.url).sort());
	});

	it('ship the search page script as a file, and no script at all on other pages', () => {
		const search = htmlPage(SITE_DIST, '/search/');
		const scripts = search.querySelectorAll('script');
		expect(scripts.length).toBe(1);
		expect(scripts[0]?.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
		expect(text(scripts[0])).toBe('');
		for (const path of ['/', '/virtual-wards/', '/digitisation/electronic-patient-records/', '/glossary/']) {
			expect(htmlPage(SITE_DIST, path).querySelectorAll('script'), path).toHaveLength(0);
		}
	});

	it('put a GET search form to /search/ with name q in the header of every page', () => {
		for (const path of [
			'/',
			'/virtual-wards/',
			'/digitisation/electronic-patient-records/',
			'/sources/',
			'/search/',
			'/glossary/',
		]) {
			const form = htmlPage(SITE_DIST, path).querySelector('header .nhsuk-header__search form');
			expect(form?.getAttribute('action'), path).toBe('/search/');
			expect(form?.getAttribute('method'), path).toBe('get');
			expect(form?.querySelector('input[type="search"]')?.getAttribute('name'), path).toBe('q');
		}
	});

	it('list every glossary entry with a link that searches for it', () => {
		const doc = htmlPage(SITE_DIST, '/glossary/');
		const rows = doc.querySelectorAll('.app-glossary .nhsuk-summary-list__row');
		expect(rows.length).toBeGreaterThanOrEqual(10);
		const epr = doc.querySelector('#epr');
		expect(text(epr?.querySelector('dt'))).toBe('EPR Electronic patient record');
		expect(epr?.querySelector('a[href^="/search/"]')?.getAttribute('href')).toBe('/search/?q=EPR');
	});
});

describe('searching the built index', () => {
	let index: OpenIndex;
	beforeAll(async () => {
		index = await openIndex(SITE_DIST);
	});
	afterAll(async () => {
		await index?.close();
	});

	it('finds a page by its title words, body words and metadata, ranking the title first', async () => {
		expect((await index.search('interoperability standards'))[0]).toBe(
			'/digitisation/interoperability-and-shared-care-records/',
		);
		expect((await index.search('cyber security'))[0]).toBe('/investment-plans/cyber-security/');
	});

	it('finds partial words of four letters or more', async () => {
		expect(await index.search('digitis')).toContain('/digitisation/core-level-of-digitisation/');
		expect(await index.search('interop')).toContain('/digitisation/interoperability-and-shared-care-records/');
	});

	it('finds nothing for words that appear only in the header and footer', async () => {
		expect(await index.search('Skip')).toEqual([]);
		expect(await index.search('"Contains public sector information"')).toEqual([]);
	});
});

describe('drafts', () => {
	let dist = '';
	let index: OpenIndex | undefined;

	beforeAll(async () => {
		// A copy with a draft and a published fixture page, shared with other tests of this run (tests/build/variants.ts).
		const edited = editedSite();
		if (edited.build.status !== 0) throw new Error(edited.build.output);
		dist = edited.dist;
		index = await openIndex(dist);
	});
	afterAll(async () => {
		await index?.close();
	});

	it('indexes a published page but never a draft, nor puts its words in the vocabulary', async () => {
		const vocabulary = (word: string) =>
			JSON.parse(readFileSync(join(dist, 'pagefind', 'vocabulary', `${word.charAt(0)}.json`), 'utf8')) as Record<
				string,
				number
			>;
		expect(vocabulary(SEARCH_PUBLISHED_WORD.toLowerCase())[SEARCH_PUBLISHED_WORD.toLowerCase()]).toBe(1);
		expect(vocabulary(SEARCH_DRAFT_WORD.toLowerCase())[SEARCH_DRAFT_WORD.toLowerCase()]).toBeUndefined();
		expect(await index?.search(SEARCH_PUBLISHED_WORD)).toEqual(['/virtual-wards/search-published-fixture/']);
		// Pagefind falls back to the word's longest indexed prefix ("qu", the glossary's ICB codes); never to the draft.
		expect((await index?.search(SEARCH_DRAFT_WORD))?.filter((p) => p.includes('search-draft-fixture'))).toEqual([]);
		const all = readFragments(dist);
		expect(all.some((f) => f.url.includes('search-draft-fixture'))).toBe(false);
		expect(all.some((f) => f.content.includes(SEARCH_DRAFT_WORD))).toBe(false);
		expect(listFiles(dist).some((f) => f.includes('search-draft-fixture'))).toBe(false);
	});
});

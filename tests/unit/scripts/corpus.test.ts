/** The benchmark corpus generator (scripts/lib/corpus.ts): deterministic, and every page passes the content check. */
import { describe, expect, it } from 'vitest';
import {
	corpusProject,
	corpusSlug,
	generateCorpus,
	seededRandom,
	sentencesOf,
	shuffle,
} from '../../../scripts/lib/corpus.ts';
import { readProjectFiles } from '../../../src/integrations/content-check.ts';
import { checkProject, splitFrontMatter } from '../../../src/lib/content-check/project.ts';
import { loadPriorityIds } from '../../helpers/data.ts';
import { ROOT } from '../../helpers/site.ts';

const PRIORITY_IDS = loadPriorityIds();

// The real content/ and data/ of the repository, read once.
const files = readProjectFiles(ROOT);
const corpus = generateCorpus(files);
const bodyWords = (text: string) => {
	const split = splitFrontMatter({ path: 'x.mdx', text });
	return 'body' in split ? split.body.split(/\s+/).filter(Boolean).length : 0;
};

describe('seededRandom', () => {
	it('gives the same sequence for the same seed and another for another seed', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const c = seededRandom(43);
		const xs = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(xs);
		expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
		for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
	});

	it('shuffles a copy, keeping every item', () => {
		const items = [1, 2, 3, 4, 5, 6, 7, 8];
		const shuffled = shuffle(seededRandom(1), items);
		expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect([...shuffled].sort()).toEqual(items);
	});
});

describe('sentencesOf', () => {
	it('keeps plain prose and skips headings, lists, tables and components', () => {
		const body = [
			'The first sentence is long enough to keep. The second one is also kept here.',
			'## A heading that is not a sentence.',
			'- a list item that is long enough to count.',
			'| a | table row that is long enough to count. |',
			'<Quote source="x">\nQuoted words that are long enough to count.\n</Quote>',
			'At the same time, <Figure id="epr-coverage" period="2022-06" /> had an EPR, as reported.',
		].join('\n\n');
		expect(sentencesOf(body)).toEqual([
			'The first sentence is long enough to keep.',
			'The second one is also kept here.',
		]);
	});
});

describe('generateCorpus', () => {
	it('gives the same pages for the same seed, other pages for another seed', () => {
		expect(generateCorpus(files, { count: 40, seed: 7 })).toEqual(generateCorpus(files, { count: 40, seed: 7 }));
		expect(generateCorpus(files, { count: 40 })).toEqual(corpus.slice(0, 40));
		expect(generateCorpus(files, { count: 40, seed: 8 }).map((p) => p.text)).not.toEqual(
			generateCorpus(files, { count: 40, seed: 7 }).map((p) => p.text),
		);
	});

	it('writes 1,000 pages, 250 in each priority folder, titled as benchmark pages', () => {
		expect(corpus).toHaveLength(1000);
		for (const priority of PRIORITY_IDS) {
			expect(corpus.filter((p) => p.path.startsWith(`content/${priority}/`))).toHaveLength(250);
		}
		expect(corpus[420]?.path).toMatch(new RegExp(`^content/[a-z-]+/${corpusSlug(421)}\\.mdx$`));
		expect(new Set(corpus.map((p) => p.path)).size).toBe(1000);
		for (const page of corpus) expect(page.text).toMatch(/^---\ntitle: "Benchmark page \d{4}: /);
	});

	it('writes about 400 to 800 words a page (the last sentence or quote may run a little over), with quotations and inset text on some pages', () => {
		expect(corpus).toHaveLength(1000);
		for (const page of corpus) {
			const n = bodyWords(page.text);
			expect(n, page.path).toBeGreaterThanOrEqual(400);
			expect(n, page.path).toBeLessThanOrEqual(850);
		}
		const withQuote = corpus.filter((p) => p.text.includes('<Quote source="')).length;
		const withInset = corpus.filter((p) => p.text.includes('<InsetText>')).length;
		expect(withQuote).toBeGreaterThan(300);
		expect(withQuote).toBeLessThan(1000);
		expect(withInset).toBeGreaterThan(300);
		expect(withInset).toBeLessThan(1000);
	});

	it(
		'passes the content check with the real data files: real source and target ids, allowed components only',
		{ timeout: 60_000 },
		() => {
			const { project, problems } = checkProject(corpusProject(files, corpus));
			expect(problems).toEqual([]);
			expect(project.pages).toHaveLength(1000);
			// Every quotation's source is listed in the page's sources.
			for (const page of project.pages) {
				const listed = new Set(page.data.sources.map((s) => s.id));
				for (const m of page.body.matchAll(/<Quote source="([^"]+)"/g))
					expect(listed.has(m[1] ?? ''), page.file).toBe(true);
			}
			// Some pages name targets, and only targets of their own priority.
			const targets = new Map(project.targets.map((t) => [t.id, t.priority]));
			expect(project.pages.some((p) => p.data.targets.length > 0)).toBe(true);
			for (const page of project.pages)
				for (const t of page.data.targets) expect(targets.get(t), page.file).toBe(page.priority);
		},
	);
});

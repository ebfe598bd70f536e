/** The scale benchmark's measuring (scripts/lib/bench/measure.ts): the parts that only read text. */
import { describe, expect, it } from 'vitest';
import { builtPage, corpusFacts, fastest, parseSearchOutput } from '../../../../scripts/lib/bench/measure.ts';
import { buildFigures } from '../../../helpers/bench-figures.ts';

/** What scripts/bench-search.ts prints, for two queries. */
const SEARCH_OUTPUT = `### /work/.tmp/bench-corpus-x/dist

Measured 2026-11-30 on 2 cores (AMD EPYC), Node v24.21.0, Chromium 140 (Debian, headless).

- Indexed pages: 1088
- Index size (dist/pagefind): 812345 bytes (793.3 KiB) in 120 files

| first query | results | search files fetched | search bytes | all requests | all bytes (page, CSS, script, search) | time to results (ms) |
| --- | --- | --- | --- | --- | --- | --- |
| hospital at home | 758 | 9 | 286.9 KiB | 14 | 320.5 KiB | 640 |
| EPR | 212 | 8 | 102.0 KiB | 15 | 330.0 KiB | 410 |
`;

describe('parseSearchOutput', () => {
	it('keeps the Markdown without its heading and takes the largest of each column, in bytes', () => {
		const figures = parseSearchOutput(SEARCH_OUTPUT);
		expect(figures.table.startsWith('Measured 2026-11-30')).toBe(true);
		expect(figures.table.endsWith('| EPR | 212 | 8 | 102.0 KiB | 15 | 330.0 KiB | 410 |')).toBe(true);
		expect(figures.search).toEqual({ decoded: 286.9 * 1024 });
		expect(figures.all).toEqual({ decoded: 330 * 1024 });
	});

	it('fails when no query was measured', () => {
		expect(() => parseSearchOutput(SEARCH_OUTPUT.replace(/^\| (hospital|EPR).*\n/gm, ''))).toThrow(
			'printed no query rows',
		);
	});
});

/** What scripts/bench-search.ts prints since it measures transferred bytes and bytes by kind. */
const SEARCH_OUTPUT_BY_KIND = `### /work/.tmp/bench-corpus-x/dist

- Indexed pages: 1088

| first query | results | search files fetched | search bytes | all requests | all bytes (page, CSS, script, search) | time to results (ms) | search bytes before the results showed | search bytes transferred |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| hospital at home | 758 | 9 | 286.9 KiB | 14 | 320.5 KiB | 640 | 280.0 KiB | 220.0 KiB |
| EPR | 212 | 8 | 102.0 KiB | 15 | 330.0 KiB | 410 | 100.0 KiB | 40.0 KiB |

Search bytes by kind, decoded / transferred (…):

| query | code | metadata | index | fragments | filters | vocabulary |
| --- | --- | --- | --- | --- | --- | --- |
| hospital at home | 88.0 KiB / 25.0 KiB | 1.0 KiB / 1.0 KiB | 150.0 KiB / 150.0 KiB | 40.0 KiB / 40.0 KiB | 7.9 KiB / 3.0 KiB | 0.0 KiB / 0.0 KiB |
| EPR | 88.0 KiB / 25.0 KiB | 1.0 KiB / 1.0 KiB | 5.0 KiB / 5.0 KiB | 8.0 KiB / 8.0 KiB | 0.0 KiB / 0.0 KiB | 0.0 KiB / 0.0 KiB |
`;

describe('parseSearchOutput, with transferred bytes and kinds', () => {
	it('takes the largest transfer and the kinds of the query that fetched most', () => {
		const figures = parseSearchOutput(SEARCH_OUTPUT_BY_KIND);
		expect(figures.search).toEqual({ decoded: 286.9 * 1024, transfer: 220 * 1024 });
		expect(figures.byKind?.code).toEqual({ decoded: 88 * 1024, transfer: 25 * 1024 });
		expect(figures.byKind?.index).toEqual({ decoded: 150 * 1024, transfer: 150 * 1024 });
		expect(Object.keys(figures.byKind ?? {})).toEqual([
			'code',
			'metadata',
			'index',
			'fragments',
			'filters',
			'vocabulary',
		]);
	});

	it('gives no kinds and no transfer from an older output', () => {
		const figures = parseSearchOutput(SEARCH_OUTPUT);
		expect(figures.byKind).toBeUndefined();
		expect(figures.search.transfer).toBeUndefined();
	});
});

describe('fastest', () => {
	it('picks the quickest build, the first of equals, and nothing from no builds', () => {
		const a = buildFigures('a', 12);
		const b = buildFigures('b', 9.5);
		const c = buildFigures('c', 9.5);
		expect(fastest([a, b, c])).toBe(b);
		expect(fastest([])).toBeUndefined();
	});
});

describe('builtPage and corpusFacts', () => {
	const corpus = [
		{ path: 'content/digitisation/benchmark-page-0001.mdx', text: '---\ntitle: "x"\n---\n\nOne two three.\n' },
		{ path: 'content/workforce/benchmark-page-0002.mdx', text: '---\ntitle: "y"\n---\n\nFour five.\n' },
	];

	it('finds a corpus page in the built site', () => {
		expect(builtPage(corpus[0] as (typeof corpus)[0])).toBe('digitisation/benchmark-page-0001/index.html');
	});

	it('counts the bodies’ words and hashes every path and text', () => {
		const facts = corpusFacts(corpus, 7);
		expect(facts).toMatchObject({ pages: 2, seed: 7, words: 5 });
		expect(facts.hash).toMatch(/^[0-9a-f]{16}$/);
		expect(corpusFacts([...corpus].reverse(), 7).hash).not.toBe(facts.hash);
		expect(corpusFacts(corpus, 7).hash).toBe(facts.hash);
	});
});

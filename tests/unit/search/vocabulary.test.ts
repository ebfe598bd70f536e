/** The vocabulary the build writes for spelling suggestions (src/lib/search/vocabulary.ts). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fragmentText, vocabularyShards, writeVocabulary } from '../../../src/lib/search/vocabulary.ts';

/** A fragment as Pagefind writes one: gzipped, its signature, then the page's JSON. */
const fragment = (page: object) =>
	gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(page))]));

describe('the vocabulary of some texts', () => {
	it('counts the pages that hold each word of letters, lower case, at least 3 long, sharded by first letter', () => {
		expect(
			vocabularyShards(['Hospital at home: hospital-level care, 2,500 beds.', 'Virtual wards at HOME', 'École 2025']),
		).toEqual({
			b: { beds: 1 },
			c: { care: 1 },
			h: { home: 2, hospital: 1 },
			l: { level: 1 },
			v: { virtual: 1 },
			w: { wards: 1 },
		});
		expect(vocabularyShards([])).toEqual({});
	});

	it('reads the title and content of a Pagefind fragment, and refuses a file that is not one', () => {
		expect(fragmentText(fragment({ meta: { title: 'Glossary' }, content: 'ICB Integrated care board' }))).toBe(
			'Glossary ICB Integrated care board',
		);
		expect(() => fragmentText(gzipSync(Buffer.from('{}')))).toThrow('not a Pagefind fragment');
	});
});

describe('writing the vocabulary', () => {
	let out: string;
	beforeEach(() => {
		out = mkdtempSync(join(tmpdir(), 'portal-vocabulary-'));
		mkdirSync(join(out, 'fragment'));
	});
	afterEach(() => rmSync(out, { recursive: true, force: true }));

	it('writes one JSON file per first letter into vocabulary/, replacing an older one', () => {
		writeFileSync(
			join(out, 'fragment', 'en-gb_1.pf_fragment'),
			fragment({ meta: { title: 'Cyber' }, content: 'cyber' }),
		);
		writeFileSync(join(out, 'fragment', 'en-gb_2.pf_fragment'), fragment({ meta: {}, content: 'Cyber security' }));
		mkdirSync(join(out, 'vocabulary'));
		writeFileSync(join(out, 'vocabulary', 'z.json'), '{"zebra":1}');
		expect(writeVocabulary(out)).toEqual({ shards: 2, words: 2, bytes: 25 });
		expect(readdirSync(join(out, 'vocabulary')).sort()).toEqual(['c.json', 's.json']);
		expect(JSON.parse(readFileSync(join(out, 'vocabulary', 'c.json'), 'utf8'))).toEqual({ cyber: 2 });
		expect(JSON.parse(readFileSync(join(out, 'vocabulary', 's.json'), 'utf8'))).toEqual({ security: 1 });
	});

	it('names the fragment it cannot read', () => {
		writeFileSync(join(out, 'fragment', 'en-gb_bad.pf_fragment'), 'not gzip');
		expect(() => writeVocabulary(out)).toThrow(/search vocabulary: cannot read .*en-gb_bad\.pf_fragment/);
	});
});

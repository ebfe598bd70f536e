/** The prose check (src/lib/content-check/prose.ts): advice for editors, with good and bad examples. */
import { describe, expect, it } from 'vitest';
import {
	checkPageProse,
	checkProse,
	formatWarnings,
	MAX_SENTENCE_WORDS,
} from '../../../src/lib/content-check/prose.ts';
import { checkFixtureWith } from '../../helpers/fixture-site.ts';
import { replaceIn } from '../../helpers/mistakes.ts';

const glossary = [
	{ term: 'Integrated care board', abbreviation: 'ICB' },
	{ term: 'Electronic patient record', abbreviation: 'EPR' },
	{ term: 'Virtual ward', synonyms: ['hospital at home'] },
];
const check = (body: string, bodyLine = 1) =>
	checkPageProse({ file: 'content/x/page.mdx', body, bodyLine }, { glossary });
const rules = (body: string) => check(body).map((w) => w.field);
const words = (n: number) => Array.from({ length: n }, (_, i) => `${i === 0 ? 'Word' : 'word'}${String(i)}`).join(' ');

describe('sentence length', () => {
	it(`accepts a sentence of ${String(MAX_SENTENCE_WORDS)} words`, () => {
		expect(rules(`${words(MAX_SENTENCE_WORDS)}.`)).toEqual([]);
	});
	it('warns about a longer sentence, at its first word, with the count', () => {
		const [w] = check(`Short one.\n\nAnd ${words(MAX_SENTENCE_WORDS)}.`, 20);
		expect(w).toMatchObject({ field: 'sentence-length', line: 22, column: 1 });
		expect(w?.message).toContain(`has ${String(MAX_SENTENCE_WORDS + 1)} words`);
	});
	it('counts each sentence of a paragraph on its own, and a figure as one word', () => {
		expect(rules(`${words(20)}. ${words(20)}.`)).toEqual([]);
		expect(rules(`It had <Figure id="vw-capacity" period="2023-09" /> beds and ${words(27)}.`)).toEqual([
			'sentence-length',
		]);
	});
	it("leaves quotations out: their words are the source's", () => {
		expect(rules(`<Quote source="s">\n${words(40)}.\n</Quote>`)).toEqual([]);
	});
	it('checks table cells and list items', () => {
		expect(rules(`| a | b |\n| --- | --- |\n| ${words(35)} | x |`)).toEqual(['sentence-length']);
		expect(rules(`- ${words(35)}\n- short`)).toEqual(['sentence-length']);
	});
});

describe('abbreviations', () => {
	it('accepts an abbreviation after its term, or defined in brackets', () => {
		expect(rules('Each integrated care board (ICB) plans. The ICB pays.')).toEqual([]);
		expect(rules('The ICB (integrated care board) plans.')).toEqual([]);
		expect(rules('The Healthcare Financial Management Association (HFMA) reported it. The HFMA said so.')).toEqual([]);
		expect(rules('Every integrated care board plans. Later, ICBs pay.')).toEqual([]);
	});
	it('warns about the first use before the term, once per abbreviation, naming the term', () => {
		const ws = check('The ICB plans. The ICB pays. An integrated care board (ICB) decides.');
		expect(ws).toHaveLength(1);
		expect(ws[0]).toMatchObject({ field: 'abbreviation', line: 1, column: 5 });
		expect(ws[0]?.message).toContain('write "integrated care board (ICB)" the first time');
	});
	it('knows plurals', () => {
		expect(rules('All EPRs were bought.')).toEqual(['abbreviation']);
	});
	it('warns about any other word in capitals that is never spelt out, but not the well known', () => {
		const ws = check('As reported by HTN, the NHS in the UK asked each GP.');
		expect(ws.map((w) => w.message)).toEqual([
			'"HTN" is used before it is written in full on this page: write it in full the first time, followed by (HTN), or add it to data/glossary.json',
		]);
	});
	it('counts a use in a heading, a link or a list', () => {
		expect(rules('## The ICB\n\nText.')).toEqual(['abbreviation']);
		expect(rules('See [the ICB](/glossary/#icb).')).toEqual(['abbreviation']);
		expect(rules('- EPR first')).toEqual(['abbreviation']);
	});
	it("ignores quotations, where the words are the source's", () => {
		expect(rules('<Quote source="s">in place in all ICSs</Quote>')).toEqual([]);
	});
});

describe('references to other pages', () => {
	it('warns when "see the page on" has no link', () => {
		const ws = check('Read on.\n\nSee the page on funding for virtual wards.');
		expect(ws).toEqual([expect.objectContaining({ field: 'unlinked-reference', line: 3, column: 1 })]);
	});
	it('warns about "the … pages" with no link', () => {
		expect(rules('Skills are covered in the workforce skills pages.')).toEqual(['unlinked-reference']);
	});
	it('accepts the same sentence with a link', () => {
		expect(rules('See the page on [funding for virtual wards](/virtual-wards/funding/).')).toEqual([]);
		expect(rules('Skills are covered in the [workforce skills pages](/workforce-skills/).')).toEqual([]);
	});
	it('does not count a link in another sentence', () => {
		expect(rules('See [funding](/virtual-wards/funding/). See the page on skills.')).toEqual(['unlinked-reference']);
	});
});

describe('the check over a project', () => {
	it('returns nothing for a body that does not parse (the content check reports it)', () => {
		expect(check('<Quote>unclosed')).toEqual([]);
	});
	it('formats warnings after a heading that says they do not stop the build', () => {
		const out = formatWarnings(checkProse([{ file: 'content/a/b.mdx', body: 'The ICB.', bodyLine: 10 }], { glossary }));
		expect(out).toBe(
			'1 prose warning (advice: these do not stop the build):\n  content/a/b.mdx:10:5 → abbreviation: "ICB" is used before it is written in full on this page: write "integrated care board (ICB)" the first time (or link it to /glossary/#…, still in full)',
		);
	});
	it('the fixture site has no prose warnings: its one warning is a page due for review', () => {
		const run = checkFixtureWith(() => undefined);
		expect(run.warnings.map((w) => `${w.file}:${String(w.line)} ${w.field}`)).toEqual([
			'content/virtual-wards/ambition.mdx:12 nextReview',
		]);
	});
	it('prints warnings after problems and keeps the exit code', () => {
		const run = checkFixtureWith((f) =>
			replaceIn(f, 'content/virtual-wards/overview.mdx', /\n## /, '\n\nThe XYZ said so.\n\n## '),
		);
		expect(run.exitCode).toBe(0);
		expect(run.problems).toEqual([]);
		expect(run.warnings.map((w) => w.field)).toEqual(['abbreviation', 'nextReview']);
		expect(run.output).toMatch(
			/^content and data: no problems found\n\n1 prose warning \(advice: these do not stop the build\):\n {2}content\/virtual-wards\/overview\.mdx:\d+:5 → abbreviation: "XYZ"/,
		);
		const bad = checkFixtureWith((f) => {
			replaceIn(f, 'content/virtual-wards/overview.mdx', /\n## /, '\n\nThe XYZ said so.\n\n## ');
			replaceIn(f, 'data/targets.json', '"deadline": "2023-12"', '"deadline": "December 2023"');
		});
		expect(bad.exitCode).toBe(1);
		expect(bad.output.indexOf('1 problem in content or data')).toBe(0);
		expect(bad.output).toContain('\n\n1 prose warning');
	});
});

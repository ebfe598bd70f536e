/**
 * The editions' and commitments' rules (src/lib/content-check/rules/editions.ts):
 * every bad input fails with file, line and field; and the real data has its
 * 10 commitments × 5 editions accounted for, every target covered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { readJson } from '../../../../src/lib/content-check/json.ts';
import { checkProject } from '../../../../src/lib/content-check/project.ts';
import { parseWithFriendlyErrors } from '../../../../src/lib/problems/error-map.ts';
import type { Problem } from '../../../../src/lib/problems/problems.ts';
import { idsOfEntries } from '../../../../src/lib/content-check/references.ts';
import {
	checkEditions,
	wordCount,
	type CollectionInput,
	type EditionsInput,
} from '../../../../src/lib/content-check/rules/editions.ts';
import { readProjectFiles } from '../../../../src/integrations/content-check.ts';
import { CommitmentSchema, type Commitment } from '../../../../src/schemas/commitment.ts';
import { EditionSchema, type Edition } from '../../../../src/schemas/edition.ts';
import { SourceSchema, type Source } from '../../../../src/schemas/source.ts';
import { ROOT } from '../../../helpers/site.ts';

type Json = Record<string, unknown>;

const EDITIONS = 'data/editions.json';
const COMMITMENTS = 'data/commitments.json';

function editionsFixture(): Json[] {
	const base = { publisher: 'NHS England', read: 'whole-text', readNote: 'We read the whole text.' };
	return [
		{
			...base,
			id: '2022-23',
			title: '2022/23 guidance',
			label: '2022/23',
			name: 'the 2022/23 guidance',
			published: '2021-12-24',
			versions: [
				{ label: 'Version 1', date: '2021-12-24' },
				{ label: 'Version 2', date: '2022-01-14', source: 'pg' },
			],
			sources: ['pg'],
		},
		{
			...base,
			id: '2023-24',
			title: '2023/24 guidance',
			label: '2023/24',
			name: 'the 2023/24 guidance',
			published: '2022-12-23',
			sources: ['pg'],
		},
	];
}

function commitmentsFixture(): Json[] {
	const own = (source = 'pg') => ({ evidence: { grade: 'own-text' }, quotes: [{ text: 'short words', source }] });
	return [
		{
			id: 'x',
			kind: 'original',
			title: 'Commitment x',
			summary: 'What was asked, in our words.',
			priority: 'digitisation',
			edition: '2022-23',
			targets: ['t-1'],
			pages: ['digitisation/a'],
			trace: [
				{ edition: '2022-23', status: 'new', said: 'Set it in our words.', ...own() },
				{ edition: '2023-24', status: 'replaced', said: 'Replaced it with y.', ...own(), replacement: 'y' },
			],
		},
		{
			id: 'y',
			kind: 'replacement',
			title: 'Commitment y',
			summary: 'What replaced it, in our words.',
			priority: 'digitisation',
			edition: '2023-24',
			trace: [
				{
					edition: '2023-24',
					status: 'new',
					said: 'Set y, read in a copy.',
					evidence: { grade: 'own-text-in-copy' },
					quotes: [{ text: 'copied words', source: 'copy' }],
				},
			],
		},
	];
}

const SOURCES: Source[] = [
	{ id: 'pg', title: 'The guidance', publisher: 'NHS England', url: 'https://www.england.nhs.uk/', kind: 'primary' },
	{ id: 'news', title: 'A news report', publisher: 'HTN', url: 'https://htn.co.uk/', kind: 'secondary' },
	{
		id: 'copy',
		title: 'The framework',
		publisher: 'NHS England',
		url: 'https://github.com/o/r',
		kind: 'primary',
		readIn: [{ repository: 'o/r', path: 'docs/f.md', commit: 'abcdef1' }],
	},
].map((s) => SourceSchema.parse(s));

interface Read<T> extends CollectionInput<T> {
	text: string;
	schemaProblems: Problem[];
}

/** Reads a list as the check does: JSON text with positions, each entry parsed with its schema. */
function read<T>(path: string, value: Json[], schema: ZodType<T>): Read<T> {
	const text = `${JSON.stringify(value, null, '\t')}\n`;
	const json = readJson({ path, text });
	if (!json.ok) throw new Error('fixture is not JSON');
	const entries: { entry: T; index: number }[] = [];
	const schemaProblems: Problem[] = [];
	value.forEach((v, index) => {
		const parsed = parseWithFriendlyErrors(schema, v, path, [index]);
		if (parsed.ok) entries.push({ entry: parsed.data, index });
		else schemaProblems.push(...parsed.problems);
	});
	return { entries, known: { ids: idsOfEntries(value), unreadable: false }, locate: json.locate, text, schemaProblems };
}

const known = (...ids: string[]) => ({ ids: new Set(ids), unreadable: false });

function run(
	change: (files: { editions: Json[]; commitments: Json[] }) => void = () => undefined,
	targets: string[] = ['t-1'],
) {
	const files = { editions: editionsFixture(), commitments: commitmentsFixture() };
	change(files);
	const editions = read<Edition>(EDITIONS, files.editions, EditionSchema);
	const commitments = read<Commitment>(COMMITMENTS, files.commitments, CommitmentSchema);
	const input: EditionsInput = {
		editions,
		commitments,
		sources: { byId: new Map(SOURCES.map((s) => [s.id, s])), known: known(...SOURCES.map((s) => s.id)) },
		targets: { known: known(...targets), entries: targets.map((id, index) => ({ entry: { id }, index })) },
		datasets: known('vw-capacity'),
		pages: known('digitisation/a'),
	};
	expect([...editions.schemaProblems, ...commitments.schemaProblems]).toEqual([]);
	return { problems: checkEditions(input), editions: editions.text, commitments: commitments.text };
}

/** The 1-based line of the `nth` occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string, nth = 1): number {
	let at = -1;
	for (let i = 0; i < nth; i++) {
		at = text.indexOf(needle, at + 1);
		if (at < 0) throw new Error(`"${needle}" not found`);
	}
	return text.slice(0, at).split('\n').length;
}

/** Trace entry `t` of commitment `c` of the fixture, to change in place. */
function entry(files: { commitments: Json[] }, c: number, t: number): Json {
	const found = (files.commitments[c] as { trace: Json[] }).trace[t];
	if (!found) throw new Error(`no trace[${String(t)}] in commitment [${String(c)}]`);
	return found;
}

/** The only problem, checked for its file, field, line and the words of its message. */
function only(problems: Problem[], file: string, field: string, line: number, words: string): Problem {
	expect(problems).toHaveLength(1);
	const [p] = problems as [Problem];
	expect({ file: p.file, field: p.field, line: p.line }).toEqual({ file, field, line });
	expect(p.message).toContain(words);
	return p;
}

describe('editions and commitments: good input', () => {
	it('a consistent pair of files has no problems', () => {
		expect(run().problems).toEqual([]);
	});
	it('counts the words of a quote, not a cut marked with …', () => {
		expect(wordCount('one two … three')).toBe(3);
		expect(wordCount('  ')).toBe(0);
	});
});

describe('editions and commitments: bad input fails with file, line and field', () => {
	it('a trace names an edition that does not exist', () => {
		const { problems, commitments } = run((f) => (entry(f, 0, 1).edition = '2024-25'));
		only(
			problems,
			COMMITMENTS,
			'[0].trace[1].edition',
			lineOf(commitments, '"2024-25"'),
			'"2024-25" is not an edition in data/editions.json',
		);
	});
	it('a trace entry for an edition published before the commitment’s own', () => {
		const { problems, commitments } = run((f) =>
			(f.commitments[1] as { trace: Json[] }).trace.unshift({
				...entry(f, 1, 0),
				edition: '2022-23',
				status: 'carried',
			}),
		);
		only(
			problems,
			COMMITMENTS,
			'[1].trace[0].edition',
			lineOf(commitments, '"2022-23"', 3),
			"before this commitment's own edition, 2023-24 (published 2022-12-23)",
		);
	});
	it('"replaced" with no replacement', () => {
		const { problems, commitments } = run((f) => delete entry(f, 0, 1).replacement);
		const p = only(
			problems,
			COMMITMENTS,
			'[0].trace[1].status',
			lineOf(commitments, '"replaced"'),
			'add "replacement"',
		);
		expect(p.message).toContain('(known: y)');
	});
	it('"replaced" with a replacement that does not exist, or is itself', () => {
		const missing = run((f) => (entry(f, 0, 1).replacement = 'z'));
		only(
			missing.problems,
			COMMITMENTS,
			'[0].trace[1].replacement',
			lineOf(missing.commitments, '"z"'),
			'"z" is not a commitment in data/commitments.json',
		);
		const self = run((f) => (entry(f, 0, 1).replacement = 'x'));
		only(
			self.problems,
			COMMITMENTS,
			'[0].trace[1].replacement',
			lineOf(self.commitments, '"replacement": "x"'),
			'cannot replace itself',
		);
	});
	it('a replacement on an entry that is not "replaced"', () => {
		const { problems, commitments } = run((f) => (entry(f, 0, 1).status = 'changed'));
		only(
			problems,
			COMMITMENTS,
			'[0].trace[1].replacement',
			lineOf(commitments, '"replacement"'),
			'write "status": "replaced"',
		);
	});
	it('a quote over the length limit', () => {
		const long = Array.from({ length: 31 }, (_, i) => `w${i}`).join(' ');
		const { problems, commitments } = run((f) => ((entry(f, 0, 0).quotes as Json[])[0] = { text: long, source: 'pg' }));
		only(
			problems,
			COMMITMENTS,
			'[0].trace[0].quotes[0].text',
			lineOf(commitments, long),
			'has 31 words: a quote has at most 30',
		);
	});
	it('a quote whose source does not exist, and an entry with no source at all', () => {
		const missing = run((f) => ((entry(f, 0, 0).quotes as Json[])[0] = { text: 'short words', source: 'pgg' }));
		only(
			missing.problems,
			COMMITMENTS,
			'[0].trace[0].quotes[0].source',
			lineOf(missing.commitments, '"pgg"'),
			'did you mean "pg"?',
		);
		const none = run((f) => {
			entry(f, 0, 0).quotes = [];
			entry(f, 0, 0).evidence = { grade: 'coverage' };
		});
		only(
			none.problems,
			COMMITMENTS,
			'[0].trace[0].evidence',
			lineOf(none.commitments, '"evidence"'),
			'has no source: add a quote',
		);
	});
	it('a quote with no source is a schema problem at its field, with its line from the check', () => {
		const files = readProjectFiles(ROOT);
		const value = JSON.parse(files.data.commitments?.text ?? '[]') as Json[];
		const quote = ((value[0] as { trace: Json[] }).trace[0] as { quotes: Json[] }).quotes[0] as Json;
		delete quote.source;
		const text = JSON.stringify(value, null, '\t');
		const { problems } = checkProject({ ...files, data: { ...files.data, commitments: { path: COMMITMENTS, text } } });
		const p = only(
			problems.filter((x) => x.file === COMMITMENTS),
			COMMITMENTS,
			'[0].trace[0].quotes[0].source',
			// The quote has no source field: the line is the quote's own, where it opens.
			lineOf(text, `"text": "${String(quote.text)}"`) - 1,
			'must be a source id',
		);
		expect(p.column).toBeGreaterThan(0);
	});
	it("evidence marked as the edition's own text whose source is news coverage", () => {
		const { problems, commitments } = run(
			(f) => ((entry(f, 0, 0).quotes as Json[])[0] = { text: 'short words', source: 'news' }),
		);
		only(
			problems,
			COMMITMENTS,
			'[0].trace[0].quotes[0].source',
			lineOf(commitments, '"news"'),
			'is news or briefing coverage (kind "secondary"',
		);
	});
	it('own text read in a copy must say so, and "in a copy" needs a copy', () => {
		const copy = run((f) => ((entry(f, 0, 0).quotes as Json[])[0] = { text: 'short words', source: 'copy' }));
		only(
			copy.problems,
			COMMITMENTS,
			'[0].trace[0].quotes[0].source',
			lineOf(copy.commitments, '"copy"'),
			'grade this entry "own-text-in-copy"',
		);
		const direct = run((f) => ((entry(f, 1, 0).quotes as Json[])[0] = { text: 'copied words', source: 'pg' }));
		only(
			direct.problems,
			COMMITMENTS,
			'[1].trace[0].quotes[0].source',
			lineOf(direct.commitments, '"pg"', 3),
			'has no "readIn"',
		);
	});
	it('two entries for one commitment and edition', () => {
		const { problems, commitments } = run((f) => (entry(f, 0, 1).edition = '2022-23'));
		const p = only(
			problems,
			COMMITMENTS,
			'[0].trace[1].edition',
			lineOf(commitments, '"2022-23"', 3),
			'already has an entry',
		);
		expect(p.message).toContain(`line ${String(lineOf(commitments, '"2022-23"', 2))}`);
	});
	it('an original commitment with no entry for a later edition', () => {
		const { problems, commitments } = run((f) => {
			const c = f.commitments[0] as { trace: Json[] };
			c.trace = c.trace.slice(0, 1);
		});
		only(problems, COMMITMENTS, '[0].trace', lineOf(commitments, '"trace"'), 'has no entry for 2023-24');
	});
	it('editions whose publication dates are out of order', () => {
		const { problems, editions } = run((f) => ((f.editions[1] as Json).published = '2021-06-01'));
		// The commitment set in 2022/23 now has an entry for an edition published before its own: said too.
		expect(problems.map((p) => p.file)).toEqual([EDITIONS, COMMITMENTS]);
		only(
			problems.slice(0, 1),
			EDITIONS,
			'[1].published',
			lineOf(editions, '"2021-06-01"'),
			'is not after the edition before it, 2022-23 (published 2021-12-24)',
		);
	});
	it('editions listed out of order', () => {
		const { problems, editions } = run((f) => f.editions.reverse());
		only(
			problems,
			EDITIONS,
			'[1].id',
			lineOf(editions, '"2022-23"'),
			'list editions in the order of the years they cover',
		);
	});
	it('versions out of order, or a first version that is not the publication', () => {
		const later = run(
			(f) => (((f.editions[0] as Json).versions as Json[])[1] = { label: 'Version 2', date: '2021-12-01' }),
		);
		only(
			later.problems,
			EDITIONS,
			'[0].versions[1].date',
			lineOf(later.editions, '"2021-12-01"'),
			'is not after the version before it',
		);
		const first = run(
			(f) => (((f.editions[0] as Json).versions as Json[])[0] = { label: 'Version 1', date: '2021-12-20' }),
		);
		only(
			first.problems,
			EDITIONS,
			'[0].versions[0].date',
			lineOf(first.editions, '"2021-12-20"'),
			'the first version is the publication',
		);
	});
	it("a milestone's source that does not exist, and milestones out of date order", () => {
		const milestone = (date: string, source: string) => ({
			date,
			title: 'Boards take over',
			detail: 'The boards took over on this day.',
			sources: [source],
		});
		const unknown = run((f) => ((f.editions[0] as Json).milestones = [milestone('2022-07-01', 'pgy')]));
		only(
			unknown.problems,
			EDITIONS,
			'[0].milestones[0].sources[0]',
			lineOf(unknown.editions, '"pgy"'),
			'is not a source in data/sources.json',
		);
		const order = run(
			(f) => ((f.editions[0] as Json).milestones = [milestone('2022-07-01', 'news'), milestone('2022-04-01', 'pg')]),
		);
		only(
			order.problems,
			EDITIONS,
			'[0].milestones[1].date',
			lineOf(order.editions, '"2022-04-01"'),
			'list milestones in date order',
		);
	});
	it("an edition's source that does not exist", () => {
		const { problems, editions } = run((f) => ((f.editions[1] as Json).sources = ['pgx']));
		only(problems, EDITIONS, '[1].sources[0]', lineOf(editions, '"pgx"'), 'is not a source in data/sources.json');
	});
	it('target ids that do not exist, and a target no commitment covers', () => {
		const missing = run((f) => ((f.commitments[0] as Json).targets = ['t-9']));
		const problems = missing.problems;
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			[COMMITMENTS, '[0].targets[0]'],
			['data/targets.json', '[0].id'],
		]);
		expect(problems[0]?.line).toBe(lineOf(missing.commitments, '"t-9"'));
		expect(problems[0]?.message).toContain('"t-9" is not a target in data/targets.json');
		expect(problems[1]?.message).toContain('"t-1" is not covered by any commitment');
	});
	it('a page, dataset or "see" that does not exist', () => {
		const { problems, commitments } = run((f) => {
			(f.commitments[0] as Json).pages = ['digitisation/b'];
			(f.commitments[0] as Json).dataset = 'vw-capacty';
			entry(f, 0, 0).see = ['w'];
		});
		expect(problems.map((p) => [p.field, p.line])).toEqual([
			['[0].dataset', lineOf(commitments, '"vw-capacty"')],
			['[0].pages[0]', lineOf(commitments, '"digitisation/b"')],
			['[0].trace[0].see[0]', lineOf(commitments, '"w"')],
		]);
	});
	it('evidence that lacks what its grade needs, or disagrees with the status', () => {
		const absent = run((f) => {
			entry(f, 0, 0).evidence = { grade: 'absent', source: 'pg' };
		});
		expect(absent.problems.map((p) => [p.field, p.message.slice(0, 30)])).toEqual([
			['[0].trace[0].evidence', '"absent" needs what was search'],
			['[0].trace[0].quotes', 'an entry graded "absent" has n'],
		]);
		const companion = run((f) => (entry(f, 0, 0).evidence = { grade: 'companion' }));
		only(
			companion.problems,
			COMMITMENTS,
			'[0].trace[0].evidence',
			lineOf(companion.commitments, '"evidence"'),
			'say which document',
		);
		const status = run((f) => (entry(f, 0, 0).status = 'not-found'));
		only(
			status.problems,
			COMMITMENTS,
			'[0].trace[0].status',
			lineOf(status.commitments, '"not-found"'),
			'grade its evidence "not-found" too',
		);
		const grade = run((f) => {
			entry(f, 0, 0).quotes = [];
			entry(f, 0, 0).evidence = { grade: 'not-found', searched: 'We searched everything we had.' };
		});
		only(
			grade.problems,
			COMMITMENTS,
			'[0].trace[0].status',
			lineOf(grade.commitments, '"new"'),
			'write "status": "not-found"',
		);
	});
});

describe('the real data', () => {
	const files = readProjectFiles(ROOT);
	const commitments = (JSON.parse(readFileSync(join(ROOT, COMMITMENTS), 'utf8')) as unknown[]).map((c) =>
		CommitmentSchema.parse(c),
	);
	const editions = (JSON.parse(readFileSync(join(ROOT, EDITIONS), 'utf8')) as unknown[]).map((e) =>
		EditionSchema.parse(e),
	);
	const targets = JSON.parse(readFileSync(join(ROOT, 'data/targets.json'), 'utf8')) as { id: string }[];
	const originals = commitments.filter((c) => c.kind === 'original');

	it('passes the content check', () => {
		const problems = checkProject(files).problems.filter((p) => p.file === EDITIONS || p.file === COMMITMENTS);
		expect(problems).toEqual([]);
	});
	it('has 10 commitments × 5 editions = 50 cells, 39 with evidence and 11 not found', () => {
		expect(editions.map((e) => e.id)).toEqual(['2022-23', '2023-24', '2024-25', '2025-26', '2026-27']);
		expect(originals).toHaveLength(10);
		const cells = originals.flatMap((c) => editions.map((e) => c.trace.filter((t) => t.edition === e.id)));
		expect(cells).toHaveLength(50);
		expect(cells.every((entries) => entries.length === 1)).toBe(true);
		const grades = cells.map((entries) => entries[0]?.evidence.grade);
		expect(grades.filter((g) => g === 'not-found')).toHaveLength(11);
		expect(grades.filter((g) => g !== 'not-found')).toHaveLength(39);
	});
	it('maps every one of the 15 targets to a commitment', () => {
		expect(targets).toHaveLength(15);
		const covered = new Set(originals.flatMap((c) => c.targets));
		expect(targets.map((t) => t.id).filter((id) => !covered.has(id))).toEqual([]);
	});
	it('names the replacements as commitments of their own', () => {
		const replacements = commitments.filter((c) => c.kind === 'replacement').map((c) => c.id);
		expect(replacements).toEqual([
			'community-urgent-care-12h',
			'dcf-minimum-standards',
			'nhs-app-appointments',
			'fdp-85-secondary-care-trusts',
			'digital-plans-five-year',
		]);
		const named = commitments.flatMap((c) => c.trace.flatMap((t) => (t.replacement ? [t.replacement] : []))).sort();
		expect(named).toEqual([...replacements].sort());
	});
});

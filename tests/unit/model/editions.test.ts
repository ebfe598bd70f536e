/** The editions' traces (src/lib/model/editions.ts): order, what applies now, the words pages print. */
import { describe, expect, it } from 'vitest';
import {
	ALL_DROPPED_OR_REPLACED,
	commitmentsOfTarget,
	commitmentStatus,
	copyUrl,
	droppedOrReplaced,
	editionEntries,
	editionsInOrder,
	evidenceLabel,
	EVIDENCE_CODES,
	newestEdition,
	NO_STATUS,
	nowSentence,
	nowSentenceText,
	pageLead,
	pageNow,
	priorityNow,
	priorityNowLine,
	READING_LABELS,
	replacedBy,
	sentenceText,
	statusWord,
	traceGrid,
	traceSteps,
	whatAppliesNow,
	type TraceData,
} from '../../../src/lib/model/editions.ts';
import { CommitmentSchema, type Commitment } from '../../../src/schemas/commitment.ts';
import { EditionSchema, READINGS, type Edition } from '../../../src/schemas/edition.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';

function edition(id: string, published: string, name = `the ${id} guidance`): Edition {
	return EditionSchema.parse({
		id,
		title: `${id} guidance`,
		label: id.replace('-', '/'),
		name,
		publisher: 'NHS England',
		published,
		sources: [`pg-${id}`],
		read: 'whole-text',
		readNote: 'We read the whole text.',
	});
}

// Listed out of date order on purpose: the model orders by publication.
const E3 = edition('2022-23', '2022-01-10', 'the framework');
const E1 = edition('2020-21', '2020-01-10');
const E2 = edition('2021-22', '2021-01-10');
const EDITIONS = [E3, E1, E2];

const own = (source: string, text = 'the words of the edition') => ({
	evidence: { grade: 'own-text' },
	quotes: [{ text, source }],
});
const notFound = { status: 'not-found', evidence: { grade: 'not-found', searched: 'We searched the stored copies.' } };

function commitment(id: string, trace: unknown[], extra: Record<string, unknown> = {}): Commitment {
	return CommitmentSchema.parse({
		id,
		kind: 'original',
		title: `Commitment ${id}`,
		summary: 'What was asked, in our words.',
		priority: 'digitisation',
		edition: '2020-21',
		trace: trace.map((t) => ({ said: 'What the edition said about it.', ...(t as object) })),
		...extra,
	});
}

const carried = commitment('carried', [
	{ edition: '2022-23', status: 'carried', ...own('pg-2022-23', 'still asked') },
	{ edition: '2020-21', status: 'new', ...own('pg-2020-21') },
	{ edition: '2021-22', status: 'changed', ...own('pg-2021-22'), deadline: { label: 'by March 2022' } },
]);
const changed = commitment(
	'changed',
	[
		{ edition: '2020-21', status: 'new', ...own('pg-2020-21') },
		{
			edition: '2021-22',
			status: 'changed',
			...own('pg-2021-22', 'all trusts by March 2023'),
			deadline: { label: 'by March 2023', month: '2023-03' },
		},
		{ edition: '2022-23', ...notFound },
	],
	{ targets: ['t-1'], pages: ['digitisation/a'] },
);
const dropped = commitment(
	'dropped',
	[
		{ edition: '2020-21', status: 'new', ...own('pg-2020-21') },
		{
			edition: '2021-22',
			status: 'dropped',
			evidence: { grade: 'absent', searched: 'The whole text was read.', source: 'pg-2021-22' },
		},
	],
	{ priority: 'virtual-wards', pages: ['virtual-wards/b'] },
);
// A chain of two replacements: a → b (2021/22) → c (2022/23).
const a = commitment(
	'a',
	[
		{ edition: '2020-21', status: 'new', ...own('pg-2020-21') },
		{ edition: '2021-22', status: 'replaced', ...own('pg-2021-22'), replacement: 'b' },
		{ edition: '2022-23', ...notFound },
	],
	{ priority: 'virtual-wards', targets: ['t-a'], pages: ['virtual-wards/b'] },
);
const b = commitment(
	'b',
	[
		{ edition: '2021-22', status: 'new', ...own('pg-2021-22') },
		{ edition: '2022-23', status: 'replaced', ...own('pg-2022-23'), replacement: 'c' },
	],
	{ kind: 'replacement', title: 'Bed capacity', edition: '2021-22', priority: 'virtual-wards' },
);
const c = commitment(
	'c',
	[
		{
			edition: '2022-23',
			status: 'new',
			...own('pg-2022-23', 'a 12-hour offer'),
			deadline: { label: 'from April 2026' },
		},
	],
	{ kind: 'replacement', title: 'A community offer', edition: '2022-23', priority: 'virtual-wards' },
);
const DATA: TraceData = { editions: EDITIONS, commitments: [carried, changed, dropped, a, b, c] };

describe('trace order', () => {
	it('orders editions by publication date, and a trace by its editions', () => {
		expect(editionsInOrder(EDITIONS).map((e) => e.id)).toEqual(['2020-21', '2021-22', '2022-23']);
		expect(newestEdition(EDITIONS)?.id).toBe('2022-23');
		expect(newestEdition([])).toBeUndefined();
		expect(traceSteps(carried, EDITIONS).map((s) => s.entry.status)).toEqual(['new', 'changed', 'carried']);
	});
	it('leaves out an entry whose edition does not exist', () => {
		const stray = commitment('stray', [
			{ edition: '2020-21', status: 'new', ...own('pg-2020-21') },
			{ edition: '2030-31', status: 'carried', ...own('pg-2020-21') },
		]);
		expect(traceSteps(stray, EDITIONS).map((s) => s.edition.id)).toEqual(['2020-21']);
	});
});

describe('what applies now', () => {
	it('carried: the latest entry applies', () => {
		const now = whatAppliesNow('carried', DATA);
		expect(now.state).toBe('in-force');
		expect(now.chain).toHaveLength(0);
		expect(now.step?.edition.id).toBe('2022-23');
		expect(nowSentenceText(now)).toBe('Carried forward by the framework (10 January 2022): “still asked”.');
		expect(droppedOrReplaced(now)).toBe(false);
	});
	it('changed: the latest entry with evidence applies, and a newest edition not found is said', () => {
		const now = whatAppliesNow('changed', DATA);
		expect(now.state).toBe('in-force');
		expect(now.step?.edition.id).toBe('2021-22');
		expect(now.newestNotFound?.id).toBe('2022-23');
		expect(now.targets).toEqual(['t-1']);
		expect(nowSentenceText(now)).toBe(
			'Changed by the 2021-22 guidance (10 January 2021): “all trusts by March 2023”; what the framework says about it was not found in the text we could read.',
		);
	});
	it('dropped: it says the edition whose whole text we read does not include it', () => {
		const now = whatAppliesNow('dropped', DATA);
		expect(now.state).toBe('dropped');
		expect(droppedOrReplaced(now)).toBe(true);
		expect(nowSentenceText(now)).toBe(
			'Dropped: it is not in the 2021-22 guidance (10 January 2021), whose whole text we read.',
		);
	});
	it('a chain of two replacements is followed to its end, keeping the first commitment’s targets', () => {
		const now = whatAppliesNow('a', DATA);
		expect(now.chain.map((l) => [l.replaced.edition.id, l.by.id])).toEqual([
			['2021-22', 'b'],
			['2022-23', 'c'],
		]);
		expect(now.current.id).toBe('c');
		expect(now.state).toBe('in-force');
		expect(now.targets).toEqual(['t-a']);
		expect(now.currentTargets).toEqual([]);
		expect(now.newestNotFound).toBeUndefined();
		expect(nowSentenceText(now)).toBe(
			'Replaced by bed capacity in the 2021-22 guidance (10 January 2021), itself replaced by a community offer in the framework (10 January 2022): “a 12-hour offer” (from April 2026).',
		);
		const parts = nowSentence(now);
		expect(parts.filter((p) => 'quote' in p)).toEqual([{ quote: 'a 12-hour offer', source: 'pg-2022-23' }]);
		const cited = commitment('cited', [
			{
				edition: '2020-21',
				status: 'new',
				evidence: { grade: 'own-text' },
				quotes: [{ text: 'cited words', source: { id: 'pg-2020-21', section: '2.2' } }],
			},
		]);
		expect(nowSentence(whatAppliesNow('cited', { editions: EDITIONS, commitments: [cited] })).at(2)).toEqual({
			quote: 'cited words',
			source: 'pg-2020-21',
			section: '2.2',
		});
	});
	it('a replacement that changed later ends the sentence with the change', () => {
		const later = commitment(
			'later',
			[
				{ edition: '2021-22', status: 'new', ...own('pg-2021-22') },
				{
					edition: '2022-23',
					status: 'changed',
					...own('pg-2022-23', 'every provider'),
					deadline: { label: 'by 2028/29' },
				},
			],
			{ kind: 'replacement', title: 'The platform', edition: '2021-22' },
		);
		const first = commitment('first', [
			{ edition: '2020-21', status: 'new', ...own('pg-2020-21') },
			{ edition: '2021-22', status: 'replaced', ...own('pg-2021-22'), replacement: 'later' },
			{ edition: '2022-23', status: 'carried', ...own('pg-2022-23', 'shared records') },
		]);
		const data = { editions: EDITIONS, commitments: [first, later] };
		const viaChain = whatAppliesNow('later', data);
		expect(nowSentenceText(viaChain)).toBe(
			'Changed by the framework (10 January 2022): “every provider” (by 2028/29).',
		);
		// The commitment was carried after its replacement: both are said.
		const now = whatAppliesNow('first', data);
		expect(now.chain).toHaveLength(0);
		expect(now.earlierReplacements.map((r) => r.by.id)).toEqual(['later']);
		expect(nowSentenceText(now)).toBe(
			'Carried forward by the framework (10 January 2022): “shared records”; the 2021-22 guidance (10 January 2021) had replaced it with the platform.',
		);
		const chained = commitment('chained', [
			{ edition: '2020-21', status: 'new', ...own('pg-2020-21') },
			{ edition: '2021-22', status: 'replaced', ...own('pg-2021-22'), replacement: 'later' },
		]);
		expect(nowSentenceText(whatAppliesNow('chained', { editions: EDITIONS, commitments: [chained, later] }))).toBe(
			'Replaced by the platform in the 2021-22 guidance (10 January 2021), which was then changed by the framework (10 January 2022): “every provider” (by 2028/29).',
		);
	});
	it('an entry with no status, nothing found, and a loop of replacements', () => {
		const unstated = commitment('unstated', [
			{
				edition: '2020-21',
				evidence: { grade: 'companion', companion: 'the business plan' },
				quotes: [{ text: 'talent pipelines', source: 'bp' }],
			},
		]);
		const nothing = commitment('nothing', [{ edition: '2020-21', ...notFound }]);
		const loop1 = commitment('loop1', [
			{ edition: '2021-22', status: 'replaced', ...own('pg-2021-22'), replacement: 'loop2' },
		]);
		const loop2 = commitment('loop2', [
			{ edition: '2022-23', status: 'replaced', ...own('pg-2022-23'), replacement: 'loop1' },
		]);
		const data = { editions: EDITIONS, commitments: [unstated, nothing, loop1, loop2] };
		const u = whatAppliesNow('unstated', data);
		expect(u.state).toBe('unstated');
		expect(nowSentenceText(u)).toBe(
			'The business plan, a companion to the 2020-21 guidance (10 January 2020), mentions it, but our sources give no status: “talent pipelines”.',
		);
		const n = whatAppliesNow('nothing', data);
		expect(n.state).toBe('unknown');
		expect(nowSentenceText(n)).toBe('What later guidance did with it was not found in the text we could read.');
		const l = whatAppliesNow('loop1', data);
		expect(l.chain.map((x) => x.by.id)).toEqual(['loop2']);
		expect(l.state).toBe('dropped');
		expect(() => whatAppliesNow('none', data)).toThrow('unknown commitment "none"');
	});
	it('names what replaced a commitment, and computes its status from its first target or says "no data"', () => {
		expect(replacedBy('b', DATA.commitments)).toEqual(['a']);
		expect(replacedBy('carried', DATA.commitments)).toEqual([]);
		expect(commitmentStatus(changed, (id) => (id === 't-1' ? 'missed' : undefined))).toBe('missed');
		expect(commitmentStatus(c, () => 'met')).toBe('no-data');
		expect(commitmentStatus(changed, () => undefined)).toBe('no-data');
	});
});

describe('priorities and pages', () => {
	it('a priority whose commitments were all dropped or replaced says so first', () => {
		const nows = priorityNow('virtual-wards', DATA);
		expect(nows.map((n) => n.commitment.id)).toEqual(['dropped', 'a']);
		expect(priorityNowLine(nows)).toBe(
			'All dropped or replaced. Replaced: commitment a (now a community offer); dropped: commitment dropped.',
		);
	});
	it('a priority with commitments still in force groups them', () => {
		const line = priorityNowLine(priorityNow('digitisation', DATA));
		expect(line).toBe('Carried: commitment carried; changed: commitment changed.');
		expect(priorityNowLine([])).toBe('No commitment of this priority is traced.');
		expect(priorityNowLine(priorityNow('workforce-skills', DATA))).toBe('No commitment of this priority is traced.');
	});
	it('groups commitments set and left, mentioned, not found', () => {
		const set = commitment('set', [{ edition: '2020-21', status: 'new', ...own('pg-2020-21') }]);
		const unstated = commitment('unstated', [{ edition: '2020-21', evidence: { grade: 'coverage', source: 'news' } }]);
		const nothing = commitment('nothing', [{ edition: '2020-21', ...notFound }]);
		const data = { editions: EDITIONS, commitments: [set, unstated, nothing] };
		expect(priorityNowLine(priorityNow('digitisation', data))).toBe(
			'Still as set: commitment set; mentioned with no status: commitment unstated; not found: commitment nothing.',
		);
		expect(nowSentenceText(whatAppliesNow('set', data))).toBe(
			'Set by the 2020-21 guidance (10 January 2020): “the words of the edition”.',
		);
	});
	it('a page whose commitments were all dropped or replaced opens by saying so', () => {
		expect(pageLead(pageNow('virtual-wards/b', DATA))).toBe(ALL_DROPPED_OR_REPLACED);
		expect(pageLead(pageNow('digitisation/a', DATA))).toBeUndefined();
		expect(pageLead([])).toBeUndefined();
	});
	it('a target page finds the commitments that cover it, originals first', () => {
		const measured = commitment('measured', [{ edition: '2022-23', status: 'new', ...own('pg-2022-23') }], {
			kind: 'replacement',
			edition: '2022-23',
			targets: ['t-a'],
		});
		expect(commitmentsOfTarget('t-a', [measured, ...DATA.commitments]).map((x) => x.id)).toEqual(['a', 'measured']);
		expect(commitmentsOfTarget('t-none', DATA.commitments)).toEqual([]);
	});
	it('the address of a copy, at its commit', () => {
		expect(copyUrl({ repository: 'o/r', path: 'docs/A plan _ 2025.md', commit: 'abc1234' })).toBe(
			'https://github.com/o/r/blob/abc1234/docs/A%20plan%20_%202025.md',
		);
	});
	it('a page gets the commitments that cover it', () => {
		expect(pageNow('virtual-wards/b', DATA).map((n) => n.commitment.id)).toEqual(['dropped', 'a']);
		expect(pageNow('digitisation/a', DATA).every(droppedOrReplaced)).toBe(false);
		expect(pageNow('virtual-wards/none', DATA)).toEqual([]);
	});
});

describe('words', () => {
	it('a status word for every status, and one where none is given', () => {
		expect(statusWord('replaced')).toBe('Replaced');
		expect(statusWord('not-found')).toBe('Not found');
		expect(statusWord(undefined)).toBe(NO_STATUS);
		expect(Object.keys(READING_LABELS)).toEqual([...READINGS]);
	});
	it('evidence labels for each grade', () => {
		const sources = new Map(
			[
				{
					id: 'pg-2021-22',
					title: 'The guidance',
					publisher: 'NHS England',
					url: 'https://www.england.nhs.uk/',
					kind: 'primary',
				},
				{
					id: 'stats',
					title: 'Statistics page',
					publisher: 'NHS England',
					url: 'https://www.england.nhs.uk/s/',
					kind: 'primary',
				},
			].map((s) => [s.id, SourceSchema.parse(s)]),
		);
		const q = (source: string, paraphrase = false) => [{ text: 'words', source: { id: source }, paraphrase }];
		const label = (grade: string, quotes = q('pg-2021-22'), companion?: string) =>
			evidenceLabel(
				{ evidence: { grade: grade as never, facts: [], ...(companion ? { companion } : {}) }, quotes },
				{ edition: E2, sources },
			);
		expect(label('own-text')).toBe('the edition’s own text');
		expect(label('own-text', q('stats'))).toBe('the edition’s words, as NHS England attributes them to it');
		expect(evidenceLabel({ evidence: { grade: 'own-text', facts: [] }, quotes: q('stats') }, { edition: E2 })).toBe(
			'the edition’s words, as another official page attributes them to it',
		);
		expect(evidenceLabel({ evidence: { grade: 'own-text', facts: [] }, quotes: q('stats') })).toBe(
			'the edition’s own text',
		);
		expect(label('own-text-in-copy')).toBe('its text, read in a copy');
		expect(label('coverage')).toBe('news coverage quoting it');
		expect(label('coverage', q('news', true))).toBe('news coverage paraphrasing it');
		expect(label('coverage', [])).toBe('news coverage reporting it');
		expect(label('companion', [], 'the UEC plan')).toBe(
			'a companion document of that year (the UEC plan), not the guidance',
		);
		expect(label('companion', [])).toBe('a companion document of that year (not named), not the guidance');
		expect(label('absent', [])).toBe('not in the whole text we read');
		expect(label('not-found', [])).toBe('not found in the text we could read');
		expect(EVIDENCE_CODES['own-text-in-copy']).toBe('P*');
	});
	it('plain text of a sentence puts quotes in quotation marks', () => {
		expect(sentenceText([{ text: 'Set: ' }, { quote: 'by 2025', source: 's' }, { text: '.' }])).toBe('Set: “by 2025”.');
	});
});

describe('grid and edition pages', () => {
	it('one row per original commitment, one cell per edition in date order', () => {
		const grid = traceGrid(DATA);
		expect(grid.editions.map((e) => e.id)).toEqual(['2020-21', '2021-22', '2022-23']);
		expect(grid.rows.map((r) => r.commitment.id)).toEqual(['carried', 'changed', 'dropped', 'a']);
		const dropCells = grid.rows[2]?.cells ?? [];
		expect(dropCells.map((cell) => [cell.status, cell.code])).toEqual([
			['New', 'P'],
			['Dropped', 'Absent'],
			['Missing', ''],
		]);
		expect(dropCells[1]?.evidence).toBe('not in the whole text we read');
	});
	it("an edition's page lists every commitment with an entry for it", () => {
		expect(editionEntries('2021-22', DATA).map((e) => e.commitment.id)).toEqual([
			'carried',
			'changed',
			'dropped',
			'a',
			'b',
		]);
		expect(editionEntries('1999-00', DATA)).toEqual([]);
	});
});

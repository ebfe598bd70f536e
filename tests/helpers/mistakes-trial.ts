/**
 * A fresh trial of the content check (issue 19): 50 editors' mistakes that no
 * table of tests/unit/mistakes-*.test.ts and no mutant of
 * tests/unit/mutations.test.ts had made, and 8 harmless edits that must pass,
 * each applied to the real project's files in memory. `before` records what
 * the check did with each before this trial's fixes (caught, caught with a
 * message that misled, or missed and published); `expect` is the problem it
 * reports now. tests/unit/mistakes-trial.test.ts asserts every row.
 *
 * Pure data and edits, with no test framework: a script can score the table
 * against any version of the check.
 */
import type { ProjectFiles, SourceFile } from '../../src/lib/content-check/project.ts';
import { decodeSource } from '../../src/lib/content-check/encoding.ts';

export type TrialKind = 'markdown' | 'front matter' | 'data' | 'pasted' | 'encoding' | 'rename';

export interface Expected {
	/** The file the problem names. */
	file: string;
	/** Text on the reported line of the edited file (its first occurrence gives the line); omitted for a problem of the whole file. */
	at?: string;
	/** The line, when `at` cannot give it. */
	line?: number;
	/** The field printed after "→" ('' for the whole file). */
	field: string;
	/** Phrases of the message. */
	words: string[];
	/** How many problems the mistake gives (1 unless said: a rename breaks every link to the page, each a place to fix). */
	count?: number;
	/** A phrase every one of them has, when there are several. */
	every?: string;
}

export interface TrialCase {
	name: string;
	kind: TrialKind;
	edit: (files: ProjectFiles) => void;
	/** What the check did before this trial's fixes; 'harmless' for an edit that must pass. */
	before: 'caught' | 'misleading' | 'missed' | 'harmless';
	/** The problem the check reports now (the first, and the only one unless `count` says); undefined for a harmless edit. */
	expect?: Expected;
	/** Why the check still lets this mistake through, for one it cannot catch. */
	stillMissed?: string;
}

export const FUNDING = 'content/virtual-wards/funding.mdx';
export const EPR = 'content/digitisation/electronic-patient-records.mdx';
export const DMA = 'content/digitisation/levelling-up-digital-maturity.mdx';
export const LATER = 'content/virtual-wards/later-objectives.mdx';
export const CORE = 'content/digitisation/core-level-of-digitisation.mdx';
const TARGETS = 'data/targets.json';
const SOURCES = 'data/sources.json';
const GLOSSARY = 'data/glossary.json';
const EDITIONS = 'data/editions.json';
const PRIORITIES = 'data/priorities.json';
const COMMITMENTS = 'data/commitments.json';
const OCCUPANCY = 'data/datasets/vw-occupancy.json';
const CAPACITY = 'data/datasets/vw-capacity.json';

function all(files: ProjectFiles): SourceFile[] {
	return [
		...files.content,
		...Object.values(files.data).filter((f): f is SourceFile => f !== undefined),
		...files.datasets,
	];
}

/** The file at `path`; throws if there is none. */
export function fileOf(files: ProjectFiles, path: string): SourceFile {
	const file = all(files).find((f) => f.path === path);
	if (!file) throw new Error(`no file ${path} in the project`);
	return file;
}

/** Replaces the first `from` (every one, for a global RegExp) in the file at `path`; throws if nothing changed. */
function edit(files: ProjectFiles, path: string, from: string | RegExp, to: string): void {
	const file = fileOf(files, path);
	const next = file.text.replace(from, to);
	if (next === file.text) throw new Error(`${String(from)} not found in ${path}`);
	file.text = next;
}

const replace =
	(path: string, from: string | RegExp, to: string) =>
	(files: ProjectFiles): void =>
		edit(files, path, from, to);

/** The file at `path` as `bytes` would be read from disk (src/integrations/content-check.ts reads it so). */
function saveAs(files: ProjectFiles, path: string, bytes: (text: string) => Uint8Array): void {
	const file = fileOf(files, path);
	const decoded = decodeSource(bytes(file.text));
	file.text = decoded.text;
	if (decoded.encoding) file.encoding = decoded.encoding;
	if (decoded.stray) file.stray = decoded.stray;
}

const WINDOWS_1252: Record<string, number> = {
	'€': 0x80,
	'‘': 0x91,
	'’': 0x92,
	'“': 0x93,
	'”': 0x94,
	'–': 0x96,
	'—': 0x97,
};

/** Text as Windows-1252 bytes (Latin-1, and the typographic characters Word uses). */
function windows1252(text: string): Uint8Array {
	return Uint8Array.from([...text], (c) => {
		const code = c.codePointAt(0) ?? 0;
		if (code < 0x100) return code;
		const byte = WINDOWS_1252[c];
		if (byte === undefined) throw new Error(`${c} has no Windows-1252 byte`);
		return byte;
	});
}

/** Moves a page of content/ (a rename or a move to another folder). */
const renamePage =
	(from: string, to: string) =>
	(files: ProjectFiles): void => {
		fileOf(files, from).path = to;
	};

export const TRIAL: TrialCase[] = [
	// Markdown and MDX bodies.
	{
		name: 'italics never closed',
		kind: 'markdown',
		edit: replace(FUNDING, 'Most of the figures on this page', 'Most of the *figures on this page'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'Most of the ',
			field: 'italics',
			words: [
				'"*" would print as a star: italics need * bef',
				'italics need * before and after the words, in one parag',
			],
		},
	},
	{
		name: 'strikethrough never closed',
		kind: 'markdown',
		edit: replace(FUNDING, 'would be no ring-fenced money\nfrom', 'would be ~~no ring-fenced money\nfrom'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'supporting i',
			field: 'strikethrough',
			words: [
				'"~~" would print as two tildes: strikethrough',
				'strikethrough needs ~~ before and after the words, in o',
			],
		},
	},
	{
		name: 'a space between a link’s ] and (',
		kind: 'markdown',
		edit: replace(FUNDING, '[integrated care systems](/glossary/#ics)', '[integrated care systems] (/glossary/#ics)'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '[integrated ',
			field: 'link',
			words: ['"] (" would print as text, not a link: write ', 'write [words](address) with no space between ] and ('],
		},
	},
	{
		name: 'a reference-style link with no definition',
		kind: 'markdown',
		edit: replace(FUNDING, '[NHSX](/glossary/#nhsx)', '[NHSX][nhsx]'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'It came thro',
			field: 'link',
			words: [
				'"[NHSX][nhsx]" would print as text: the page defines no address for [nhsx]',
				'write the link as [words](address)',
			],
		},
	},
	{
		name: 'a heading with no space after ##',
		kind: 'markdown',
		edit: replace(FUNDING, '## The year before the guidance', '##The year before the guidance'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '##The year b',
			field: 'heading',
			words: ['"##The year before the guidance" would print ', 'put a space after the ##'],
		},
	},
	{
		name: 'a level-1 heading in the body',
		kind: 'markdown',
		edit: replace(EPR, '## Where trusts started', '# Where trusts started'),
		before: 'missed',
		expect: {
			file: 'content/digitisation/electronic-patient-records.mdx',
			at: '# Where trus',
			field: 'heading',
			words: [
				'a level-1 heading (#): the page title is the ',
				'the page title is the only one a page has; write ## for',
			],
		},
	},
	{
		name: 'two headings with the same words',
		kind: 'markdown',
		edit: replace(EPR, '## Where trusts started', '## The targets'),
		before: 'missed',
		expect: {
			file: 'content/digitisation/electronic-patient-records.mdx',
			line: 47,
			field: 'heading',
			words: [
				'"The targets" is also the heading on line 34:',
				'give each section a heading of its own, or merge the tw',
			],
		},
	},
	{
		name: 'an empty heading',
		kind: 'markdown',
		edit: replace(EPR, '## Where trusts started\n', '##\n\nWhere trusts started:\n'),
		before: 'missed',
		expect: {
			file: 'content/digitisation/electronic-patient-records.mdx',
			line: 47,
			field: 'heading',
			words: [
				'has no words: write the heading after the #s ',
				'write the heading after the #s (## Like this), or delet',
			],
		},
	},
	{
		name: 'list items with no space after the dash',
		kind: 'markdown',
		edit: replace(FUNDING, /^- (\w+: \d+%)$/gm, '-$1'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '-pay: 82%',
			field: 'list',
			words: [
				'would print as one paragraph, not a list: put',
				'put a space after the "-" that starts each item (- like',
			],
		},
	},
	{
		name: 'a code fence never closed',
		kind: 'markdown',
		edit: replace(FUNDING, '## From 2024/25', '```\n\n## From 2024/25'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '```',
			field: 'code',
			words: [
				'this ``` is never closed: everything after it',
				'everything after it would print as code; close it with ',
			],
		},
	},
	{
		name: 'inline code never closed',
		kind: 'markdown',
		edit: replace(FUNDING, 'came from the\n[Service', 'came from the `\n[Service'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'As reported ',
			field: 'code',
			words: [
				'"`" would print as a backtick: code needs ` b',
				'code needs ` before and after it, on one line (`like th',
			],
		},
	},
	{
		name: 'a custom heading id in braces',
		kind: 'markdown',
		edit: replace(FUNDING, '## 2022/23: up to £200 million', '## 2022/23: up to £200 million {#money}'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '## 2022/23: ',
			field: '{#id}',
			words: [
				"{#money}: a heading's id comes from its words: this one's is #202223-up-to-200-million",
				'delete {#money}',
			],
		},
	},
	{
		name: 'a link with no words',
		kind: 'markdown',
		edit: replace(
			FUNDING,
			'[commitment for 2022/23 and 2023/24](/targets/vw-funding-2022-24/)',
			'commitment for 2022/23 and 2023/24 [](/targets/vw-funding-2022-24/)',
		),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'commitment f',
			field: 'link',
			words: [
				'(/targets/vw-funding-2022-24/) has no words, ',
				'write them between the brackets, [like this](/targets/v',
			],
		},
	},
	{
		name: 'a component name in lower case',
		kind: 'markdown',
		edit: (f) => {
			edit(f, DMA, '<InsetText>', '<insetText>');
			edit(f, DMA, '</InsetText>', '</insetText>');
		},
		before: 'misleading',
		expect: {
			file: 'content/digitisation/levelling-up-digital-maturity.mdx',
			at: '<insetText>',
			field: '<insetText>',
			words: ['unknown component <insetText>: did you mean <', 'Quote, InsetText, WarningCallout, Figure, TargetChart'],
		},
	},
	{
		name: 'a misspelt component',
		kind: 'markdown',
		edit: (f) => {
			edit(f, DMA, '<InsetText>', '<InsetTxt>');
			edit(f, DMA, '</InsetText>', '</InsetTxt>');
		},
		before: 'caught',
		expect: {
			file: 'content/digitisation/levelling-up-digital-maturity.mdx',
			at: '<InsetTxt>',
			field: '<InsetTxt>',
			words: ['unknown component <InsetTxt>: did you mean <I', 'Quote, InsetText, WarningCallout, Figure, TargetChart'],
		},
	},
	{
		name: 'a warning callout with an empty heading',
		kind: 'markdown',
		edit: replace(DMA, 'heading="Do not mix scores from different reports"', 'heading=""'),
		// Before: "is required", for a heading that is there but empty.
		before: 'misleading',
		expect: {
			file: 'content/digitisation/levelling-up-digital-maturity.mdx',
			at: '<WarningCall',
			field: '<WarningCallout heading>',
			words: [
				'is empty: a heading needs at least 3 characters',
				'say what the warning is, for example <WarningCallout heading=',
			],
		},
	},
	{
		name: 'a Figure period written as a month name',
		kind: 'markdown',
		edit: replace(
			EPR,
			'<Figure id="epr-coverage" period="2022-06" />',
			'<Figure id="epr-coverage" period="June 2022" />',
		),
		before: 'caught',
		expect: {
			file: 'content/digitisation/electronic-patient-records.mdx',
			at: 'At the same ',
			field: '<Figure period>',
			words: [
				'"June 2022" is not a month: write it as YYYY-',
				'write it as YYYY-MM, for example 2023-12 (or as the yea',
			],
		},
	},
	{
		name: 'a glossary anchor in capitals',
		kind: 'markdown',
		edit: replace(FUNDING, '(/glossary/#ics)', '(/glossary/#ICS)'),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '[integrated ',
			field: 'link',
			words: ['(/glossary/#ICS) /glossary/ has no heading wi', 'did you mean "ics"?'],
		},
	},
	{
		name: 'a target address misspelt',
		kind: 'markdown',
		edit: replace(FUNDING, '(/targets/vw-funding-2022-24/)', '(/targets/vw-funding-2022-2024/)'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '[commitment ',
			field: 'link',
			words: ['(/targets/vw-funding-2022-2024/) no page of t', 'did you mean /targets/vw-funding-2022-24/?'],
		},
	},
	{
		name: 'a table row with a cell too few',
		kind: 'markdown',
		edit: replace(
			FUNDING,
			'| 2023/24 | £250 million | match-funded by systems |',
			'| 2023/24 | £250 million match-funded by systems |',
		),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '| 2023/24 | ',
			field: 'table row',
			words: [
				'has 2 cells but the header has 3: the last co',
				'the last column would print empty (was a | deleted?); g',
			],
		},
	},
	// Front matter, the lifecycle fields among them.
	{
		name: 'publishFrom written in words',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4\n', 'order: 4\npublishFrom: next Monday\n'),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'publishFrom:',
			field: 'publishFrom',
			words: ['"next Monday" is not a real date: write it as', 'write it as YYYY-MM-DD, for example 2022-06-30'],
		},
	},
	{
		name: 'changes written as one entry, not a list',
		kind: 'front matter',
		edit: replace(LATER, 'changes:\n  - date: 2026-11-25\n    note:', 'changes:\n  date: 2026-11-25\n  note:'),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/later-objectives.mdx',
			at: 'date: 2026-1',
			field: 'changes',
			words: ['must be a list, not an object: write each ite', 'one sentence saying what changed }'],
		},
	},
	{
		name: 'a change note under a misspelt key',
		kind: 'front matter',
		edit: replace(LATER, '    note: "Added a chart', '    notes: "Added a chart'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/later-objectives.mdx',
			at: 'notes: "Adde',
			field: 'changes[0].notes',
			words: ['unknown field "notes": did you mean "note"? A', 'did you mean "note"? Allowed fields are date, note'],
		},
	},
	{
		name: 'a change note dated next year',
		kind: 'front matter',
		edit: replace(LATER, '  - date: 2026-11-25', '  - date: 2027-01-15'),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/later-objectives.mdx',
			at: '- date: 2027',
			field: 'changes[0].date',
			words: [
				"2027-01-15 is after the build's publishing da",
				'date a change note the day the change is published, nev',
			],
		},
	},
	{
		name: 'withdrawn: true',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4\n', 'order: 4\nwithdrawn: true\n'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'withdrawn: t',
			field: 'withdrawn',
			words: ['must be an object { … }, not true: write { da', '<priority>/<file name> }'],
		},
	},
	{
		name: 'a replacement written as an address',
		kind: 'front matter',
		edit: replace(
			FUNDING,
			'order: 4\n',
			'order: 4\nwithdrawn:\n  date: 2026-11-20\n  reason: The 2023/24 guidance replaced these asks.\n  replacedBy: /virtual-wards/national-ambition/\n',
		),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'replacedBy: ',
			field: 'withdrawn.replacedBy',
			words: [
				'"/virtual-wards/national-ambition/" is not a ',
				'write <priority>/<file name> without .mdx, for example ',
			],
		},
	},
	{
		name: 'draft: "false" in quotes',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4\n', 'order: 4\ndraft: "false"\n'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'draft: "fals',
			field: 'draft',
			words: ['must be true or false, not the text "false": ', 'write false without quotes'],
		},
	},
	{
		name: 'an audience in capitals',
		kind: 'front matter',
		edit: replace(FUNDING, 'audience: [ics, acute, community]', 'audience: [ICS, acute, community]'),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'audience: [I',
			field: 'audience[0]',
			words: [
				'"ICS" is not an audience: did you mean "ics"?',
				'did you mean "ics"? Use acute, community, mental-health',
			],
		},
	},
	{
		name: 'order in quotes',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4', 'order: "4"'),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'order: "4"',
			field: 'order',
			words: ['must be a number, not the text "4": write 4 w', 'write 4 without quotes'],
		},
	},
	{
		name: 'a source listed with no space after the dash',
		kind: 'front matter',
		edit: replace(FUNDING, '  - projin-digital-maturity', '  -projin-digital-maturity'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '-projin-digi',
			field: '',
			words: ['front matter is not valid YAML: a list item n', 'write "- projin-digital-maturity"'],
		},
	},
	{
		name: 'a page related to itself',
		kind: 'front matter',
		edit: replace(
			FUNDING,
			'related: [virtual-wards/maximising-the-roll-out,',
			'related: [virtual-wards/funding, virtual-wards/maximising-the-roll-out,',
		),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'related: [vi',
			field: 'related[0]',
			words: ['"virtual-wards/funding" is this page itself: ', 'list other pages a reader may want next'],
		},
	},
	{
		name: 'the closing --- of the front matter deleted',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4\n---\n', 'order: 4\n'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '---',
			field: '',
			words: [
				'the front matter that starts here is never cl',
				"add a line --- after its last field (before the page's ",
			],
		},
	},
	// JSON data.
	{
		name: 'a deadline in month 13',
		kind: 'data',
		edit: replace(TARGETS, '"deadline": "2023-12"', '"deadline": "2023-13"'),
		before: 'caught',
		expect: {
			file: 'data/targets.json',
			at: '"deadline": ',
			field: '[0].deadline',
			words: ['"2023-13" is not a month: write it as YYYY-MM', 'write it as YYYY-MM, for example 2023-12'],
		},
	},
	{
		name: 'a target in a misspelt priority',
		kind: 'data',
		edit: replace(TARGETS, '"priority": "virtual-wards"', '"priority": "virtual-ward"'),
		before: 'caught',
		expect: {
			file: 'data/targets.json',
			at: '"priority": ',
			field: '[0].priority',
			words: [
				'"virtual-ward" is not a priority: did you mea',
				'did you mean "virtual-wards"? Use one of virtual-wards,',
			],
		},
	},
	{
		name: 'a source date not padded with zeros',
		kind: 'data',
		edit: replace(SOURCES, '"date": "2025-02-04"', '"date": "2025-2-4"'),
		before: 'caught',
		expect: {
			file: 'data/sources.json',
			at: '"date": "202',
			field: '[0].date',
			words: ['"2025-2-4" must be a date YYYY-MM-DD or a mon'],
		},
	},
	{
		name: 'a source pasted twice',
		kind: 'data',
		edit: (f) => {
			const file = fileOf(f, SOURCES);
			const first = /\[\n(\t\{[\s\S]*?\n\t\}),/.exec(file.text)?.[1];
			if (!first) throw new Error('no first source');
			edit(f, SOURCES, /\n\]\s*$/, `,\n${first}\n]\n`);
		},
		before: 'caught',
		expect: {
			file: 'data/sources.json',
			line: 605,
			field: '[67].id',
			words: ['"bbh-2025-02-epr-91" is used twice (first at ', 'every id must be unique'],
		},
	},
	{
		name: 'glossary synonyms as one string',
		kind: 'data',
		edit: replace(GLOSSARY, '"synonyms": ["cybersecurity"]', '"synonyms": "cybersecurity"'),
		before: 'caught',
		expect: {
			file: 'data/glossary.json',
			at: '"synonyms": ',
			field: '[0].synonyms',
			words: ['must be a list, not the text "cybersecurity"'],
		},
	},
	{
		name: 'an abbreviation given to two glossary entries',
		kind: 'data',
		edit: replace(GLOSSARY, '"abbreviation": "NHSE"', '"abbreviation": "SDF"'),
		before: 'caught',
		expect: {
			file: 'data/glossary.json',
			at: '"id": "sdf",',
			field: '[6]',
			words: [
				'the name "sdf" is used by "nhse" and "sdf": a',
				'a name may belong to one entry only (put the other in "',
			],
		},
	},
	{
		name: 'an observation value in quotes',
		kind: 'data',
		edit: replace(OCCUPANCY, '"value": 64.1', '"value": "64.1"'),
		before: 'caught',
		expect: {
			file: 'data/datasets/vw-occupancy.json',
			at: '"value": "64',
			field: 'observations[0].value',
			words: ['must be a number, not the text "64.1": write ', 'write 64.1 without quotes'],
		},
	},
	{
		name: 'a dataset checked in the future',
		kind: 'data',
		edit: replace(CAPACITY, '"asOf": "2026-11-25"', '"asOf": "2027-11-25"'),
		before: 'missed',
		stillMissed:
			'the check has no clock: the latest "as of" date of the datasets is the review date itself, and PUBLISH_AS_OF is not always set',
	},
	{
		name: 'a headline target of another priority',
		kind: 'data',
		edit: replace(PRIORITIES, '"headlineTarget": "vw-40-50-per-100k"', '"headlineTarget": "epr-90-dec-2023"'),
		before: 'missed',
		expect: {
			file: 'data/priorities.json',
			at: '"headlineTar',
			field: '[0].headlineTarget',
			words: [
				'"epr-90-dec-2023" is a target of digitisation',
				"a priority's headline target is one of its own (vw-40-5",
			],
		},
	},
	{
		name: 'a commitment on a page that does not exist',
		kind: 'data',
		edit: replace(COMMITMENTS, '"virtual-wards/national-ambition",', '"virtual-wards/national-ambitions",'),
		before: 'caught',
		expect: {
			file: 'data/commitments.json',
			at: '"virtual-wards/nat',
			field: '[0].pages[0]',
			words: ['"virtual-wards/national-ambitions" is not a g', 'did you mean "virtual-wards/national-ambition"?'],
		},
	},
	{
		name: 'edition versions out of date order',
		kind: 'data',
		edit: replace(EDITIONS, '"date": "2022-02-22"', '"date": "2022-01-02"'),
		before: 'caught',
		expect: {
			file: 'data/editions.json',
			at: '"date": "2022-01-0',
			field: '[0].versions[2].date',
			words: [
				'"2022-01-02" is not after the version before ',
				'list versions in date order, each later than the one be',
			],
		},
	},
	// Characters pasted from elsewhere.
	{
		name: 'a zero-width space in a target id',
		kind: 'pasted',
		edit: replace(FUNDING, 'targets: [vw-funding-2022-24,', 'targets: [vw-funding\u200b-2022-24,'),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'targets: [vw',
			field: 'targets[0]',
			words: ['"vw-funding​-2022-24" is not a valid id: use ', 'delete it) after "vw-funding")'],
		},
	},
	{
		name: 'a Cyrillic а in a source id',
		kind: 'pasted',
		edit: replace(FUNDING, '  - projin-digital-maturity', '  - projin-digit\u0430l-maturity'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '- projin-dig',
			field: 'sources[1]',
			words: ['"projin-digitаl-maturity" must be a source id'],
		},
	},
	{
		name: 'en dashes in a date',
		kind: 'pasted',
		edit: replace(FUNDING, 'lastReviewed: 2026-11-25', 'lastReviewed: 2026\u201311\u201325'),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'lastReviewed',
			field: 'lastReviewed',
			words: ['"2026–11–25" is not a real date: write it as ', 'type a hyphen - instead) after "2026")'],
		},
	},
	{
		name: 'a tab pasted inside a JSON string',
		kind: 'pasted',
		edit: replace(SOURCES, '"publisher": "Building Better Healthcare"', '"publisher": "Building Better\tHealthcare"'),
		before: 'caught',
		expect: {
			file: 'data/sources.json',
			at: '"publisher":',
			field: '',
			words: ['is not valid JSON: text contains a tab or lin', 'write them as \\t or \\n'],
		},
	},
	{
		name: 'curly quotes around a JSON value',
		kind: 'pasted',
		edit: replace(TARGETS, '"deadline": "2023-12"', '"deadline": \u201c2023-12\u201d'),
		before: 'caught',
		expect: {
			file: 'data/targets.json',
			at: '"deadline": ',
			field: '',
			words: ['is not valid JSON: unexpected “: JSON needs s', 'JSON needs straight double quotes ", not curly quotes'],
		},
	},
	{
		name: 'a left-to-right mark after a Figure id',
		kind: 'pasted',
		edit: replace(
			EPR,
			'<Figure id="epr-coverage" period="2022-06" />',
			'<Figure id="epr-coverage\u200e" period="2022-06" />',
		),
		before: 'misleading',
		expect: {
			file: 'content/digitisation/electronic-patient-records.mdx',
			at: 'At the same ',
			field: '<Figure id>',
			words: ['"epr-coverage‎" is not a valid id: use lower-', 'delete it) after "epr-coverage")'],
		},
	},
	{
		name: 'mojibake pasted from a mis-decoded page',
		kind: 'pasted',
		edit: replace(FUNDING, 'A further £6.3 million', 'A further Â£6.3 million'),
		before: 'missed',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'A further Â£',
			field: '',
			words: ['"Â£" is a garbled "£" (text copied from a pro', 'write £, and look for others in what was pasted'],
		},
	},
	// Encodings.
	{
		name: 'a page saved as UTF-16',
		kind: 'encoding',
		edit: (f) => saveAs(f, FUNDING, (t) => Uint8Array.from(Buffer.from(`\ufeff${t}`, 'utf16le'))),
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: '---',
			field: '',
			words: [
				'is saved as UTF-16 ("Unicode" in Word and Not',
				'click "UTF-16 LE" in the status bar, then "Save with En',
			],
		},
	},
	{
		name: 'targets.json saved as Windows-1252',
		kind: 'encoding',
		edit: (f) => saveAs(f, TARGETS, windows1252),
		before: 'caught',
		expect: {
			file: 'data/targets.json',
			at: '[',
			field: '',
			words: [
				'is saved as Windows-1252, not UTF-8 (a £, an ',
				'click "Windows 1252" in the status bar, then "Save with',
			],
		},
	},
	{
		name: 'one £ typed in Windows-1252 in a UTF-8 page',
		kind: 'encoding',
		edit: (f) =>
			saveAs(f, FUNDING, (t) => {
				const [before = '', after = ''] = t.split('A further £6.3 million');
				return Uint8Array.from([...Buffer.from(`${before}A further `), 0xa3, ...Buffer.from(`6.3 million${after}`)]);
			}),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.mdx',
			at: 'A further £6',
			field: '',
			words: ['this £ was saved in another encoding (Windows', 'delete it and type it again'],
		},
	},
	// Renames and moves.
	{
		name: 'a page renamed, its links left',
		kind: 'rename',
		edit: renamePage(FUNDING, 'content/virtual-wards/virtual-ward-funding.mdx'),
		before: 'misleading',
		expect: {
			file: 'content/digitisation/interoperability-and-shared-care-records.mdx',
			at: '[virtual ward fund',
			field: 'link',
			words: ['(/virtual-wards/funding/) no page of the site', 'did you mean /virtual-wards/virtual-ward-funding/?'],
			count: 8,
			every: 'did you mean',
		},
	},
	{
		name: 'a page moved to another priority',
		kind: 'rename',
		edit: renamePage(FUNDING, 'content/investment-plans/funding.mdx'),
		before: 'misleading',
		expect: {
			file: 'content/digitisation/interoperability-and-shared-care-records.mdx',
			at: '[virtual ward fund',
			field: 'link',
			words: ['(/virtual-wards/funding/) no page of the site', 'did you mean /investment-plans/funding/?'],
			count: 8,
			every: 'did you mean',
		},
	},
	{
		name: 'a dataset renamed with its id, its uses left',
		kind: 'rename',
		edit: (f) => {
			fileOf(f, OCCUPANCY).path = 'data/datasets/vw-occupancy-rate.json';
			edit(f, 'data/datasets/vw-occupancy-rate.json', '"id": "vw-occupancy"', '"id": "vw-occupancy-rate"');
		},
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/later-objectives.mdx',
			at: 'In NHS Engla',
			field: '<Figure id>',
			words: ['"vw-occupancy" is not a dataset: did you mean', 'did you mean "vw-occupancy-rate"?'],
			count: 6,
			every: 'did you mean',
		},
	},
	{
		name: 'a page saved as .MDX',
		kind: 'rename',
		edit: renamePage(FUNDING, 'content/virtual-wards/funding.MDX'),
		before: 'misleading',
		expect: {
			file: 'content/virtual-wards/funding.MDX',
			field: '',
			words: ['the extension must be lower case: rename fund', 'rename funding.MDX to funding.mdx'],
		},
	},
	{
		name: 'a Word document left beside the pages',
		kind: 'rename',
		edit: (f) => {
			f.content.push({
				path: 'content/virtual-wards/funding-notes.docx',
				text: 'PK\u0003\u0004\u0014\u0000\u0006\u0000',
			});
		},
		before: 'caught',
		expect: {
			file: 'content/virtual-wards/funding-notes.docx',
			field: '',
			words: [
				'only guidance pages (.mdx) belong in content/',
				'move funding-notes.docx to public/ if it is an image or',
			],
		},
	},
	// Harmless edits: each must pass.
	{
		name: 'a page saved with Windows line endings',
		kind: 'encoding',
		edit: (f) => {
			const file = fileOf(f, FUNDING);
			file.text = file.text.replace(/\n/g, '\r\n');
		},
		before: 'harmless',
	},
	{
		name: 'a date in quotes',
		kind: 'front matter',
		edit: replace(FUNDING, 'lastReviewed: 2026-11-25', 'lastReviewed: "2026-11-25"'),
		before: 'harmless',
	},
	{
		name: 'a summary as a folded block',
		kind: 'front matter',
		edit: replace(
			EPR,
			/^summary: (.*)$/m,
			'summary: >-\n  The 90% target for trusts with an electronic patient record was met in November 2023.\n  The target for every trust moved from March 2025 to March 2026; 91% had one in February 2025.',
		),
		before: 'harmless',
	},
	{
		name: 'a new change note',
		kind: 'front matter',
		edit: replace(
			FUNDING,
			'order: 4\n',
			'order: 4\nchanges:\n  - date: 2026-11-20\n    note: Added the funding for 2024/25.\n',
		),
		before: 'harmless',
	},
	{
		name: 'a bare web address in a sentence',
		kind: 'markdown',
		edit: replace(
			FUNDING,
			'We did not read that\nsupporting information ourselves.',
			'We did not read that\nsupporting information ourselves (see https://www.hfma.org.uk/).',
		),
		before: 'harmless',
	},
	{
		name: 'a table with aligned columns',
		kind: 'markdown',
		edit: replace(FUNDING, '| --- | --- | --- |', '| :--- | :---: | ---: |'),
		before: 'harmless',
	},
	{
		name: 'an escaped asterisk',
		kind: 'markdown',
		edit: replace(FUNDING, 'licensing: 7%', 'licensing: 7% \\*'),
		before: 'harmless',
	},
	{
		name: 'a non-breaking space after a component name',
		kind: 'pasted',
		edit: replace(FUNDING, '<Quote source="projin-digital-maturity">', '<Quote\u00a0source="projin-digital-maturity">'),
		before: 'harmless',
	},
	{
		name: 'an en dash in a range of years',
		kind: 'markdown',
		edit: replace(FUNDING, 'national funding up to the end of 2023/24', 'national funding for 2022\u201324'),
		before: 'harmless',
	},
];

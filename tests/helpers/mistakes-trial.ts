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
}

export interface TrialCase {
	name: string;
	kind: TrialKind;
	edit: (files: ProjectFiles) => void;
	/** What the check did before this trial's fixes; 'harmless' for an edit that must pass. */
	before: 'caught' | 'misleading' | 'missed' | 'harmless';
	/** The problem the check reports now (the only one); undefined for a harmless edit. */
	expect?: Expected;
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
	},
	{
		name: 'strikethrough never closed',
		kind: 'markdown',
		edit: replace(FUNDING, 'would be no ring-fenced money\nfrom', 'would be ~~no ring-fenced money\nfrom'),
		before: 'missed',
	},
	{
		name: 'a space between a link’s ] and (',
		kind: 'markdown',
		edit: replace(FUNDING, '[integrated care systems](/glossary/#ics)', '[integrated care systems] (/glossary/#ics)'),
		before: 'missed',
	},
	{
		name: 'a reference-style link with no definition',
		kind: 'markdown',
		edit: replace(FUNDING, '[NHSX](/glossary/#nhsx)', '[NHSX][nhsx]'),
		before: 'missed',
	},
	{
		name: 'a heading with no space after ##',
		kind: 'markdown',
		edit: replace(FUNDING, '## The year before the guidance', '##The year before the guidance'),
		before: 'missed',
	},
	{
		name: 'a level-1 heading in the body',
		kind: 'markdown',
		edit: replace(EPR, '## Where trusts started', '# Where trusts started'),
		before: 'missed',
	},
	{
		name: 'two headings with the same words',
		kind: 'markdown',
		edit: replace(EPR, '## Where trusts started', '## The targets'),
		before: 'missed',
	},
	{
		name: 'an empty heading',
		kind: 'markdown',
		edit: replace(EPR, '## Where trusts started\n', '##\n\nWhere trusts started:\n'),
		before: 'missed',
	},
	{
		name: 'list items with no space after the dash',
		kind: 'markdown',
		edit: replace(FUNDING, /^- (\w+: \d+%)$/gm, '-$1'),
		before: 'missed',
	},
	{
		name: 'a code fence never closed',
		kind: 'markdown',
		edit: replace(FUNDING, '## From 2024/25', '```\n\n## From 2024/25'),
		before: 'missed',
	},
	{
		name: 'inline code never closed',
		kind: 'markdown',
		edit: replace(FUNDING, 'came from the\n[Service', 'came from the `\n[Service'),
		before: 'missed',
	},
	{
		name: 'a custom heading id in braces',
		kind: 'markdown',
		edit: replace(FUNDING, '## 2022/23: up to £200 million', '## 2022/23: up to £200 million {#money}'),
		before: 'misleading',
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
	},
	{
		name: 'a component name in lower case',
		kind: 'markdown',
		edit: (f) => {
			edit(f, DMA, '<InsetText>', '<insetText>');
			edit(f, DMA, '</InsetText>', '</insetText>');
		},
		before: 'misleading',
	},
	{
		name: 'a misspelt component',
		kind: 'markdown',
		edit: (f) => {
			edit(f, DMA, '<InsetText>', '<InsetTxt>');
			edit(f, DMA, '</InsetText>', '</InsetTxt>');
		},
		before: 'caught',
	},
	{
		name: 'a warning callout with an empty heading',
		kind: 'markdown',
		edit: replace(DMA, 'heading="Do not mix scores from different reports"', 'heading=""'),
		before: 'caught',
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
	},
	{
		name: 'a glossary anchor in capitals',
		kind: 'markdown',
		edit: replace(FUNDING, '(/glossary/#ics)', '(/glossary/#ICS)'),
		before: 'caught',
	},
	{
		name: 'a target address misspelt',
		kind: 'markdown',
		edit: replace(FUNDING, '(/targets/vw-funding-2022-24/)', '(/targets/vw-funding-2022-2024/)'),
		before: 'misleading',
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
	},
	// Front matter, the lifecycle fields among them.
	{
		name: 'publishFrom written in words',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4\n', 'order: 4\npublishFrom: next Monday\n'),
		before: 'caught',
	},
	{
		name: 'changes written as one entry, not a list',
		kind: 'front matter',
		edit: replace(LATER, 'changes:\n  - date: 2026-11-25\n    note:', 'changes:\n  date: 2026-11-25\n  note:'),
		before: 'caught',
	},
	{
		name: 'a change note under a misspelt key',
		kind: 'front matter',
		edit: replace(LATER, '    note: "Added a chart', '    notes: "Added a chart'),
		before: 'misleading',
	},
	{
		name: 'a change note dated next year',
		kind: 'front matter',
		edit: replace(LATER, '  - date: 2026-11-25', '  - date: 2027-01-15'),
		before: 'caught',
	},
	{
		name: 'withdrawn: true',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4\n', 'order: 4\nwithdrawn: true\n'),
		before: 'misleading',
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
	},
	{
		name: 'draft: "false" in quotes',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4\n', 'order: 4\ndraft: "false"\n'),
		before: 'misleading',
	},
	{
		name: 'an audience in capitals',
		kind: 'front matter',
		edit: replace(FUNDING, 'audience: [ics, acute, community]', 'audience: [ICS, acute, community]'),
		before: 'caught',
	},
	{
		name: 'order in quotes',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4', 'order: "4"'),
		before: 'caught',
	},
	{
		name: 'a source listed with no space after the dash',
		kind: 'front matter',
		edit: replace(FUNDING, '  - projin-digital-maturity', '  -projin-digital-maturity'),
		before: 'misleading',
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
	},
	{
		name: 'the closing --- of the front matter deleted',
		kind: 'front matter',
		edit: replace(FUNDING, 'order: 4\n---\n', 'order: 4\n'),
		before: 'misleading',
	},
	// JSON data.
	{
		name: 'a deadline in month 13',
		kind: 'data',
		edit: replace(TARGETS, '"deadline": "2023-12"', '"deadline": "2023-13"'),
		before: 'caught',
	},
	{
		name: 'a target in a misspelt priority',
		kind: 'data',
		edit: replace(TARGETS, '"priority": "virtual-wards"', '"priority": "virtual-ward"'),
		before: 'caught',
	},
	{
		name: 'a source date not padded with zeros',
		kind: 'data',
		edit: replace(SOURCES, '"date": "2025-02-04"', '"date": "2025-2-4"'),
		before: 'caught',
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
	},
	{
		name: 'glossary synonyms as one string',
		kind: 'data',
		edit: replace(GLOSSARY, '"synonyms": ["cybersecurity"]', '"synonyms": "cybersecurity"'),
		before: 'caught',
	},
	{
		name: 'an abbreviation given to two glossary entries',
		kind: 'data',
		edit: replace(GLOSSARY, '"abbreviation": "NHSE"', '"abbreviation": "SDF"'),
		before: 'caught',
	},
	{
		name: 'an observation value in quotes',
		kind: 'data',
		edit: replace(OCCUPANCY, '"value": 64.1', '"value": "64.1"'),
		before: 'caught',
	},
	{
		name: 'a dataset checked in the future',
		kind: 'data',
		edit: replace(CAPACITY, '"asOf": "2026-11-25"', '"asOf": "2027-11-25"'),
		before: 'missed',
	},
	{
		name: 'a headline target of another priority',
		kind: 'data',
		edit: replace(PRIORITIES, '"headlineTarget": "vw-40-50-per-100k"', '"headlineTarget": "epr-90-dec-2023"'),
		before: 'missed',
	},
	{
		name: 'a commitment on a page that does not exist',
		kind: 'data',
		edit: replace(COMMITMENTS, '"virtual-wards/national-ambition",', '"virtual-wards/national-ambitions",'),
		before: 'caught',
	},
	{
		name: 'edition versions out of date order',
		kind: 'data',
		edit: replace(EDITIONS, '"date": "2022-02-22"', '"date": "2022-01-02"'),
		before: 'caught',
	},
	// Characters pasted from elsewhere.
	{
		name: 'a zero-width space in a target id',
		kind: 'pasted',
		edit: replace(FUNDING, 'targets: [vw-funding-2022-24,', 'targets: [vw-funding\u200b-2022-24,'),
		before: 'caught',
	},
	{
		name: 'a Cyrillic а in a source id',
		kind: 'pasted',
		edit: replace(FUNDING, '  - projin-digital-maturity', '  - projin-digit\u0430l-maturity'),
		before: 'misleading',
	},
	{
		name: 'en dashes in a date',
		kind: 'pasted',
		edit: replace(FUNDING, 'lastReviewed: 2026-11-25', 'lastReviewed: 2026\u201311\u201325'),
		before: 'caught',
	},
	{
		name: 'a tab pasted inside a JSON string',
		kind: 'pasted',
		edit: replace(SOURCES, '"publisher": "Building Better Healthcare"', '"publisher": "Building Better\tHealthcare"'),
		before: 'caught',
	},
	{
		name: 'curly quotes around a JSON value',
		kind: 'pasted',
		edit: replace(TARGETS, '"deadline": "2023-12"', '"deadline": \u201c2023-12\u201d'),
		before: 'caught',
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
	},
	{
		name: 'mojibake pasted from a mis-decoded page',
		kind: 'pasted',
		edit: replace(FUNDING, 'A further £6.3 million', 'A further Â£6.3 million'),
		before: 'missed',
	},
	// Encodings.
	{
		name: 'a page saved as UTF-16',
		kind: 'encoding',
		edit: (f) => saveAs(f, FUNDING, (t) => Uint8Array.from(Buffer.from(`\ufeff${t}`, 'utf16le'))),
		before: 'caught',
	},
	{
		name: 'targets.json saved as Windows-1252',
		kind: 'encoding',
		edit: (f) => saveAs(f, TARGETS, windows1252),
		before: 'caught',
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
	},
	// Renames and moves.
	{
		name: 'a page renamed, its links left',
		kind: 'rename',
		edit: renamePage(FUNDING, 'content/virtual-wards/virtual-ward-funding.mdx'),
		before: 'misleading',
	},
	{
		name: 'a page moved to another priority',
		kind: 'rename',
		edit: renamePage(FUNDING, 'content/investment-plans/funding.mdx'),
		before: 'misleading',
	},
	{
		name: 'a dataset renamed with its id, its uses left',
		kind: 'rename',
		edit: (f) => {
			fileOf(f, OCCUPANCY).path = 'data/datasets/vw-occupancy-rate.json';
			edit(f, 'data/datasets/vw-occupancy-rate.json', '"id": "vw-occupancy"', '"id": "vw-occupancy-rate"');
		},
		before: 'misleading',
	},
	{
		name: 'a page saved as .MDX',
		kind: 'rename',
		edit: renamePage(FUNDING, 'content/virtual-wards/funding.MDX'),
		before: 'misleading',
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

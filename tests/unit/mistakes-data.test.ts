/**
 * Editor mistakes in front matter, JSON data and file names, made on the
 * real project (tests/helpers/mistakes.ts): each is reported by
 * `npm run check:content` as one line naming the file, the line (computed
 * from the edited text), the field and what to do, with nothing else.
 */
import { describe, expect, it } from 'vitest';
import type { ProjectFiles } from '../../src/lib/content-check/project.ts';
import { checkWith, fileAt, lineOf, putFile, replaceIn } from '../helpers/mistakes.ts';

const PAGE = 'content/virtual-wards/funding.mdx';
const TARGETS = 'data/targets.json';
const SOURCES = 'data/sources.json';
const PRIORITIES = 'data/priorities.json';
const SYSTEMS = 'data/systems.json';
const GLOSSARY = 'data/glossary.json';
const CAPACITY = 'data/datasets/vw-capacity.json';
const OCCUPANCY = 'data/datasets/vw-occupancy.json';

/** Renames a file of content/ or data/datasets/ in the in-memory project. */
function rename(files: ProjectFiles, from: string, to: string): void {
	fileAt(files, from).path = to;
}

/** Prepends a byte-order mark to a file. */
/** Adds a copy of a file under another name: a new file named wrongly, while the original (which other pages link to) stays. */
function copy(files: ProjectFiles, from: string, to: string): void {
	files.content.push({ path: to, text: fileAt(files, from).text });
}

function addBom(files: ProjectFiles, path: string): void {
	const file = fileAt(files, path);
	file.text = `\uFEFF${file.text}`;
}

interface Mistake {
	/** What the editor did. */
	name: string;
	edit: (files: ProjectFiles) => void;
	/** The file named in the report (after the edit). */
	file: string;
	/** Text of the edited file on the reported line; its first occurrence gives the line, and `column` the column. */
	at?: string;
	/** The column is that of `at` plus this offset (omit when the report gives no column). */
	column?: number;
	/** The line when `at` is not given (a file-level problem), or undefined for none. */
	line?: number;
	/** The field printed after "→", or '' for the whole file. */
	field: string;
	/** Words the advice must contain. */
	words: string[];
}

const mistakes: Mistake[] = [
	// Front matter.
	{
		name: 'a space in a source address',
		edit: (f) => replaceIn(f, SOURCES, 'exclusive-91-of-nhs-trusts', 'exclusive-91-of nhs-trusts'),
		file: SOURCES,
		at: '"https://buildingbetterhealthcare.com/exclusive-91-of nhs',
		column: 0,
		field: '[0].url',
		words: ['has a space in it', '%20'],
	},
	{
		name: 'the title of another page',
		// Reported on the later page in the site's order (priorities as data/priorities.json lists them).
		edit: (f) =>
			replaceIn(
				f,
				'content/digitisation/electronic-patient-records.mdx',
				'title: Electronic patient records',
				'title: Funding for virtual wards',
			),
		file: PAGE,
		at: 'Funding for virtual wards',
		column: 0,
		field: 'title',
		words: ['is also the title of content/digitisation/electronic-patient-records.mdx', 'a title of its own'],
	},
	{
		name: 'a non-breaking space after a colon',
		edit: (f) => replaceIn(f, PAGE, 'owner: ', 'owner:\u00a0'),
		file: PAGE,
		at: '\u00a0',
		column: 0,
		field: '',
		words: ['not read as written', 'a non-breaking space (U+00A0, often pasted from Word', 'after "owner:"'],
	},
	{
		name: 'a YAML syntax error (an unclosed list)',
		edit: (f) => replaceIn(f, PAGE, 'kind: requirement', 'kind: [requirement'),
		file: PAGE,
		at: '[requirement',
		column: 0,
		field: '',
		words: ['not valid YAML', 'not closed', 'end it with "]"'],
	},
	{
		name: 'an unquoted colon in a title',
		edit: (f) => replaceIn(f, PAGE, 'title: Funding for virtual wards', 'title: Funding: virtual wards'),
		file: PAGE,
		at: 'Funding: virtual',
		column: 0,
		field: '',
		words: ['contains ": "', 'double quotes'],
	},
	{
		name: 'a tab to indent a list item',
		edit: (f) => replaceIn(f, PAGE, '  - projin-digital-maturity', '\t- projin-digital-maturity'),
		file: PAGE,
		at: '\t- projin',
		column: 0,
		field: '',
		words: ['indented with a tab', 'spaces'],
	},
	{
		name: 'a duplicate key in front matter',
		edit: (f) => replaceIn(f, PAGE, 'order: 4\n', 'order: 4\ntitle: Funding again\n'),
		file: PAGE,
		at: 'title: Funding again',
		column: 0,
		field: 'title',
		words: ['the key "title" appears twice (lines 2 and', 'keep one'],
	},
	{
		name: 'an empty title',
		edit: (f) => replaceIn(f, PAGE, 'title: Funding for virtual wards', 'title: ""'),
		file: PAGE,
		at: 'title: ""',
		column: 7,
		field: 'title',
		words: ['is empty: a title needs at least 3 characters'],
	},
	{
		name: 'a 500-character title',
		edit: (f) => replaceIn(f, PAGE, 'title: Funding for virtual wards', `title: ${'Funding '.repeat(62)}more`),
		file: PAGE,
		at: 'title: Funding Funding',
		column: 7,
		field: 'title',
		words: ['is 500 characters long: a title has at most 120 characters'],
	},
	{
		name: 'a summary too short',
		edit: (f) => replaceIn(f, PAGE, /^summary: .*$/m, 'summary: The money.'),
		file: PAGE,
		at: 'summary:',
		column: 9,
		field: 'summary',
		words: ['is 10 characters long: a summary needs at least 20 characters'],
	},
	{
		name: 'a misspelt field',
		edit: (f) => replaceIn(f, PAGE, 'order: 4', 'oder: 4'),
		file: PAGE,
		at: 'oder: 4',
		column: 6,
		field: 'oder',
		words: ['unknown field "oder": did you mean "order"?', 'Allowed fields are title, summary'],
	},
	{
		name: 'an unknown audience',
		edit: (f) => replaceIn(f, PAGE, 'audience: [ics, acute, community]', 'audience: [ics, acute, comunity]'),
		file: PAGE,
		at: 'comunity',
		column: 0,
		field: 'audience[2]',
		words: ['"comunity" is not an audience: did you mean "community"?', 'Use acute, community, mental-health'],
	},
	{
		name: 'a misspelt source id',
		edit: (f) => replaceIn(f, PAGE, '  - projin-digital-maturity', '  - projin-digital-maturty'),
		file: PAGE,
		at: 'projin-digital-maturty',
		column: 0,
		field: 'sources[1]',
		words: ['"projin-digital-maturty" is not a source in data/sources.json: did you mean "projin-digital-maturity"?'],
	},
	{
		name: 'a misspelt target id',
		edit: (f) =>
			replaceIn(
				f,
				PAGE,
				'targets: [vw-funding-2022-24, vw-40-50-per-100k]',
				'targets: [vw-funding-2022-24, vw-40-50-per-10k]',
			),
		file: PAGE,
		at: 'vw-40-50-per-10k',
		column: 0,
		field: 'targets[1]',
		words: ['is not a target in data/targets.json: did you mean "vw-40-50-per-100k"?'],
	},
	{
		name: 'a date that does not exist',
		edit: (f) => replaceIn(f, PAGE, 'lastReviewed: 2026-11-25', 'lastReviewed: 2026-02-30'),
		file: PAGE,
		at: 'lastReviewed:',
		column: 14,
		field: 'lastReviewed',
		words: ['"2026-02-30" is not a real date', 'YYYY-MM-DD'],
	},
	{
		name: 'a date in the wrong format',
		edit: (f) => replaceIn(f, PAGE, 'nextReview: 2027-05-25', 'nextReview: 25/05/2027'),
		file: PAGE,
		at: 'nextReview:',
		column: 12,
		field: 'nextReview',
		words: ['"25/05/2027" is not a real date: write it as YYYY-MM-DD'],
	},
	{
		name: 'the next review before the last one',
		edit: (f) => replaceIn(f, PAGE, 'nextReview: 2027-05-25', 'nextReview: 2026-05-25'),
		file: PAGE,
		at: 'nextReview:',
		column: 12,
		field: 'nextReview',
		words: ['2026-05-25 is not after lastReviewed (2026-11-25)'],
	},
	{
		name: 'a byte-order mark on a page',
		edit: (f) => addBom(f, PAGE),
		file: PAGE,
		line: 1,
		column: 0,
		field: '',
		words: ['invisible byte-order mark', 'UTF-8 without BOM'],
	},
	// JSON data.
	{
		name: 'a trailing comma in targets.json',
		edit: (f) => replaceIn(f, TARGETS, /\}\s*\]\s*$/, '},\n]\n'),
		file: TARGETS,
		at: '},\n]',
		column: 1,
		field: '',
		words: ['not valid JSON', 'a comma after the last item of a list', 'remove this ","'],
	},
	{
		name: 'a missing comma in sources.json',
		edit: (f) =>
			replaceIn(
				f,
				SOURCES,
				'"title": "Exclusive: 91% of NHS trusts have an EPR",',
				'"title": "Exclusive: 91% of NHS trusts have an EPR"',
			),
		file: SOURCES,
		at: '"publisher": "Building Better',
		column: 0,
		field: '',
		words: ['not valid JSON', 'a comma is missing before this'],
	},
	{
		name: 'a comment in priorities.json',
		edit: (f) =>
			replaceIn(
				f,
				PRIORITIES,
				'"headlineTarget": "vw-40-50-per-100k"',
				'"headlineTarget": "vw-40-50-per-100k" // the main one',
			),
		file: PRIORITIES,
		at: '// the main one',
		column: 0,
		field: '',
		words: ['JSON does not allow comments'],
	},
	{
		name: 'a byte-order mark on targets.json',
		edit: (f) => addBom(f, TARGETS),
		file: TARGETS,
		line: 1,
		column: 0,
		field: '',
		words: ['invisible byte-order mark', 'save the file as UTF-8 without BOM'],
	},
	{
		name: 'a duplicate key in priorities.json',
		edit: (f) =>
			replaceIn(
				f,
				PRIORITIES,
				'"navTitle": "Virtual wards",',
				'"navTitle": "Virtual wards",\n\t\t"title": "Virtual wards again",',
			),
		file: PRIORITIES,
		at: '"title": "Virtual wards again"',
		column: 0,
		field: '[0].title',
		words: ['the key "title" appears twice (lines 4 and', 'keep one'],
	},
	{
		name: 'a deadline that is not a month',
		edit: (f) => replaceIn(f, TARGETS, '"deadline": "2023-12"', '"deadline": "December 2023"'),
		file: TARGETS,
		at: '"December 2023"',
		column: 0,
		field: '[0].deadline',
		words: ['"December 2023" is not a month: write it as YYYY-MM'],
	},
	{
		name: 'a target measured by an unknown dataset',
		edit: (f) => replaceIn(f, TARGETS, '"dataset": "vw-beds-per-100k"', '"dataset": "vw-beds-per-100"'),
		file: TARGETS,
		at: '"vw-beds-per-100"',
		column: 0,
		field: '[0].dataset',
		words: ['"vw-beds-per-100" is not a dataset in data/datasets/: did you mean "vw-beds-per-100k"?'],
	},
	{
		name: 'a web address without https://',
		edit: (f) =>
			replaceIn(f, SOURCES, '"url": "https://buildingbetterhealthcare.com/', '"url": "buildingbetterhealthcare.com/'),
		file: SOURCES,
		at: '"buildingbetterhealthcare.com/',
		column: 0,
		field: '[0].url',
		words: ['must be a full web address starting with https://'],
	},
	{
		name: 'a misspelt headline target',
		edit: (f) =>
			replaceIn(f, PRIORITIES, '"headlineTarget": "vw-40-50-per-100k"', '"headlineTarget": "vw-40-50-per-100"'),
		file: PRIORITIES,
		at: '"vw-40-50-per-100"',
		column: 0,
		field: '[0].headlineTarget',
		words: ['did you mean "vw-40-50-per-100k"?'],
	},
	{
		name: 'an ICB region code of another region',
		edit: (f) => replaceIn(f, SYSTEMS, '"regionCode": "Y58"', '"regionCode": "Y56"'),
		file: SYSTEMS,
		at: '"Y56"',
		column: 0,
		field: '[0].regionCode',
		words: ['"Y56" is the code of London, but the region is South West: its code is Y58'],
	},
	{
		name: 'an NHS region misspelt',
		edit: (f) => replaceIn(f, SYSTEMS, '"region": "South West"', '"region": "South-West"'),
		file: SYSTEMS,
		at: '"South-West"',
		column: 0,
		field: '[0].region',
		words: ['"South-West" is not an NHS region: did you mean "South West"?'],
	},
	{
		name: 'a glossary entry related to a missing entry',
		edit: (f) => replaceIn(f, GLOSSARY, '"related": ["wgll"]', '"related": ["wgl"]'),
		file: GLOSSARY,
		at: '"wgl"',
		column: 0,
		field: '[0].related[0]',
		words: ['"wgl" is not another entry of data/glossary.json: did you mean "wgll"?'],
	},
	// Dataset values.
	{
		name: 'a negative capacity',
		edit: (f) => replaceIn(f, CAPACITY, /"value": \d+/, '"value": -5'),
		file: CAPACITY,
		at: '-5',
		column: 0,
		field: 'observations[0].value',
		words: ['-5 is negative: counts and percentages cannot be below 0'],
	},
	{
		name: 'an occupancy of 140%',
		edit: (f) => replaceIn(f, OCCUPANCY, '"value": 64.1', '"value": 140'),
		file: OCCUPANCY,
		at: '140',
		column: 0,
		field: 'observations[0].value',
		words: ['140 is more than 100: a percentage is at most 100', '"maximum"'],
	},
	{
		name: 'a well-formed but unknown ICB code',
		edit: (f) => replaceIn(f, CAPACITY, '"area": "QYG"', '"area": "QZZ"'),
		file: CAPACITY,
		at: '"QZZ"',
		column: 0,
		field: 'observations',
		words: ['"QZZ" is not an ICB in data/systems.json', "ICB's ODS code"],
	},
	{
		name: 'an unknown NHS region code',
		edit: (f) => replaceIn(f, CAPACITY, '"area": "QYG"', '"area": "E40000099"'),
		file: CAPACITY,
		at: '"E40000099"',
		column: 0,
		field: 'observations',
		words: ['"E40000099" is not an NHS region code', 'E40000003 (London)'],
	},
	{
		name: 'observations out of date order',
		edit: (f) =>
			replaceIn(f, OCCUPANCY, '"period": "2023-08",\n\t\t\t"area": "QYG"', '"period": "2023-06",\n\t\t\t"area": "QYG"'),
		file: OCCUPANCY,
		at: '"2023-06",\n\t\t\t"area": "QYG"',
		column: 0,
		field: 'observations',
		words: ['"2023-06" comes after "2023-07"', 'for QYG', 'date order, earliest first'],
	},
	{
		name: 'a duplicate observation',
		edit: (f) =>
			replaceIn(
				f,
				OCCUPANCY,
				'"observations": [',
				'"observations": [\n\t\t{ "period": "2023-07", "area": "E92000001", "value": 64.1 },',
			),
		file: OCCUPANCY,
		at: '{\n\t\t\t"period": "2023-07",\n\t\t\t"area": "E92000001"',
		column: 0,
		field: 'observations[1]',
		words: ['a second figure for E92000001 in 2023-07', 'one figure per period'],
	},
	{
		name: 'a dataset id not matching its file name',
		edit: (f) => replaceIn(f, OCCUPANCY, '"id": "vw-occupancy"', '"id": "vw-occupancy-rate"'),
		file: OCCUPANCY,
		at: '"vw-occupancy-rate"',
		column: 0,
		field: 'id',
		words: [
			'"vw-occupancy-rate" must match the file name: write "vw-occupancy", or rename the file to vw-occupancy-rate.json',
		],
	},
	// File names.
	{
		name: 'an upper-case dataset file name',
		edit: (f) => rename(f, CAPACITY, 'data/datasets/VW-Capacity.json'),
		file: 'data/datasets/VW-Capacity.json',
		field: '',
		words: ['rename VW-Capacity.json to vw-capacity.json'],
	},
	{
		name: 'a page name whose suggested rename is taken',
		edit: (f) => {
			copy(f, PAGE, 'content/virtual-wards/Funding.mdx');
			replaceIn(f, 'content/virtual-wards/Funding.mdx', 'title: Funding for virtual wards', 'title: Funding again');
		},
		file: 'content/virtual-wards/Funding.mdx',
		field: '',
		words: [
			'rename Funding.mdx to funding.mdx',
			'but content/virtual-wards/funding.mdx already exists: choose another name',
		],
	},
	{
		name: 'a page name with spaces',
		// A new page made from a copy, given its own title (a copy's title is a mistake of its own).
		edit: (f) => {
			copy(f, PAGE, 'content/virtual-wards/Funding Plan.mdx');
			replaceIn(
				f,
				'content/virtual-wards/Funding Plan.mdx',
				'title: Funding for virtual wards',
				'title: A funding plan',
			);
		},
		file: 'content/virtual-wards/Funding Plan.mdx',
		field: '',
		words: ['rename Funding Plan.mdx to funding-plan.mdx'],
	},
	{
		name: 'a page in an unknown priority folder',
		edit: (f) => copy(f, PAGE, 'content/virtual-ward/funding.mdx'),
		file: 'content/virtual-ward/funding.mdx',
		field: '',
		words: [
			'is not in a priority folder: did you mean content/virtual-wards/?',
			'virtual-wards, digitisation, investment-plans, workforce-skills',
		],
	},
	{
		name: 'a page saved as .md',
		edit: (f) => copy(f, PAGE, 'content/virtual-wards/funding.md'),
		file: 'content/virtual-wards/funding.md',
		field: '',
		words: ['guidance pages must be .mdx files: rename funding.md to funding.mdx'],
	},
];

/** Where the report must point: `file:line` or `file:line:column`, from the edited text. */
function expectedLocation(m: Mistake, files: ProjectFiles): string {
	if (m.at === undefined)
		return m.line === undefined
			? m.file
			: `${m.file}:${String(m.line)}${m.column === undefined ? '' : `:${String(1 + m.column)}`}`;
	const text = fileAt(files, m.file).text.replace(/^\uFEFF/, '');
	const line = lineOf(text, m.at);
	const start = text.indexOf(m.at);
	const column = start - text.lastIndexOf('\n', start - 1) + (m.column ?? 0);
	return `${m.file}:${String(line)}${m.column === undefined ? '' : `:${String(column)}`}`;
}

describe('mistakes in front matter, JSON data and file names', () => {
	it('has at least 30 distinct mistakes', () => {
		expect(new Set(mistakes.map((m) => m.name)).size).toBe(mistakes.length);
		expect(mistakes.length).toBeGreaterThanOrEqual(30);
	});

	it.each(mistakes)('$name: one line naming the file, line, field and what to do', (m) => {
		let edited: ProjectFiles | undefined;
		const run = checkWith((files) => {
			m.edit(files);
			edited = files;
		});
		if (!edited) throw new Error('the edit was not applied');
		expect(run.exitCode).toBe(1);
		const lines = run.output.split('\n');
		expect(lines, run.output).toHaveLength(2);
		expect(lines[0]).toBe('1 problem in content or data:');
		const where = expectedLocation(m, edited);
		const field = m.field === '' ? '' : m.field === 'observations' ? ' → observations[' : ` → ${m.field}:`;
		expect(lines[1], run.output).toMatch(
			new RegExp(
				`^  ${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${m.field === '' ? ': ' : field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
			),
		);
		for (const word of m.words) expect(lines[1]).toContain(word);
	});

	it('lists five mistakes in five files at once, one line each, and nothing else', () => {
		const run = checkWith((f) => {
			replaceIn(f, PAGE, 'title: Funding for virtual wards', 'title: ""');
			replaceIn(f, TARGETS, '"deadline": "2023-12"', '"deadline": "December 2023"');
			replaceIn(f, SOURCES, '"url": "https://buildingbetterhealthcare.com/', '"url": "buildingbetterhealthcare.com/');
			replaceIn(f, OCCUPANCY, '"value": 64.1', '"value": 140');
			replaceIn(f, GLOSSARY, '"related": ["wgll"]', '"related": ["wgl"]');
		});
		expect(run.exitCode).toBe(1);
		const lines = run.output.split('\n');
		expect(lines[0]).toBe('5 problems in content or data:');
		expect(lines.slice(1).map((l) => l.replace(/:\d+:\d+ → .*$/, ''))).toEqual([
			`  ${PAGE}`,
			`  ${OCCUPANCY}`,
			`  ${GLOSSARY}`,
			`  ${SOURCES}`,
			`  ${TARGETS}`,
		]);
	});
});

describe('putFile', () => {
	it('adds a page in a sub-folder, reported once with where to move it', () => {
		const run = checkWith((f) => putFile(f, 'content/digitisation/old/page.mdx', fileAt(f, PAGE).text));
		expect(run.output).toBe(
			`1 problem in content or data:\n  content/digitisation/old/page.mdx: is in a sub-folder (digitisation/old/): move it up into content/digitisation/; guidance pages go in content/<priority>/, where <priority> is one of virtual-wards, digitisation, investment-plans, workforce-skills`,
		);
	});
});

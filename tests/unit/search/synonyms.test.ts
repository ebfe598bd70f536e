/** Query expansion from the glossary (src/lib/search/synonyms.ts) and the glossary's own checks. */
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../../src/lib/content-check/project.ts';
import { parseWithFriendlyErrors } from '../../../src/lib/problems/error-map.ts';
import {
	expandQuery,
	glossaryPhrases,
	MAX_VARIANTS,
	sharedNames,
	synonymGroups,
	words,
} from '../../../src/lib/search/synonyms.ts';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../../src/schemas/glossary.ts';
import { fixtureProject } from '../../helpers/fixture-site.ts';

const entry = (id: string, term: string, abbreviation?: string, synonyms: string[] = []): GlossaryEntry => ({
	id,
	term,
	abbreviation,
	synonyms,
	definition: 'A definition long enough to pass the schema.',
	related: [],
	sources: [],
});

const glossary = [
	entry('epr', 'Electronic patient record', 'EPR'),
	entry('ics', 'Integrated care system', 'ICS'),
	entry('icb', 'Integrated care board', 'ICB'),
	entry('wgll', 'What Good Looks Like', 'WGLL'),
	entry('virtual-ward', 'Virtual ward', undefined, ['hospital at home']),
	entry('cyber-security', 'Cyber security', undefined, ['cybersecurity']),
	entry('lonely', 'A term with no other name'),
];
const groups = synonymGroups(glossary);

describe('words', () => {
	it('lower-cases and drops punctuation', () => {
		expect(words('Hospital-at-home, EPRs!')).toEqual(['hospital', 'at', 'home', 'eprs']);
		expect(words('  ')).toEqual([]);
	});
});

describe('synonymGroups', () => {
	it('makes one group per entry with two or more names, as word lists', () => {
		expect(groups).toContainEqual([['electronic', 'patient', 'record'], ['epr']]);
		expect(groups).toContainEqual([
			['virtual', 'ward'],
			['hospital', 'at', 'home'],
		]);
		expect(groups).toHaveLength(6);
	});
});

describe('expandQuery', () => {
	it('expands an abbreviation into its full name, and back', () => {
		expect(expandQuery('EPR', groups)).toEqual(['EPR', 'electronic patient record']);
		expect(expandQuery('electronic patient record', groups)).toEqual(['electronic patient record', 'epr']);
	});

	it('keeps the rest of the query around the replaced words', () => {
		expect(expandQuery('EPR funding 2022', groups)).toEqual([
			'EPR funding 2022',
			'electronic patient record funding 2022',
		]);
		expect(expandQuery('funding for hospital at home', groups)).toEqual([
			'funding for hospital at home',
			'funding for virtual ward',
		]);
	});

	it('matches plurals and any case', () => {
		expect(expandQuery('Virtual Wards', groups)).toEqual(['Virtual Wards', 'hospital at home']);
		expect(expandQuery('EPRs', groups)).toEqual(['EPRs', 'electronic patient record']);
		expect(expandQuery('electronic patient records', groups)).toEqual(['electronic patient records', 'epr']);
	});

	it('replaces several names in one query, every combination, original first', () => {
		expect(expandQuery('ICS EPR', groups)).toEqual([
			'ICS EPR',
			'ics electronic patient record',
			'integrated care system epr',
			'integrated care system electronic patient record',
		]);
	});

	it('caps the number of queries', () => {
		const many = expandQuery('ICS ICB EPR WGLL', groups);
		expect(many).toHaveLength(MAX_VARIANTS);
		expect(many[0]).toBe('ICS ICB EPR WGLL');
	});

	it('matches whole words only, and names of one word as well as phrases', () => {
		expect(expandQuery('epredict', groups)).toEqual(['epredict']);
		expect(expandQuery('cybersecurity', groups)).toEqual(['cybersecurity', 'cyber security']);
		expect(expandQuery('virtual', groups)).toEqual(['virtual']);
	});

	it('keeps an exact-phrase query in quotes', () => {
		expect(expandQuery('"EPR"', groups)).toEqual(['"EPR"', '"electronic patient record"']);
	});

	it('returns nothing for an empty query and the query alone when no name matches', () => {
		expect(expandQuery('   ', groups)).toEqual([]);
		expect(expandQuery('net zero', groups)).toEqual(['net zero']);
	});
});

describe('glossary checks', () => {
	it('accepts the fixture glossary and finds no name used twice', () => {
		const { project } = fixtureProject();
		expect(project.glossary).toHaveLength(3);
		expect(checkGlossary(project.glossary, new Set(project.sources.map((s) => s.id)))).toEqual([]);
		expect(synonymGroups(project.glossary)).toMatchInlineSnapshot(`
			[
			  [
			    [
			      "integrated",
			      "care",
			      "board",
			    ],
			    [
			      "icb",
			    ],
			  ],
			  [
			    [
			      "virtual",
			      "ward",
			    ],
			    [
			      "hospital",
			      "at",
			      "home",
			    ],
			  ],
			  [
			    [
			      "electronic",
			      "patient",
			      "record",
			    ],
			    [
			      "epr",
			    ],
			  ],
			]
		`);
	});

	it('reports a name shared by two entries, an unknown related entry and an unknown source', () => {
		const broken = [
			{ ...entry('ics', 'Integrated care system', 'ICS'), related: ['nope'] },
			{ ...entry('icb', 'Integrated care board', 'ICS'), sources: [{ id: 'no-such-source' }] },
		];
		expect(sharedNames(broken)).toEqual([{ name: 'ics', ids: ['ics', 'icb'] }]);
		expect(checkGlossary(broken, new Set())).toEqual([
			{
				file: 'data/glossary.json',
				field: '[0].related[0]',
				message: '"nope" is not another entry of data/glossary.json; known entries: icb, ics',
			},
			{
				file: 'data/glossary.json',
				field: '[1].sources[0]',
				message: '"no-such-source" is not a source in data/sources.json: there are none yet',
			},
			{
				file: 'data/glossary.json',
				field: '[1]',
				message:
					'the name "ics" is used by "ics" and "icb": a name may belong to one entry only (put the other in "related")',
			},
		]);
	});

	it('explains a name with characters search cannot use', () => {
		const parsed = parseWithFriendlyErrors(
			GlossaryEntrySchema,
			{ ...entry('x', 'Thing'), abbreviation: 'A&E' },
			'data/glossary.json',
			[0],
		);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.problems).toEqual([
				{
					file: 'data/glossary.json',
					field: '[0].abbreviation',
					message:
						'"A&E" is not a plain name: use letters, digits, spaces and hyphens only, for example "electronic patient record"',
				},
			]);
		}
	});
});

describe('the content check reads the glossary', () => {
	it('accepts the real glossary and reports a broken one', async () => {
		const { readProjectFiles } = await import('../../../src/integrations/content-check.ts');
		const { checkProject } = await import('../../../src/lib/content-check/project.ts');
		const files = readProjectFiles(process.cwd());
		expect(files.data.glossary?.path).toBe('data/glossary.json');
		expect(checkProject(files).problems).toEqual([]);
		expect(checkProject(files).project.glossary.length).toBeGreaterThanOrEqual(10);
		const broken = {
			...files,
			data: { ...files.data, glossary: { path: 'data/glossary.json', text: '[{ "id": "epr", "term": "EPR" }]' } },
		};
		const problems = checkProject(broken).problems;
		expect(problems.filter((p) => p.file === 'data/glossary.json')).toEqual([
			{
				file: 'data/glossary.json',
				field: '[0].definition',
				line: 1,
				column: broken.data.glossary.text.indexOf('"epr"') + 1,
				message: 'is required',
			},
		]);
		// The entries it lost are gone from /glossary/, so the pages' links to them are dead; its one entry, though invalid, still counts.
		const others = problems.filter((p) => p.file !== 'data/glossary.json');
		expect(others.length).toBeGreaterThan(0);
		for (const p of others)
			expect(p.message).toMatch(/^\(\/glossary\/#(?!epr\))[a-z0-9-]+\) \/glossary\/ has no heading/);
	});
});

describe('the glossary phrases a query keeps whole', () => {
	it('lists every name of several words once, as lower-case words', () => {
		expect(glossaryPhrases(glossary)).toEqual(
			expect.arrayContaining([
				['electronic', 'patient', 'record'],
				['hospital', 'at', 'home'],
			]),
		);
		const keys = glossaryPhrases(glossary).map((p) => p.join(' '));
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys.every((k) => k.includes(' '))).toBe(true);
	});
});

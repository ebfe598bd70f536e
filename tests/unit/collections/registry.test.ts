/**
 * The registry of collections (src/lib/collections/registry.ts): a fixture
 * registry with one entry more than the real one (src/collections.ts) makes
 * that collection appear in the content check's reading (its files and its
 * ids), in the site reader's input and in the derived types, with no other change.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS } from '../../../src/collections.ts';
import { readCollectionFiles } from '../../../src/integrations/content-check.ts';
import {
	defineRegistry,
	inFileOrder,
	siteCollections,
	splitPageId,
	type CheckedEntriesOf,
	type IdNames,
	type ProjectFilesOf,
	type SiteCollectionsOf,
	type SourceFile,
} from '../../../src/lib/collections/registry.ts';
import { readProject } from '../../../src/lib/content-check/read.ts';

/** A collection the real project does not have: handbooks of the guidance, one JSON list. */
const EditionSchema = z.strictObject({ id: z.string(), title: z.string(), published: z.string() });
type Edition = z.output<typeof EditionSchema>;

const FIXTURE = defineRegistry({
	...COLLECTIONS,
	handbooks: {
		source: { file: 'data/handbooks.json' },
		schema: EditionSchema,
		check: { read: 'list', required: true, idField: 'id' },
	},
});

const handbooks = [
	{ id: 'v1', title: 'Version 1', published: '2021-12-24' },
	{ id: 'v2', title: 'Version 2', published: '2022-01-14' },
];

const root = mkdtempSync(join(tmpdir(), 'registry-'));
mkdirSync(join(root, 'data', 'datasets'), { recursive: true });
mkdirSync(join(root, 'content', 'virtual-wards'), { recursive: true });
writeFileSync(join(root, 'data', 'handbooks.json'), JSON.stringify([...handbooks, { id: 'v3', title: 3 }]));
writeFileSync(
	join(root, 'data', 'priorities.json'),
	JSON.stringify([{ id: 'virtual-wards', title: 'Virtual wards', summary: 'A summary long enough to pass.' }]),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a collection added to the registry', () => {
	it('is read from disk with the others, under data/', () => {
		const files = readCollectionFiles(root, FIXTURE);
		expect(files.data.handbooks?.path).toBe('data/handbooks.json');
		expect(files.data.priorities?.path).toBe('data/priorities.json');
		expect(files.data.sources).toBeUndefined();
		expect(files.content).toEqual([]);
	});

	it('is parsed by the check with its schema: its valid entries, its ids (valid or not) and its problems', () => {
		const read = readProject(readCollectionFiles(root, FIXTURE), FIXTURE);
		const edition = read.collections.handbooks;
		expect(edition?.entries.map((e) => e.entry)).toEqual(handbooks);
		expect([...(edition?.known.ids ?? [])]).toEqual(['v1', 'v2', 'v3']);
		const own = read.reading.problems.filter((p) => p.file === 'data/handbooks.json');
		expect(own.map((p) => p.field)).toEqual(['[2].title', '[2].published']);
	});

	it('reaches the site reader as a list of its entries', () => {
		const site = siteCollections(FIXTURE, (name) =>
			name === 'handbooks' ? handbooks.map((data) => ({ id: data.id, data })) : [],
		);
		expect(site.handbooks).toEqual(handbooks);
		expect(site.guidance).toEqual(new Map());
	});

	it('is in every derived type', () => {
		type Fixture = typeof FIXTURE;
		expectTypeOf<ProjectFilesOf<Fixture>['data']>().toHaveProperty('handbooks');
		expectTypeOf<NonNullable<ProjectFilesOf<Fixture>['data']['handbooks']>>().toEqualTypeOf<SourceFile>();
		expectTypeOf<ProjectFilesOf<Fixture>['content']>().toEqualTypeOf<SourceFile[]>();
		expectTypeOf<ProjectFilesOf<Fixture>['datasets']>().toEqualTypeOf<SourceFile[]>();
		expectTypeOf<CheckedEntriesOf<Fixture, { page: true }>['handbooks']>().toEqualTypeOf<Edition[]>();
		expectTypeOf<CheckedEntriesOf<Fixture, { page: true }>['pages']>().toEqualTypeOf<{ page: true }[]>();
		expectTypeOf<SiteCollectionsOf<Fixture, { id: string }>['handbooks']>().toEqualTypeOf<readonly Edition[]>();
		expectTypeOf<'handbooks'>().toExtend<IdNames<Fixture>>();
		expectTypeOf<'handbooks'>().not.toExtend<IdNames<typeof COLLECTIONS>>();
		expectTypeOf<keyof ProjectFilesOf<typeof COLLECTIONS>['data']>().toEqualTypeOf<
			'sources' | 'targets' | 'priorities' | 'systems' | 'glossary' | 'editions' | 'commitments'
		>();
	});
});

describe('the site reader', () => {
	it('groups MDX entries by folder, each with its slug as its id', () => {
		const site = siteCollections(COLLECTIONS, (name) =>
			name === 'guidance'
				? [
						{ id: 'virtual-wards/funding', data: {} },
						{ id: 'digitisation/epr', data: {} },
						{ id: 'virtual-wards/ambition', data: {} },
					]
				: [],
		);
		expect([...site.guidance].map(([folder, entries]) => [folder, entries.map((e) => e.id)])).toEqual([
			['virtual-wards', ['funding', 'ambition']],
			['digitisation', ['epr']],
		]);
		expect(splitPageId('funding')).toEqual({ folder: '', slug: 'funding' });
	});

	it('reads an ordered list in its file order, whatever order the loader gives', () => {
		const file = [{ id: 'b' }, { id: 'c' }, { id: 'a' }];
		const site = siteCollections(
			COLLECTIONS,
			(name) => (name === 'priorities' ? ['a', 'b', 'c'].map((id) => ({ id, data: { id } })) : []),
			(path) => (path === 'data/priorities.json' ? file : undefined),
		);
		expect(site.priorities.map((p) => p.id)).toEqual(['b', 'c', 'a']);
		expect(inFileOrder([{ id: 'x' }, { id: 'a' }], file, 'id')).toEqual([{ id: 'a' }, { id: 'x' }]);
		expect(inFileOrder([{ id: 'x' }, { id: 'a' }], undefined, 'id')).toEqual([{ id: 'x' }, { id: 'a' }]);
	});
});

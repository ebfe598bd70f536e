/** References between files (src/lib/content-check/references.ts): ids that exist even when invalid, and no reports into unreadable files. */
import { describe, expect, it } from 'vitest';
import { idsOfEntries } from '../../src/lib/content-check/references.ts';
import { missingReference, UNREADABLE } from '../../src/lib/problems/known-ids.ts';

const known = (...ids: string[]) => ({ ids: new Set(ids), unreadable: false });

describe('references', () => {
	it('collects the id of every entry that has one, valid or not', () => {
		expect(idsOfEntries([{ id: 'a', title: 1 }, { id: 2 }, null, 'x', { id: 'b' }])).toEqual(new Set(['a', 'b']));
		expect(idsOfEntries({ id: 'a' })).toEqual(new Set());
	});
	it('words a missing reference with the nearest id, or the known ones', () => {
		const sources = known('pg-2022-23-v3', 'nhsx-wgll');
		expect(missingReference('pg-2022-23-v3', sources, 'a source in data/sources.json', 'sources')).toBeUndefined();
		expect(missingReference('pg-2022-23-v4', sources, 'a source in data/sources.json', 'sources')).toBe(
			'"pg-2022-23-v4" is not a source in data/sources.json: did you mean "pg-2022-23-v3"?',
		);
		expect(missingReference('other', sources, 'a source in data/sources.json', 'sources')).toBe(
			'"other" is not a source in data/sources.json; known sources: nhsx-wgll, pg-2022-23-v3',
		);
		expect(missingReference('anything', UNREADABLE, 'a source in data/sources.json', 'sources')).toBeUndefined();
	});
});

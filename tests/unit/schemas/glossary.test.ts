/** The glossary entry schema (src/schemas/glossary.ts): a valid example, defaults, and names an editor may write. */
import { describe, expect, it } from 'vitest';
import { GlossaryEntrySchema } from '../../../src/schemas/glossary.ts';

const entry = {
	id: 'epr',
	term: 'Electronic patient record',
	abbreviation: 'EPR',
	definition: "A digital record of a patient's care, kept by the organisation that provides it.",
};

describe('glossary entries', () => {
	it('accepts an entry, with empty synonyms, related entries and sources by default', () => {
		expect(GlossaryEntrySchema.parse(entry)).toEqual({ ...entry, synonyms: [], related: [], sources: [] });
		expect(GlossaryEntrySchema.parse({ ...entry, sources: ['guide-v2'] }).sources).toEqual([{ id: 'guide-v2' }]);
	});

	it('rejects a name that is not plain, a short definition and an unknown field', () => {
		const bad = GlossaryEntrySchema.safeParse({ ...entry, synonyms: ['e.p.r!'] });
		expect(bad.error?.issues[0]?.message).toBe(
			'"e.p.r!" is not a plain name: use letters, digits, spaces and hyphens only, for example "electronic patient record"',
		);
		expect(GlossaryEntrySchema.safeParse({ ...entry, definition: 'Too short.' }).success).toBe(false);
		expect(GlossaryEntrySchema.safeParse({ ...entry, plural: 'EPRs' }).success).toBe(false);
	});
});

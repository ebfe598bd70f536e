/**
 * The glossary's rules: its references (related entries, sources) exist, and
 * no name belongs to two entries.
 */
import type { GlossaryEntry } from '../../../schemas/glossary.ts';
import { sharedNames } from '../../search/synonyms.ts';
import type { Problem } from '../../problems/problems.ts';
import { missingReference, type KnownIds } from '../../problems/known-ids.ts';
import type { RuleContext } from './context.ts';

/**
 * The glossary's references (related entries, sources) exist, and no name
 * (term, abbreviation or synonym) belongs to two entries: search would not
 * know which the reader meant (ids used twice are reported when the file is
 * read). `options.ids` are the ids of every entry of
 * the file, valid or not (default: those given); `options.indexes` the
 * place of each given entry in the file's list (default: 0, 1, 2, …).
 */
export function checkGlossary(
	glossary: readonly GlossaryEntry[],
	sources: ReadonlySet<string> | KnownIds,
	options: { ids?: KnownIds; indexes?: readonly number[] } = {},
): Problem[] {
	const file = 'data/glossary.json';
	const problems: Problem[] = [];
	const known = options.ids ?? { ids: new Set(glossary.map((g) => g.id)), unreadable: false };
	const sourceIds: KnownIds = sources instanceof Set ? { ids: sources, unreadable: false } : (sources as KnownIds);
	const indexOf = (i: number) => options.indexes?.[i] ?? i;
	glossary.forEach((g, n) => {
		const i = indexOf(n);
		g.related.forEach((r, j) => {
			const message =
				r === g.id
					? `"${r}" is this entry itself: list other entries in "related"`
					: missingReference(r, known, 'another entry of data/glossary.json', 'entries');
			if (message) problems.push({ file, field: `[${i}].related[${j}]`, message });
		});
		g.sources.forEach((s, j) => {
			const message = missingReference(s.id, sourceIds, 'a source in data/sources.json', 'sources');
			if (message) problems.push({ file, field: `[${i}].sources[${j}]`, message });
		});
	});
	for (const { name, ids: owners } of sharedNames(glossary)) {
		const at = glossary.findIndex((g) => g.id === owners[1]);
		problems.push({
			file,
			field: `[${indexOf(at)}]`,
			message: `the name "${name}" is used by ${owners.map((o) => `"${o}"`).join(' and ')}: a name may belong to one entry only (put the other in "related")`,
		});
	}
	return problems;
}

/** Checks the glossary as read, against the sources. */
export function checkGlossaryRule(context: RuleContext): void {
	const { read, ids } = context;
	context.problems.push(
		...checkGlossary(
			read.glossary.entries.map((e) => e.entry),
			ids.sources,
			{ ids: ids.glossary, indexes: read.glossary.entries.map((e) => e.index) },
		),
	);
}

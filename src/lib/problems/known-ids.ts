/**
 * The ids a file defines, as far as a check could read them, and the
 * message for a reference to an id that is not among them: the one wording
 * of "is not a source / dataset / page …" that the content check and the MDX
 * check share.
 */
import { suggest, suggestMoved } from './suggest.ts';

/** The ids a file defines, as far as the check could read them. */
export interface KnownIds {
	/** Every id that exists, even where its entry fails its schema. */
	ids: ReadonlySet<string>;
	/** true when the file could not be read at all (missing or not valid JSON): references into it are not checked. */
	unreadable: boolean;
}

/** An id set for a file that could not be read. */
export const UNREADABLE: KnownIds = { ids: new Set(), unreadable: true };

/**
 * The message for a reference to `id` when it does not exist, or undefined
 * when it does (or when the file it points into could not be read).
 * `what` names the thing and file, for example "a source in data/sources.json".
 */
export function missingReference(id: string, known: KnownIds, what: string, plural: string): string | undefined {
	if (known.unreadable || known.ids.has(id)) return undefined;
	const near = suggest(id, known.ids) ?? suggestMoved(id, known.ids);
	const all = [...known.ids].sort();
	if (near !== undefined) return `"${id}" is not ${what}: did you mean "${near}"?`;
	return all.length === 0
		? `"${id}" is not ${what}: there are none yet`
		: `"${id}" is not ${what}; known ${plural}: ${shortList(all)}`;
}

/** Ids as a message lists them: as many as fit in about 150 characters, then how many more. */
export function shortList(ids: readonly string[]): string {
	let listed = '';
	let count = 0;
	for (const id of ids) {
		if (count > 0 && listed.length + id.length > 150) break;
		listed = count === 0 ? id : `${listed}, ${id}`;
		count++;
	}
	return count < ids.length ? `${listed} and ${String(ids.length - count)} more` : listed;
}

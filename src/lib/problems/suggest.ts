/**
 * "Did you mean …?" for a misspelt field name or id: the one allowed value
 * nearest to what the editor wrote. Exported for every check that names an
 * unknown value (fields, ids, components).
 *
 * The edit distance comes from fastest-levenshtein (a small, dependency-free
 * and widely used implementation); the rule for when a value is near enough
 * to suggest is ours, below.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `input`, compared without regard to case, spaces,
 * hyphens or underscores, when it is close enough to be a slip of the keyboard
 * (at most 1 edit for words of up to 4 characters, 2 up to 8, then a
 * quarter of the length) and no other candidate is as close; otherwise undefined.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
	const norm = (s: string) =>
		s
			.toLowerCase()
			.replace(/[\s_-]+/g, '-')
			.trim();
	const wanted = norm(input);
	if (wanted === '') return undefined;
	let best: string | undefined;
	let bestDistance = Infinity;
	let tied = false;
	for (const candidate of new Set(candidates)) {
		if (candidate === input) return undefined;
		const d = distance(wanted, norm(candidate));
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
			tied = false;
		} else if (d === bestDistance && norm(candidate) !== norm(best ?? '')) {
			tied = true;
		}
	}
	const length = Math.max(wanted.length, 1);
	const allowed = length <= 4 ? 1 : length <= 8 ? 2 : Math.floor(length / 4);
	return best !== undefined && !tied && bestDistance <= allowed ? best : undefined;
}

/** ` did you mean "x"?` for the nearest candidate, or '' when none is near: for appending to a sentence ending in a colon. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
	const s = suggest(input, candidates);
	return s === undefined ? '' : `did you mean "${s}"?`;
}

/** The last segment of a path or page id: "funding" of /virtual-wards/funding/ or virtual-wards/funding. */
function lastSegment(path: string): string {
	return (
		path
			.split('/')
			.filter((s) => s !== '')
			.pop() ?? ''
	);
}

/** Whether `part`'s words are a run of `whole`'s, hyphens apart: "funding" of "virtual-ward-funding". */
function wordsWithin(part: string, whole: string): boolean {
	return part !== whole && `-${whole}-`.includes(`-${part}-`);
}

/**
 * For a page id or address that no longer exists, the one candidate it most
 * likely became: moved to another folder (the same file name), or renamed by
 * words added or taken away ("funding" → "virtual-ward-funding"); undefined
 * when there is none, or more than one. {@link suggest} finds slips of the
 * keyboard; this finds renames, which are too far apart for it.
 */
export function suggestMoved(input: string, candidates: Iterable<string>): string | undefined {
	const name = lastSegment(input);
	if (name === '') return undefined;
	const all = [...new Set(candidates)].filter((c) => c !== input && c.split('/').length === input.split('/').length);
	const moved = all.filter((c) => lastSegment(c) === name);
	if (moved.length > 0) return moved.length === 1 ? moved[0] : undefined;
	const folder = input.slice(0, input.lastIndexOf(name));
	const renamed = all.filter(
		(c) => c.startsWith(folder) && (wordsWithin(name, lastSegment(c)) || wordsWithin(lastSegment(c), name)),
	);
	return renamed.length === 1 ? renamed[0] : undefined;
}

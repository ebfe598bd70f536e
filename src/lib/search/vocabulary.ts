/**
 * The vocabulary the search page corrects spelling from
 * (src/lib/search/spelling.ts): every word of the indexed pages, written at
 * build time next to Pagefind's bundle as one small JSON file per first
 * letter, `pagefind/vocabulary/<letter>.json` (`{ "hospital": 31, … }`: each
 * word and how many pages hold it), so a search fetches at most the shards of
 * the words it does not know.
 *
 * The words are read back from Pagefind's own fragments (one per indexed
 * page: a gzipped "pagefind_dcd" signature and the page's JSON), so the
 * vocabulary is exactly what the index holds, whichever pages opted in.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MIN_WORD_LENGTH, shardOf } from './spelling.ts';

/** The folder of the shards inside Pagefind's bundle. */
export const VOCABULARY_DIR = 'vocabulary';

const SIGNATURE = 'pagefind_dcd';

/** The searchable text of one Pagefind fragment (its title and content), from the file's bytes. */
export function fragmentText(bytes: Uint8Array): string {
	const raw = gunzipSync(bytes);
	if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('not a Pagefind fragment');
	const page = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as {
		content?: string;
		meta?: Record<string, string>;
	};
	return `${page.meta?.['title'] ?? ''} ${page.content ?? ''}`;
}

/**
 * The vocabulary of some pages' texts, by shard: each word of letters only
 * (lower case, at least {@link MIN_WORD_LENGTH} long) and the number of texts
 * that hold it, words in alphabetical order, shards in order.
 */
export function vocabularyShards(texts: Iterable<string>): Record<string, Record<string, number>> {
	const pages = new Map<string, number>();
	for (const text of texts) {
		const seen = new Set(
			text
				.toLocaleLowerCase('en-GB')
				.split(/[^\p{L}\p{N}]+/u)
				.filter((w) => w.length >= MIN_WORD_LENGTH && /^\p{L}+$/u.test(w)),
		);
		for (const w of seen) pages.set(w, (pages.get(w) ?? 0) + 1);
	}
	const shards: Record<string, Record<string, number>> = {};
	for (const word of [...pages.keys()].sort()) {
		const shard = shardOf(word);
		if (shard !== undefined) (shards[shard] ??= {})[word] = pages.get(word) as number;
	}
	return Object.fromEntries(Object.entries(shards).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Writes the vocabulary of the Pagefind bundle in `out` (dist/pagefind) into
 * `out/vocabulary/`, replacing any there, and returns how many shards, words
 * and bytes it wrote. Throws on a fragment it cannot read.
 */
export function writeVocabulary(out: string): { shards: number; words: number; bytes: number } {
	const fragments = join(out, 'fragment');
	const texts = readdirSync(fragments)
		.filter((f) => f.endsWith('.pf_fragment'))
		.sort()
		.map((f) => {
			try {
				return fragmentText(readFileSync(join(fragments, f)));
			} catch (error) {
				throw new Error(`search vocabulary: cannot read ${join(fragments, f)}: ${(error as Error).message}`, {
					cause: error,
				});
			}
		});
	const shards = vocabularyShards(texts);
	const dir = join(out, VOCABULARY_DIR);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	let words = 0;
	let bytes = 0;
	for (const [shard, entries] of Object.entries(shards)) {
		const json = JSON.stringify(entries);
		writeFileSync(join(dir, `${shard}.json`), json);
		words += Object.keys(entries).length;
		bytes += Buffer.byteLength(json);
	}
	return { shards: Object.keys(shards).length, words, bytes };
}

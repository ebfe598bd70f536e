/**
 * The step that writes the search index into a built site
 * (src/lib/search/index-site.ts), with Pagefind's Node API replaced by a
 * fake: it fails on every Pagefind error and on an index with no page, and
 * writes only the files the site publishes. It leaves this thread free while
 * Pagefind reads, so that the abbreviation pass runs meanwhile
 * (src/lib/build/finish.ts, whose test runs the real Pagefind).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
	createErrors: [] as string[],
	addErrors: [] as string[],
	writeErrors: [] as string[],
	files: [] as { path: string; content: Uint8Array }[],
	closed: 0,
	/** Resolves addDirectory's reading; while undefined, the reading ends at once. */
	release: undefined as Promise<void> | undefined,
	read: 0,
}));

vi.mock('pagefind', () => ({
	createIndex: () =>
		Promise.resolve({
			errors: fake.createErrors,
			index: {
				addDirectory: async () => {
					await fake.release;
					fake.read += 1;
					return { errors: fake.addErrors, page_count: 3 };
				},
				// Pagefind writes its bundle itself; the fake writes the files it was given.
				writeFiles: ({ outputPath }: { outputPath: string }) => {
					for (const file of fake.files) {
						mkdirSync(dirname(join(outputPath, file.path)), { recursive: true });
						writeFileSync(join(outputPath, file.path), file.content);
					}
					return Promise.resolve({ errors: fake.writeErrors, outputPath });
				},
			},
		}),
	close: () => {
		fake.closed += 1;
		return Promise.resolve(null);
	},
}));

const { closeSearchIndex, indexSite, SearchIndexError } = await import('../../../src/lib/search/index-site.ts');

const bytes = (text: string) => new TextEncoder().encode(text);
const entry = {
	path: 'pagefind-entry.json',
	content: bytes(JSON.stringify({ languages: { 'en-gb': { wasm: 'en-gb' } } })),
};
/** A fragment as Pagefind writes one: gzipped, its signature, then the page's JSON. */
const fragment = (title: string, content: string) =>
	gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ meta: { title }, content }))]));

let dir: string;
/** The step as the build runs it (src/lib/build/finish.ts), with `meanwhile` (the abbreviation pass) while Pagefind reads; its log line. */
async function runHook(meanwhile: () => void = () => undefined): Promise<string> {
	const indexing = indexSite(dir);
	try {
		meanwhile();
		return await indexing;
	} finally {
		await closeSearchIndex();
	}
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'portal-search-index-'));
	fake.createErrors = [];
	fake.addErrors = [];
	fake.writeErrors = [];
	fake.files = [
		entry,
		{ path: 'pagefind.js', content: bytes('js') },
		{ path: 'fragment/en-gb_1.pf_fragment', content: fragment('Hospital at home', 'Virtual wards at home.') },
		{ path: 'pagefind-ui.js', content: bytes('ui') },
		{ path: 'playground/index.html', content: bytes('<p>playground</p>') },
	];
	fake.closed = 0;
	fake.release = undefined;
	fake.read = 0;
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('the search index build step', () => {
	it('writes the published files into dist/pagefind and reports what it indexed', async () => {
		const line = await runHook();
		expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual([
			'fragment',
			'pagefind-entry.json',
			'pagefind.js',
			'vocabulary',
		]);
		expect(line).toMatch(
			/^indexed 1 of 3 pages in \d+ ms: 3 files, \d+ bytes in pagefind\/; vocabulary of 4 words in 3 shards, \d+ bytes$/,
		);
		expect(fake.closed).toBe(1);
	});

	it("writes the vocabulary of the indexed pages' words, one shard per first letter", async () => {
		await runHook();
		const shards = join(dir, 'pagefind', 'vocabulary');
		expect(readdirSync(shards).sort()).toEqual(['h.json', 'v.json', 'w.json']);
		expect(JSON.parse(readFileSync(join(shards, 'h.json'), 'utf8'))).toEqual({ home: 1, hospital: 1 });
		expect(JSON.parse(readFileSync(join(shards, 'w.json'), 'utf8'))).toEqual({ wards: 1 });
	});

	it('fails the build on a Pagefind error, listing it, and still stops Pagefind', async () => {
		fake.addErrors = ['Failed to parse file virtual-wards/index.html'];
		await expect(runHook()).rejects.toThrow(SearchIndexError);
		await expect(runHook()).rejects.toThrow(
			'search index (Pagefind) failed:\n  Failed to parse file virtual-wards/index.html',
		);
		expect(fake.closed).toBe(2);
	});

	it('leaves nothing of an earlier index, nor the UIs Pagefind wrote', async () => {
		mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
		writeFileSync(join(dir, 'pagefind', 'index', 'en-gb_old.pf_index'), 'stale');
		await runHook();
		expect(existsSync(join(dir, 'pagefind', 'index'))).toBe(false);
		expect(existsSync(join(dir, 'pagefind', 'playground'))).toBe(false);
		expect(existsSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
		expect(readFileSync(join(dir, 'pagefind', 'pagefind.js'), 'utf8')).toBe('js');
	});

	it('fails the build when Pagefind cannot write its files, and when its bundle has no entry', async () => {
		fake.writeErrors = ['Permission denied (os error 13)'];
		await expect(runHook()).rejects.toThrow('search index (Pagefind) failed:\n  Permission denied (os error 13)');
		fake.writeErrors = [];
		fake.files = fake.files.filter((f) => f.path !== 'pagefind-entry.json');
		await expect(runHook()).rejects.toThrow('no pagefind-entry.json');
		expect(fake.closed).toBe(2);
	});

	it('fails the build when Pagefind cannot start', async () => {
		fake.createErrors = ['binary not found'];
		await expect(runHook()).rejects.toThrow('binary not found');
	});

	it('leaves this thread free while Pagefind is still reading, and writes the index only once the reading ends', async () => {
		let release = () => undefined as void;
		fake.release = new Promise((resolve) => {
			release = resolve;
		});
		let readWhilePassRan: number | undefined;
		const run = runHook(() => {
			readWhilePassRan = fake.read;
			setTimeout(release, 20);
		});
		await run;
		expect(readWhilePassRan).toBe(0);
		expect(fake.read).toBe(1);
		expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
	});

	it('fails the build when no page opted in to search', async () => {
		fake.files = [entry, { path: 'pagefind.js', content: bytes('js') }];
		await expect(runHook()).rejects.toThrow("no page was indexed: pages opt in with BaseLayout's `search` prop");
		expect(existsSync(join(dir, 'pagefind'))).toBe(false);
	});
});

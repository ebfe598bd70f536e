/**
 * Measures search for BENCHMARKS.md: the size of the Pagefind index
 * (bytes of dist/pagefind) and the bytes a first query fetches, counted in
 * Debian's Chromium by summing the responses of a fresh page that opens
 * /search/?q=<query> and waits for the results: decoded (as the browser holds
 * them) and as transferred (the test server gzips text as a static host does;
 * Pagefind's index files are gzipped already), in all and by kind of search
 * file (scripts/lib/search-bytes.ts).
 *
 *   npm run bench:search                  # builds, then measures dist/
 *   node scripts/bench-search.ts <dist>   # measures an existing build (for example the 1,000-page corpus)
 *
 * Prints a Markdown section to paste under "Search" in BENCHMARKS.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveDist } from './lib/browser.ts';
import { cpuModel } from './lib/machine.ts';
import { bytesByKind, SEARCH_FILE_KINDS, type FetchedFile } from './lib/search-bytes.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const QUERIES = ['hospital at home', 'EPR', 'cyber security', 'March 2025', 'the hospital at home'];

if (!existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
	console.error(`${dist} has no search index: run npm run build first (or pass the folder of a built site)`);
	process.exit(1);
}

function sizes(dir: string): { files: number; bytes: number } {
	let files = 0;
	let bytes = 0;
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		const stat = statSync(full);
		if (stat.isDirectory()) {
			const inner = sizes(full);
			files += inner.files;
			bytes += inner.bytes;
		} else {
			files += 1;
			bytes += stat.size;
		}
	}
	return { files, bytes };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** The search page's own script (the one <script src> of /search/), raw and gzipped. */
function searchScript(): { path: string; bytes: number; gzipped: number } {
	const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
	const src = /<script[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
	if (!src) return { path: '(none)', bytes: 0, gzipped: 0 };
	const body = readFileSync(join(dist, src.replace(/^\/+/, '')));
	return { path: src, bytes: body.byteLength, gzipped: gzipSync(body, { level: 9 }).byteLength };
}
const script = searchScript();
const index = sizes(join(dist, 'pagefind'));
const pages = readdirSync(join(dist, 'pagefind', 'fragment')).length;

const server = await serveDist(dist, { compress: true });
const browser = await launchBrowser();
const rows: string[] = [];
const kindRows: string[] = [];
const chromium = browser.browser.version();
try {
	for (const q of QUERIES) {
		const page = await browser.newPage();
		const bodies: Promise<FetchedFile & { bytes: number }>[] = [];
		page.on('response', (response) => {
			const path = new URL(response.url()).pathname;
			bodies.push(
				Promise.all([response.body(), response.request().sizes()])
					.then(([b, sizes]) => ({
						path,
						bytes: b.byteLength,
						decoded: b.byteLength,
						transfer: sizes.responseBodySize,
					}))
					.catch(() => ({ path, bytes: 0, decoded: 0, transfer: 0 })),
			);
		});
		const started = performance.now();
		await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
		await page.waitForFunction(
			(query) => document.getElementById('search-status')?.textContent?.includes(`‘${query}’`) ?? false,
			q,
		);
		const ms = Math.round(performance.now() - started);
		// What the results waited for; the filter counts' chunks are fetched after the results are shown.
		const beforeResults = bodies.length;
		const status = (await page.locator('#search-status').textContent()) ?? '';
		await page.waitForLoadState('networkidle');
		const responses = await Promise.all(bodies);
		const search = responses.filter((r) => r.path.startsWith('/pagefind/'));
		const all = responses.reduce((n, r) => n + r.bytes, 0);
		const searchBytes = search.reduce((n, r) => n + r.bytes, 0);
		const firstBytes = responses
			.slice(0, beforeResults)
			.filter((r) => r.path.startsWith('/pagefind/'))
			.reduce((n, r) => n + r.bytes, 0);
		const searchTransfer = search.reduce((n, r) => n + r.transfer, 0);
		rows.push(
			`| ${q} | ${/^(\d+|No)/.exec(status)?.[1] ?? '?'} | ${search.length} | ${kb(searchBytes)} | ${responses.length} | ${kb(all)} | ${ms} | ${kb(firstBytes)} | ${kb(searchTransfer)} |`,
		);
		const kinds = bytesByKind(search);
		kindRows.push(
			`| ${q} | ${SEARCH_FILE_KINDS.map((k) => `${kb(kinds[k].decoded)} / ${kb(kinds[k].transfer)}`).join(' | ')} |`,
		);
		await page.context().close();
	}
} finally {
	await browser.close();
	await server.close();
}

const node = process.version;
console.log(`### ${dist.endsWith('/dist') ? 'The real site' : dist}

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpuModel()}), Node ${node}, Chromium ${chromium} (Debian, headless).

- Indexed pages: ${pages}
- Index size (dist/pagefind): ${index.bytes} bytes (${kb(index.bytes)}) in ${index.files} files
- The search page's script (${script.path}): ${script.bytes} bytes, ${(script.gzipped / 1000).toFixed(1)} KB gzipped

| first query | results | search files fetched | search bytes | all requests | all bytes (page, CSS, script, search) | time to results (ms) | search bytes before the results showed | search bytes transferred |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Search bytes by kind, decoded / transferred (the server gzips text, -9, as a static host would; Pagefind's index, fragment, filter and metadata files are gzipped by Pagefind and go as they are):

| query | ${SEARCH_FILE_KINDS.join(' | ')} |
| --- | ${SEARCH_FILE_KINDS.map(() => '---').join(' | ')} |
${kindRows.join('\n')}
`);

/**
 * Real-browser testing: serves a built site on 127.0.0.1 and drives Debian's
 * Chromium through playwright-core. Never downloads a browser.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

import { CHROMIUM_PATH } from './prerequisites.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** How serveDist serves. */
export interface ServeOptions {
	/**
	 * Compress text (HTML, CSS, JavaScript, JSON, SVG, WebAssembly) with gzip -9 for a browser that
	 * accepts it, as a static host does; Pagefind's own files (.pf_*) are gzipped already and go as they are.
	 */
	compress?: boolean;
}

/**
 * Whether a static host would gzip this file as it serves it (see ServeOptions.compress): text and
 * WebAssembly (Pagefind's `wasm.*.pagefind`) by its name, unless its bytes are gzipped already.
 */
export const isCompressible = (file: string, body: Uint8Array): boolean =>
	(/^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/.test(TYPES[extname(file)] ?? '') ||
		/\.pagefind$/.test(file)) &&
	!(body[0] === 0x1f && body[1] === 0x8b);

/** Serves `dir` like a static host: /x/ → /x/index.html, unknown paths → 404.html with status 404. */
export async function serveDist(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			const body = readFileSync(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const gzip =
				options.compress === true &&
				isCompressible(file, body) &&
				/\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
			res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
			res.end(gzip ? gzipSync(body, { level: 9 }) : body);
		} catch {
			let body: Buffer;
			try {
				body = readFileSync(join(dir, '404.html'));
			} catch {
				body = Buffer.from('not found');
			}
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(body);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		// Chromium keeps its connections open (a page given back to the session's pool, a request in
		// flight), and server.close() waits for every one: they are ended here, as the tests are done.
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

export interface TestBrowser {
	browser: Browser;
	/** A new page in a fresh context; pass `{ javaScriptEnabled: false }` to test without JavaScript. */
	newPage: (options?: BrowserContextOptions) => Promise<Page>;
	close: () => Promise<void>;
}

/**
 * Starts Debian's Chromium headless with the flags DESIGN.md lists: no
 * background networking, every host but 127.0.0.1 unresolvable, and HOME and
 * TMPDIR in a throwaway folder so nothing is written outside it.
 */
export async function launchBrowser(): Promise<TestBrowser> {
	const home = mkdtempSync(join(tmpdir(), 'portal-chromium-'));
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
		],
		env: { ...process.env, HOME: home, TMPDIR: home },
	});
	return {
		browser,
		newPage: async (options) => (await browser.newContext(options)).newPage(),
		close: async () => {
			await browser.close();
			rmSync(home, { recursive: true, force: true });
		},
	};
}

/** The test server of scripts/lib/browser.ts: served like a static host, gzipping text when asked to. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isCompressible, serveDist } from '../../../scripts/lib/browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'portal-serve-'));
mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
const script = 'export const x = 1;\n'.repeat(200);
writeFileSync(join(dir, 'pagefind', 'pagefind.js'), script);
const chunk = gzipSync(Buffer.from('pagefind_dcd{}'));
writeFileSync(join(dir, 'pagefind', 'index', 'en_1.pf_index'), chunk);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A GET with gzip accepted: its Content-Encoding and the body's bytes as sent. */
function fetchRaw(url: string): Promise<{ encoding: string | undefined; body: Buffer }> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
			const parts: Buffer[] = [];
			res.on('data', (b: Buffer) => parts.push(b));
			res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
		}).on('error', reject);
	});
}

describe('serveDist', () => {
	it('gzips text for a browser that accepts it, and never a file that is gzipped already', async () => {
		const server = await serveDist(dir, { compress: true });
		try {
			const js = await fetchRaw(`${server.url}/pagefind/pagefind.js`);
			expect(js.encoding).toBe('gzip');
			expect(js.body.byteLength).toBeLessThan(script.length / 10);
			expect(gunzipSync(js.body).toString()).toBe(script);
			const index = await fetchRaw(`${server.url}/pagefind/index/en_1.pf_index`);
			expect(index.encoding).toBeUndefined();
			expect(index.body.equals(chunk)).toBe(true);
		} finally {
			await server.close();
		}
	});

	it('sends every file as it is without the option', async () => {
		const server = await serveDist(dir);
		try {
			const js = await fetchRaw(`${server.url}/pagefind/pagefind.js`);
			expect(js.encoding).toBeUndefined();
			expect(js.body.toString()).toBe(script);
		} finally {
			await server.close();
		}
	});

	it('closes while a client still holds a connection open, half-way through a request', async () => {
		const server = await serveDist(dir);
		const port = Number(new URL(server.url).port);
		const socket = connect(port, '127.0.0.1');
		// Ended by the server, the socket may see a reset: that is the point.
		socket.on('error', () => undefined);
		await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
		// Headers begun, never finished: the connection is busy, not idle, and would hold server.close() for good.
		socket.write('GET /pagefind/pagefind.js HTTP/1.1\r\nHost: 127.0.0.1\r\n');
		const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
		await server.close();
		await ended;
		expect(socket.destroyed).toBe(true);
	});
});

describe('isCompressible', () => {
	it("takes text and Pagefind's WebAssembly by name, unless their bytes are gzip's", () => {
		const plain = Buffer.from('text');
		expect(isCompressible('a/index.html', plain)).toBe(true);
		expect(isCompressible('pagefind/wasm.en-gb.pagefind', plain)).toBe(true);
		expect(isCompressible('pagefind/wasm.en-gb.pagefind', gzipSync(plain))).toBe(false);
		expect(isCompressible('pagefind/fragment/x.pf_fragment', plain)).toBe(false);
		expect(isCompressible('images/a.png', plain)).toBe(false);
	});
});

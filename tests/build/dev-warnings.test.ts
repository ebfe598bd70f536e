/**
 * `npm run dev` runs the same content check as the build, as warnings: at
 * start, and again when an editor saves a file in content/ or data/, while
 * the server keeps serving.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, removeCopy, ROOT } from '../helpers/site.ts';

let dir = '';
let server: ChildProcess | undefined;
let output = '';
const PORT = 4399;

/** Resolves once the server's output, from `from` on, matches `pattern`. */
function waitFor(pattern: RegExp, from: number, ms = 30_000): Promise<string> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const poll = setInterval(() => {
			const seen = output.slice(from);
			if (pattern.test(seen)) {
				clearInterval(poll);
				resolve(seen);
			} else if (Date.now() - started > ms) {
				clearInterval(poll);
				reject(new Error(`no ${String(pattern)} in the dev server's output within ${ms} ms:\n${seen}`));
			}
		}, 100);
	});
}

/** The environment `npm run dev` has: without vitest's own variables (NODE_ENV=test and VITEST*), which change how Vite serves pages. */
function devEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
	for (const [key, value] of Object.entries(process.env)) {
		if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST' && !(key in env)) env[key] = value;
	}
	return env;
}

beforeAll(async () => {
	dir = projectCopy('dev');
	const file = join(dir, 'content/virtual-wards/funding.mdx');
	writeFileSync(
		file,
		readFileSync(file, 'utf8').replace('audience: [ics, acute, community]', 'audience: [ics, hospital]'),
	);
	server = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			'--root',
			dir,
			'--port',
			String(PORT),
			'--host',
			'127.0.0.1',
		],
		{
			cwd: dir,
			env: devEnv(),
		},
	);
	server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
	server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
	await waitFor(/127\.0\.0\.1:4399/, 0);
}, 60_000);

afterAll(() => {
	server?.kill();
	removeCopy(dir);
});

describe('the content check under npm run dev', () => {
	it('warns at start and keeps serving, without the page that is wrong', async () => {
		expect(output).toMatch(/content\/virtual-wards\/funding\.mdx.*audience\[1\].*"hospital" is not an audience/);
		// The first requests can land while Vite is still optimising dependencies: ask until it answers.
		let response = await fetch(`http://127.0.0.1:${PORT}/virtual-wards/`);
		for (let tries = 0; response.status !== 200 && tries < 60; tries++) {
			await new Promise((r) => setTimeout(r, 500));
			response = await fetch(`http://127.0.0.1:${PORT}/virtual-wards/`);
		}
		const html = await response.text();
		expect(response.status, `${html.slice(0, 500)}\n${output}`).toBe(200);
		expect(html).toContain('Virtual wards');
		// The wrong page is left out until it is fixed; the others are served.
		expect(html).not.toContain('/virtual-wards/funding/');
		expect(html).toContain('/virtual-wards/national-ambition/');
	});

	it('checks again when a file is saved: a new mistake is warned about, and a fixed one clears', async () => {
		const targets = join(dir, 'data/targets.json');
		const before = readFileSync(targets, 'utf8');
		let from = output.length;
		writeFileSync(targets, before.replace('"deadline": "2023-12"', '"deadline": "December 2023"'));
		const warned = await waitFor(/data\/targets\.json.*"December 2023" is not a month/, from);
		expect(warned).toContain('content/virtual-wards/funding.mdx');

		from = output.length;
		writeFileSync(targets, before);
		const funding = join(dir, 'content/virtual-wards/funding.mdx');
		writeFileSync(
			funding,
			readFileSync(funding, 'utf8').replace('audience: [ics, hospital]', 'audience: [ics, acute, community]'),
		);
		await waitFor(/content and data: no problems found/, from);
	}, 60_000);
});

/**
 * The security headers come from one source (src/lib/build/security-headers.ts):
 * the policy is strict, and the committed hosting files are what
 * `npm run headers` writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedHeaderFiles } from '../../../scripts/headers.ts';
import {
	CSP,
	HEADER_ONLY_DIRECTIVES,
	SECURITY_HEADERS,
	headerCsp,
	metaCsp,
	parseCsp,
	parseHeadersFile,
} from '../../../src/lib/build/security-headers.ts';
import { ROOT } from '../../helpers/site.ts';

describe('the Content-Security-Policy', () => {
	const policy = parseCsp(headerCsp());

	it('allows no inline or eval script, and WebAssembly only', () => {
		for (const directive of ['script-src', 'style-src', 'default-src']) {
			expect(policy[directive], directive).toBeDefined();
			expect(policy[directive], directive).not.toContain("'unsafe-inline'");
			expect(policy[directive], directive).not.toContain("'unsafe-eval'");
		}
		expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy['object-src']).toEqual(["'none'"]);
		expect(policy['frame-ancestors']).toEqual(["'none'"]);
		expect(
			Object.values(policy)
				.flat()
				.filter((s) => /^(https?:|\*)/.test(s)),
		).toEqual([]);
	});

	it('puts in the <meta> tag everything but the directives a <meta> cannot carry', () => {
		const meta = parseCsp(metaCsp());
		expect(Object.keys(meta)).toEqual(Object.keys(CSP).filter((d) => !HEADER_ONLY_DIRECTIVES.includes(d)));
		expect(meta['frame-ancestors']).toBeUndefined();
		expect(parseCsp("script-src 'self'; SCRIPT-SRC *")).toEqual({ 'script-src': ["'self'"] });
	});
});

describe('the hosting files', () => {
	it.each(Object.entries(generatedHeaderFiles()))('%s is what `npm run headers` writes', (path, expected) => {
		expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale: run npm run headers`).toBe(expected);
	});

	it('carry the same headers in both formats', () => {
		const netlify = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
		const azure = (
			JSON.parse(readFileSync(join(ROOT, 'public/staticwebapp.config.json'), 'utf8')) as {
				globalHeaders: Record<string, string>;
			}
		).globalHeaders;
		expect(netlify).toEqual(SECURITY_HEADERS);
		expect(azure).toEqual(SECURITY_HEADERS);
		expect(Object.keys(SECURITY_HEADERS)).toEqual(
			expect.arrayContaining([
				'Content-Security-Policy',
				'X-Content-Type-Options',
				'Referrer-Policy',
				'Permissions-Policy',
			]),
		);
	});
});

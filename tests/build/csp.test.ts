/**
 * Gate: strict Content-Security-Policy, statically. Every page carries the
 * site's policy (src/lib/build/security-headers.ts) as its first <meta> before any
 * script or stylesheet, and has nothing the policy would block: no inline
 * script, <style>, style attribute, event handler or javascript: URL. The
 * hosting files in dist/ (_headers, staticwebapp.config.json) send the same
 * policy and the other security headers. The browser half is
 * tests/e2e/page-types.test.ts.
 *
 *   npx vitest run --project build tests/build/csp.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInlineCode, metaPolicies, metaPolicyComesFirst } from '../../scripts/lib/inline-code.ts';
import {
	HEADER_ONLY_DIRECTIVES,
	SECURITY_HEADERS,
	metaCsp,
	parseCsp,
	parseHeadersFile,
} from '../../src/lib/build/security-headers.ts';
import { htmlFiles } from '../helpers/quality.ts';
import { SITE_DIST } from '../helpers/site.ts';

const pages = htmlFiles(SITE_DIST).map((file) => ({ file, html: readFileSync(join(SITE_DIST, file), 'utf8') }));

describe('Content-Security-Policy in the built pages', () => {
	it('every page has the site policy as a <meta>, before any script or stylesheet', () => {
		const wrong = pages.flatMap(({ file, html }) => {
			const policies = metaPolicies(html);
			if (policies.length !== 1) return [`${file}: ${policies.length} CSP <meta> tags, expected 1`];
			if (policies[0] !== metaCsp()) return [`${file}: CSP <meta> is "${policies[0]}", expected "${metaCsp()}"`];
			if (!metaPolicyComesFirst(html))
				return [`${file}: the CSP <meta> comes after a script, stylesheet or <base>, so it does not cover them`];
			return [];
		});
		expect(wrong, wrong.join('\n')).toEqual([]);
	});

	it('no page has inline script or style, event handler attributes or javascript: URLs', () => {
		const found = pages.flatMap(({ file, html }) =>
			findInlineCode(html).map((f) => `${file}: ${f.what}: ${f.extract}`),
		);
		expect(
			found,
			`the policy would block these (use a processed <script> without is:inline, which astro.config.mjs emits as a file, and classes instead of style attributes):\n${found.join('\n')}`,
		).toEqual([]);
	});
});

describe('hosting headers in dist/', () => {
	const headerPolicy = (headers: Record<string, string>) => parseCsp(headers['Content-Security-Policy'] ?? '');
	const netlify = parseHeadersFile(readFileSync(join(SITE_DIST, '_headers'), 'utf8'));
	const azure = (
		JSON.parse(readFileSync(join(SITE_DIST, 'staticwebapp.config.json'), 'utf8')) as {
			globalHeaders: Record<string, string>;
		}
	).globalHeaders;

	it.each([
		['_headers (Netlify, Cloudflare Pages)', netlify],
		['staticwebapp.config.json (Azure Static Web Apps)', azure],
	])(
		'%s sends the same policy as the pages, plus the header-only directives, and the other security headers',
		(_name, headers) => {
			const fromPages = parseCsp(metaPolicies(pages[0]?.html ?? '')[0] ?? '');
			const fromHeader = headerPolicy(headers);
			const headerOnly = Object.fromEntries(
				Object.entries(fromHeader).filter(([d]) => HEADER_ONLY_DIRECTIVES.includes(d)),
			);
			const shared = Object.fromEntries(
				Object.entries(fromHeader).filter(([d]) => !HEADER_ONLY_DIRECTIVES.includes(d)),
			);
			expect(shared).toEqual(fromPages);
			expect(headerOnly['frame-ancestors']).toEqual(["'none'"]);
			expect(headers).toEqual(SECURITY_HEADERS);
		},
	);
});

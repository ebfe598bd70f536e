/**
 * Gate: valid HTML. The W3C Nu HTML Checker (vnu.jar, on Debian's Java) reads
 * every HTML file of the built site, in one Java process, and finds 0 errors.
 * The same run reads the broken fixture site, to prove the checker reports
 * what it should (an invalid page must not pass unnoticed).
 *
 *   npx vitest run --project build tests/build/html-valid.test.ts
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	formatVnu,
	runVnu,
	summariseVnu,
	vnuErrors,
	vnuFile,
	vnuWarnings,
	type VnuResult,
} from '../../scripts/lib/vnu.ts';
import { BROKEN_SITE, htmlFiles } from '../helpers/quality.ts';
import { ROOT, SITE_DIST } from '../helpers/site.ts';

const siteFiles = htmlFiles(SITE_DIST).map((f) => join(SITE_DIST, f));
const fixtureFiles = htmlFiles(BROKEN_SITE).map((f) => join(BROKEN_SITE, f));
let result: VnuResult;

beforeAll(() => {
	result = runVnu([...siteFiles, ...fixtureFiles]);
});

const messagesUnder = (dir: string) =>
	result.messages.filter((m) =>
		vnuFile(m, ROOT).startsWith(vnuFile({ type: 'info', message: '', url: `file:${dir}/` }, ROOT)),
	);

describe('valid HTML', () => {
	it('runs the checker over every HTML file of dist/', () => {
		expect(siteFiles.length).toBeGreaterThan(0);
		expect(
			result.status === 0 || result.status === 1,
			`vnu exited with ${result.status}:\n${result.stderr.slice(0, 500)}`,
		).toBe(true);
	});

	it('finds 0 errors in the built site', () => {
		const messages = messagesUnder(SITE_DIST);
		// vnu reads the pages from disk, where a file: URL never matches the policy's 'self': its CSP
		// warnings say nothing about the served site (tests/e2e/page-types.test.ts checks that).
		const warnings = vnuWarnings(messages).filter(
			(m) => !m.message.startsWith('Resource violates Content Security Policy'),
		);
		if (warnings.length > 0)
			console.log(`HTML checker warnings (they do not fail the gate):\n  ${summariseVnu(warnings).join('\n  ')}`);
		const errors = vnuErrors(messages);
		expect(errors, `${errors.length} HTML errors:\n${formatVnu(errors, SITE_DIST)}`).toEqual([]);
	});

	it('reports the invalid markup of the broken fixture', () => {
		const errors = vnuErrors(messagesUnder(BROKEN_SITE)).map((m) => `${vnuFile(m, BROKEN_SITE)}: ${m.message}`);
		expect(errors).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^index\.html: No “p” element in scope but a “p” end tag seen/),
				expect.stringMatching(/^index\.html: Duplicate ID “twice”/),
				expect.stringMatching(/^index\.html: An “img” element must have an “alt” attribute/),
			]),
		);
	});
});

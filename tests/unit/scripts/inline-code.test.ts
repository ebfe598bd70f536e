/** What a strict Content-Security-Policy would block, found statically (scripts/lib/inline-code.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInlineCode, metaPolicies, metaPolicyComesFirst } from '../../../scripts/lib/inline-code.ts';
import { BROKEN_SITE } from '../../helpers/quality.ts';

describe('inline code', () => {
	it('finds the inline script, style attribute, event handler and javascript: URL of the fixture', () => {
		const found = findInlineCode(readFileSync(join(BROKEN_SITE, 'index.html'), 'utf8')).map((f) => f.what);
		expect(found.sort()).toEqual([
			'<script> without src',
			'event handler attribute onclick on <p>',
			'javascript: URL in href on <a>',
			'style attribute on <p>',
		]);
	});

	it('finds <style> elements, and lets data blocks and external scripts pass', () => {
		expect(findInlineCode('<style>a{}</style>').map((f) => f.what)).toEqual(['<style> element']);
		expect(
			findInlineCode('<script type="application/ld+json">{}</script><script type="module" src="/a.js"></script>'),
		).toEqual([]);
	});

	it('reads the <meta> policy and checks it comes before any script or stylesheet', () => {
		const good = `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><link rel="stylesheet" href="/a.css"></head></html>`;
		const late = `<html><head><link rel="stylesheet" href="/a.css"><meta http-equiv="content-security-policy" content="default-src 'self'"></head></html>`;
		expect(metaPolicies(good)).toEqual(["default-src 'self'"]);
		expect(metaPolicyComesFirst(good)).toBe(true);
		expect(metaPolicyComesFirst(late)).toBe(false);
		expect(metaPolicies('<html><head></head></html>')).toEqual([]);
	});
});

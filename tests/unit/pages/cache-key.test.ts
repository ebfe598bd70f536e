/**
 * The cacheKey of every page for Astro's incremental build
 * (src/lib/pages/cache-key.ts), on the fixture site: the site's digest
 * changes with every input a page prints (data, front matter, the
 * glossary, the environment, the code) and not with a page's body, which
 * only that page's own key covers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	codeDigest,
	digestOf,
	entryDigest,
	KEY_ENVIRONMENT,
	pageCacheKey,
	SITE_DERIVED,
	SITE_INPUTS,
	siteDigest,
	stableJson,
} from '../../../src/lib/pages/cache-key.ts';
import { PAGES } from '../../../src/lib/pages/registry.ts';
import { fixtureSite, fixtureSiteWith } from '../../helpers/fixture-site.ts';
import { replaceIn } from '../../helpers/mistakes.ts';

const OVERVIEW = 'content/virtual-wards/overview.mdx';
const env = { BASE_PATH: '/', PORTAL_CODE_DIGEST: 'code-1' };
const base = siteDigest(fixtureSite(), env);

describe('stable JSON', () => {
	it('is the same for the same content, whatever the order of keys, and tells Maps, Sets and functions apart', () => {
		expect(stableJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe(stableJson({ a: [2, { c: 4, d: 3 }], b: 1 }));
		expect(stableJson(new Map([['a', 1]]))).not.toBe(stableJson({ a: 1 }));
		expect(stableJson(new Set([1]))).toBe('{"$set":[1]}');
		expect(stableJson({ f: (x: number) => x + 1 })).not.toBe(stableJson({ f: (x: number) => x + 2 }));
		expect(stableJson({ a: undefined, b: 1 })).toBe(stableJson({ b: 1 }));
	});

	it('keeps a collection entry to its id, file and front matter: never its body', () => {
		const entry = { id: 'p', collection: 'guidance', filePath: 'content/a/p.mdx', data: { title: 'T' } };
		expect(stableJson({ ...entry, body: 'one', digest: 'x' })).toBe(stableJson({ ...entry, body: 'two', digest: 'y' }));
		expect(stableJson({ ...entry, body: 'one' })).not.toBe(stableJson({ ...entry, data: { title: 'U' }, body: 'one' }));
	});
});

describe("the site's digest", () => {
	const changed = (edit: Parameters<typeof fixtureSiteWith>[0]) => siteDigest(fixtureSiteWith(edit), env);

	it('hashes every field of the Site read from the collections, and knows every other field as derived from them', () => {
		expect([...SITE_INPUTS, ...SITE_DERIVED].sort()).toEqual(Object.keys(fixtureSite()).sort());
	});

	it('is the same for the same input', () => {
		expect(
			siteDigest(
				fixtureSiteWith(() => undefined),
				env,
			),
		).toBe(base);
		expect(base).toMatch(/^[0-9a-f]{64}$/);
	});

	it("does not change with a page's body, which only the page's own key covers", () => {
		expect(changed((f) => replaceIn(f, OVERVIEW, 'report its beds every month', 'report its beds monthly'))).toBe(base);
	});

	it("changes with a page's front matter, which other pages print (navigation, related pages, the A to Z)", () => {
		expect(changed((f) => replaceIn(f, OVERVIEW, /^title: .*$/m, 'title: Another title'))).not.toBe(base);
		expect(changed((f) => replaceIn(f, OVERVIEW, 'order: 1', 'order: 9'))).not.toBe(base);
	});

	it('changes with a figure of a dataset, the glossary, a target and a system', () => {
		expect(changed((f) => replaceIn(f, 'data/datasets/vw-capacity.json', '10500', '10501'))).not.toBe(base);
		expect(changed((f) => replaceIn(f, 'data/glossary.json', 'Virtual ward', 'Virtual hospital ward'))).not.toBe(base);
		expect(changed((f) => replaceIn(f, 'data/targets.json', /"headline": "/, '"headline": "Changed: '))).not.toBe(base);
		expect(changed((f) => replaceIn(f, 'data/systems.json', /"name": "/, '"name": "Changed '))).not.toBe(base);
	});

	it('changes with each variable of the environment that changes output, and with the code', () => {
		const site = fixtureSite();
		for (const name of KEY_ENVIRONMENT) expect(siteDigest(site, { ...env, [name]: 'other' }), name).not.toBe(base);
		expect(siteDigest(site, { ...env, UNRELATED: 'x' })).toBe(base);
	});
});

describe("a page's key", () => {
	it("adds the page's own file to the site's digest, when its route declares one", () => {
		expect(pageCacheKey('site', undefined)).toBe('site');
		expect(pageCacheKey('site', 'own')).toBe('site:own');
		const entry = { id: 'p', data: { title: 'T' }, body: 'one' };
		expect(entryDigest({ ...entry, digest: 'astro' })).toBe('astro');
		expect(entryDigest(entry)).not.toBe(entryDigest({ ...entry, body: 'two' }));
		expect(entryDigest(entry)).toBe(digestOf({ data: entry.data, body: 'one' }));
	});

	it("gives every guidance page a key of its own, which changes with its body and no other page's", () => {
		const keys = (site = fixtureSite()) =>
			new Map(PAGES.guidance.paths(site).map((p) => [`${p.params.priority}/${p.params.slug}`, p.cacheKey]));
		const before = keys();
		expect(new Set(before.values()).size).toBe(before.size);
		const after = keys(fixtureSiteWith((f) => replaceIn(f, OVERVIEW, 'every month', 'each month')));
		const different = [...before].filter(([id, key]) => after.get(id) !== key).map(([id]) => id);
		expect(different).toEqual(['virtual-wards/overview']);
	});

	it('gives every path of every route a key', () => {
		for (const [id, page] of Object.entries(PAGES))
			for (const path of page.paths(fixtureSite())) expect(path.cacheKey, id).toMatch(/^[0-9a-f]{64}/);
	});
});

describe("the code's digest", () => {
	const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};

	it('changes with a file of src/ or the config, not with content/ or data/', () => {
		write('src/lib/a.ts', 'export const a = 1;');
		write('astro.config.mjs', 'export default {};');
		const first = codeDigest(root);
		write('content/p/page.mdx', 'A body');
		write('data/x.json', '{}');
		expect(codeDigest(root)).toBe(first);
		write('src/lib/a.ts', 'export const a = 2;');
		const second = codeDigest(root);
		expect(second).not.toBe(first);
		write('astro.config.mjs', 'export default { site: "x" };');
		expect(codeDigest(root)).not.toBe(second);
		write('src/lib/b.ts', '');
		expect(codeDigest(root)).not.toBe(second);
	});
});

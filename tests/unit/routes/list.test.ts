/**
 * The list of routes (src/lib/routes/list.ts) against the routes of
 * src/pages: one entry per file, params named as the file's [segments],
 * addresses that fit the file's place, none shared by two routes.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_LIST } from '../../../src/lib/routes/data.ts';
import type { RoutedProject } from '../../../src/lib/routes/types.ts';
import { ROOT } from '../../helpers/site.ts';

const PAGES_DIR = join(ROOT, 'src/pages');
const files = readdirSync(PAGES_DIR, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile())
	.map((e) => relative(PAGES_DIR, join(e.parentPath, e.name)))
	.sort();

const project: RoutedProject = {
	priorities: [{ id: 'virtual-wards', title: 'Virtual wards' }],
	pages: [{ priority: 'virtual-wards', slug: 'funding', title: 'Funding', draft: false }],
	targets: [{ id: 'vw-beds', headline: 'Beds', dataset: 'vw-rate' }],
	datasets: [{ id: 'vw-rate', title: 'Rate' }],
	systems: [{ id: 'QUA', name: 'NHS Black Country ICB', region: 'Midlands', regionCode: 'Y60' }],
	editions: [{ id: '2025-26', title: '2025/26 priorities and operational planning guidance' }],
};

/** The address a file of src/pages builds for `params`: its [segments] filled in, index and .astro dropped. */
function addressOf(file: string, params: Record<string, string>): string {
	const filled = file.replace(/\[([a-z]+)\]/g, (_, name: string) => params[name] ?? `[${name}]`);
	if (filled.endsWith('.astro')) {
		const page = filled.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
		return page === '404' ? '/404.html' : `/${page}${page === '' ? '' : '/'}`;
	}
	return `/${filled.replace(/\.ts$/, '')}`;
}

describe('the list of routes', () => {
	it('has one entry for each file of src/pages, and no entry without its file', () => {
		expect(files.length).toBeGreaterThan(20);
		expect(ROUTE_LIST.map((r) => r.file).sort()).toEqual(files);
	});

	it("names each page's params as its file's [segments], and builds the address the file is served at", () => {
		for (const route of ROUTE_LIST) {
			const keys = route.keys(project);
			expect(keys.length, route.file).toBeGreaterThan(0);
			const segments = [...route.file.matchAll(/\[([a-z]+)\]/g)].map((m) => m[1]).sort();
			for (const key of keys) {
				const params = route.params(key);
				expect(Object.keys(params).sort(), route.file).toEqual(segments);
				expect(route.href(key), route.file).toBe(addressOf(route.file, params));
			}
		}
	});

	it('gives no two pages the same address', () => {
		const hrefs = ROUTE_LIST.flatMap((r) => r.keys(project).map((k) => r.href(k)));
		expect(hrefs.length).toBeGreaterThan(ROUTE_LIST.length);
		expect(new Set(hrefs).size).toBe(hrefs.length);
	});

	it('gives every parent the text of its crumb', () => {
		const parents = ROUTE_LIST.flatMap((r) => r.keys(project).flatMap((k) => r.parent?.(k, project) ?? []));
		expect(parents.length).toBeGreaterThan(10);
		for (const p of parents) expect(p.route.crumb?.(p.key), p.route.file).toMatch(/\w/);
	});
});

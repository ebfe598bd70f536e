/** Page types from the routes of src/pages (scripts/lib/routes.ts). */
import { describe, expect, it } from 'vitest';
import {
	emptyPageRoutes,
	pageTypes,
	routeForOutput,
	routeOf,
	routesOf,
	urlPathOf,
} from '../../../scripts/lib/routes.ts';

const routes = routesOf([
	'index.astro',
	'404.astro',
	'about/index.astro',
	'search.astro',
	'[priority]/index.astro',
	'[priority]/[slug].astro',
	'targets/index.astro',
	'targets/[id].astro',
	'data/index.astro',
	'data/[id].astro',
	'data/[id].csv.ts',
	'data/[id].json.ts',
	'docs/[...path].astro',
	'_partial.astro',
	'rss.xml.ts',
]);
const routeOfFile = (f: string) => routeForOutput(routes, f)?.file;

describe('routes', () => {
	it('maps each dist/ file to the route that wrote it, static segments before parameters', () => {
		expect(routeOfFile('index.html')).toBe('index.astro');
		expect(routeOfFile('404.html')).toBe('404.astro');
		expect(routeOfFile('about/index.html')).toBe('about/index.astro');
		expect(routeOfFile('search/index.html')).toBe('search.astro');
		expect(routeOfFile('virtual-wards/index.html')).toBe('[priority]/index.astro');
		expect(routeOfFile('virtual-wards/funding/index.html')).toBe('[priority]/[slug].astro');
		expect(routeOfFile('targets/index.html')).toBe('targets/index.astro');
		expect(routeOfFile('targets/vw-40-50-per-100k/index.html')).toBe('targets/[id].astro');
		expect(routeOfFile('data/index.html')).toBe('data/index.astro');
		expect(routeOfFile('data/virtual-ward-capacity/index.html')).toBe('data/[id].astro');
		expect(routeOfFile('data/virtual-ward-capacity.csv')).toBe('data/[id].csv.ts');
		expect(routeOfFile('data/virtual-ward-capacity.json')).toBe('data/[id].json.ts');
		expect(routeOfFile('docs/a/b/index.html')).toBe('docs/[...path].astro');
		expect(routeOfFile('docs/index.html')).toBe('docs/[...path].astro');
		expect(routeOfFile('rss.xml')).toBe('rss.xml.ts');
		expect(routeOfFile('a/b/c/index.html')).toBeUndefined();
	});

	it('ignores files Astro does not route', () => {
		expect(routeOf('_partial.astro')).toBeUndefined();
		expect(routeOf('components/_Card.astro')).toBeUndefined();
		expect(routeOf('notes.txt')).toBeUndefined();
		expect(routeOf('types.d.ts')).toBeUndefined();
	});

	it('groups HTML files into page types, a file no route wrote being a type of its own', () => {
		const types = pageTypes(routes, [
			'index.html',
			'digitisation/index.html',
			'virtual-wards/index.html',
			'google123.html',
		]);
		expect(types).toEqual([
			{ route: '[priority]/index.astro', files: ['digitisation/index.html', 'virtual-wards/index.html'] },
			{ route: 'dist/google123.html', files: ['google123.html'] },
			{ route: 'index.astro', files: ['index.html'] },
		]);
		expect(emptyPageRoutes(routes, types)).toContain('targets/[id].astro');
		expect(emptyPageRoutes(routes, types)).not.toContain('data/[id].csv.ts');
	});

	it('gives the URL path of a file', () => {
		expect(urlPathOf('index.html')).toBe('/');
		expect(urlPathOf('a/b/index.html')).toBe('/a/b/');
		expect(urlPathOf('404.html')).toBe('/404.html');
	});
});

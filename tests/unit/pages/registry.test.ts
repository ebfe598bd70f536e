/**
 * Each route bound to its page model (src/lib/pages/registry.ts), on the
 * real site: getStaticPaths gives one path per key of the route; the page
 * model of each route prints the route's address, the breadcrumbs derived
 * from the route's parents, and is indexed as the route declares.
 */
import { describe, expect, it } from 'vitest';
import type { LayoutModel } from '../../../src/lib/pages/layout.ts';
import { PAGES } from '../../../src/lib/pages/registry.ts';
import { routedSite } from '../../../src/lib/pages/routed-site.ts';
import { crumbsOf } from '../../../src/lib/routes/data.ts';
import { ROUTES } from '../../../src/lib/routes/list.ts';
import type { Route } from '../../../src/lib/routes/types.ts';
import { PAGE_TYPE_LABELS } from '../../../src/lib/search/config.ts';
import { realSite } from '../../helpers/real-site.ts';

const site = realSite();
const routed = routedSite(site);
const bound = Object.entries(PAGES) as [keyof typeof PAGES, (typeof PAGES)[keyof typeof PAGES]][];

describe('the page models of the routes', () => {
	it('binds every route, each to its own entry of the list', () => {
		expect(Object.keys(PAGES)).toEqual(Object.keys(ROUTES));
		for (const [id, page] of bound) expect(page.route, id).toBe(ROUTES[id]);
	});

	it("gives getStaticPaths one path per key of the route, with the key's params", () => {
		for (const [id, page] of bound) {
			const route = page.route as Route<unknown>;
			const keys = route.keys(routed);
			const paths = page.paths(site);
			expect(
				paths.map((p) => p.params),
				id,
			).toEqual(keys.map((k) => route.params(k)));
		}
		expect(PAGES.guidance.paths(site).length).toBeGreaterThan(10);
		for (const { params, props } of PAGES.guidance.paths(site)) {
			expect(props.entry.id).toBe(params.slug);
			expect(site.guidance.get(props.priority)).toContain(props.entry);
		}
	});

	it("prints the route's address and breadcrumbs, and is indexed with the route's type and filters", () => {
		let checked = 0;
		for (const [id, page] of bound) {
			const route = page.route as Route<unknown>;
			const build = page.page as (site: unknown, props: unknown) => unknown;
			const paths = page.paths(site);
			const keys = route.keys(routed);
			// The first and the last page of each route.
			for (const i of new Set([0, paths.length - 1])) {
				const model = build(site, paths[i]?.props);
				if (typeof model !== 'object' || model === null || !('layout' in model)) continue;
				const layout = model.layout as LayoutModel;
				const key = keys[i];
				checked++;
				if (id !== 'notFound') expect(layout.canonicalPath, id).toBe(route.href(key));
				expect(layout.crumbs, id).toEqual(crumbsOf(route, key, site));
				const search = route.search;
				// A route's page that search does not index (a withdrawn guidance page) has no search fields.
				if (!search || !(search.indexes?.(key) ?? true)) {
					expect(layout.search, id).toBeUndefined();
					continue;
				}
				const filters = (layout.search ?? []).filter((f) => f.attribute === 'data-pagefind-filter');
				expect(filters[0], id).toEqual({
					attribute: 'data-pagefind-filter',
					name: 'type',
					value: PAGE_TYPE_LABELS[search.type],
				});
				expect([...new Set(filters.slice(1).map((f) => f.name))].sort(), id).toEqual([...search.filters].sort());
			}
		}
		expect(checked).toBeGreaterThan(20);
	});
});

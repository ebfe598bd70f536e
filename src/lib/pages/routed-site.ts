/**
 * A built Site as the list of routes sees it (src/lib/routes/types.ts,
 * RoutedProject): its published pages, targets, datasets, and the ICBs
 * whose figures it has, in the orders the site lists them. Computed once
 * per Site.
 */
import type { RoutedProject } from '../routes/types.ts';
import { entryDigest } from './cache-key.ts';
import type { Site } from './site.ts';

const seen = new WeakMap<Site, RoutedProject>();

/** What the routes need to know of `site`; the same object for the same Site. */
export function routedSite(site: Site): RoutedProject {
	let routed = seen.get(site);
	if (!routed) {
		routed = {
			priorities: site.priorities,
			// The Site holds only built pages: its current ones, then its withdrawn ones.
			pages: [...site.guidance, ...site.withdrawn].flatMap(([priority, entries]) =>
				entries.map((e) => ({
					priority,
					slug: e.id,
					title: e.data.title,
					draft: false,
					withdrawn: e.data.withdrawn !== undefined,
					digest: entryDigest(e),
				})),
			),
			targets: site.targets,
			datasets: [...site.datasets.values()],
			systems: [...(site.systemsData?.systems.values() ?? [])].map((s) => s.system),
			editions: site.editions,
		};
		seen.set(site, routed);
	}
	return routed;
}

/** Every source the portal cites (/sources/): primary, then secondary, each by title. */
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { sourcesHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import { sourceList, type SourceListView } from './views.ts';

/** Everything /sources/ prints. */
export interface SourcesPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** The publishers' own documents and data. */
	primary: SourceListView;
	/** News and briefings that quote or report them. */
	secondary: SourceListView;
}

/** The list of every source. */
export function sourcesPage(site: Site): SourcesPage {
	const all = [...site.sources.values()].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
	const cited = (kind: 'primary' | 'secondary') =>
		all.filter((s) => s.kind === kind).map((source) => ({ source, section: undefined, page: undefined }));
	return {
		layout: layoutModel(site, {
			title: 'Sources',
			description: 'Every document this portal cites, with its publisher, date and address.',
			path: sourcesHref(),
			crumbs: crumbsOf(ROUTES.sources, {}, site),
		}),
		heading: 'Sources',
		lede: "Every document the portal cites. Primary sources are the publisher's own documents and data; secondary sources are news and briefings that quote or report them.",
		primary: sourceList(cited('primary'), 'Primary sources'),
		secondary: sourceList(cited('secondary'), 'Secondary sources'),
	};
}

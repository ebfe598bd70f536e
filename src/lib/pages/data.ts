/**
 * The list of datasets (/data/): each dataset's definition, sources,
 * statistical status, licence, as-of date, the targets it measures and its
 * downloads.
 */
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { dataHref, datasetHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import { dateView, downloadLinks, measuredTargets, type Link, type TimeView } from './views.ts';

/** One dataset's section. */
export interface DatasetSummary {
	/** The section heading's id. */
	id: string;
	/** The dataset's title, linked to its page. */
	link: Link;
	/** What the figures measure. */
	definition: string;
	/** Its sources, each "publisher: title", linked. */
	sources: Link[];
	/** The statistical status ("Official statistics"), if stated. */
	statisticalStatus: string | undefined;
	/** The licence the figures are published under. */
	licence: string;
	/** The date the figures were last checked against their sources. */
	asOf: TimeView;
	/** The targets it measures. */
	measures: Link[];
	/** The CSV and JSON downloads. */
	downloads: { csv: Link; json: Link };
}

/** Everything /data/ prints. */
export interface DataPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** How the figures got here. */
	intro: string;
	/** One section per dataset, in id order. */
	datasets: DatasetSummary[];
	/** The licence the figures are published under. */
	licence: string;
}

/** The list of every dataset. */
export function dataPage(site: Site): DataPage {
	return {
		layout: layoutModel(site, {
			title: 'Data',
			description:
				"Every dataset behind the portal's figures and charts, with its definition, source, licence and as-of date, to download as CSV or JSON.",
			path: dataHref(),
			crumbs: crumbsOf(ROUTES.data, {}, site),
		}),
		heading: 'Data',
		lede: 'The figures behind every chart and number on this site, with where they come from. Download them as CSV or JSON.',
		intro:
			"NHS England's virtual ward figures are imported from its monthly statistics files by a script in the project, never typed by hand. Figures reported in news, trade press or parliamentary answers are marked as secondary sources.",
		datasets: [...site.datasets.values()].map((d) => ({
			id: `dataset-${d.id}`,
			link: { text: d.title, href: datasetHref(d.id) },
			definition: d.definition,
			sources: d.sources.flatMap((s) => {
				const source = site.sources.get(s.id);
				return source ? [{ text: `${source.publisher}: ${source.title}`, href: source.url }] : [];
			}),
			statisticalStatus: d.statisticalStatus,
			licence: d.licence,
			asOf: dateView(d.asOf),
			measures: measuredTargets(site, d.id),
			downloads: downloadLinks(d),
		})),
		licence: 'Contains public sector information licensed under the Open Government Licence v3.0.',
	};
}

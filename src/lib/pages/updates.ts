/**
 * /updates/ and /feed.xml: what changed and when, newest first. Each guidance
 * page's last review, and each dataset's last check against its sources
 * (with the latest month it holds). Dated from the content itself, never
 * from the clock or the repository's history, so builds are reproducible.
 */
import { formatDate, formatPeriod } from '../format/dates.ts';
import { comparePeriods } from '../format/months.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { datasetHref, feedHref, guidanceHref, updatesHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import { checkedAgainstText, datasetPublishers } from '../model/publishers.ts';

export interface Update {
	/** YYYY-MM-DD. */
	date: string;
	/** As a person reads it. */
	dateText: string;
	/** What happened. */
	kind: 'page reviewed' | 'figures checked';
	/** The page's or dataset's title. */
	title: string;
	/** The page's or dataset's address. */
	href: string;
	/** One sentence: what the update is. */
	description: string;
}

/** Everything /updates/ prints. */
export interface UpdatesPage {
	/** Titles, description, crumbs, header and footer (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's heading. */
	title: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** Every update, newest first. */
	updates: Update[];
	/** The RSS feed. */
	feed: { href: string; text: string };
}

/** Every update, newest first (then by title). */
export function updates(site: Site): Update[] {
	const out: Update[] = [];
	for (const priority of site.priorities) {
		for (const page of site.guidance.get(priority.id) ?? []) {
			out.push({
				date: page.data.lastReviewed,
				dateText: formatDate(page.data.lastReviewed),
				kind: 'page reviewed',
				title: page.data.title,
				href: guidanceHref(priority.id, page.id),
				description: `${priority.title}: the page was reviewed by the ${page.data.owner}. Next review due ${formatDate(page.data.nextReview)}.`,
			});
		}
	}
	for (const dataset of site.datasets.values()) {
		const latest = dataset.observations
			.map((o) => o.period)
			.sort(comparePeriods)
			.at(-1);
		out.push({
			date: dataset.asOf,
			dateText: formatDate(dataset.asOf),
			kind: 'figures checked',
			title: dataset.title,
			href: datasetHref(dataset.id),
			description: `The figures were checked against ${checkedAgainstText(datasetPublishers(dataset, site.sources))}${latest ? `; the latest is for ${formatPeriod(latest)}` : ''}.`,
		});
	}
	return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title, 'en-GB')));
}

/** The updates page. */
export function updatesPage(site: Site): UpdatesPage {
	return {
		layout: layoutModel(site, {
			title: 'Updates',
			description:
				'What changed on the planning guidance portal and when: pages reviewed and figures checked, newest first.',
			path: updatesHref(),
			crumbs: crumbsOf(ROUTES.updates, {}, site),
		}),
		title: 'Updates',
		lede: 'Pages reviewed and figures checked against their sources, newest first.',
		updates: updates(site),
		feed: { href: feedHref(), text: 'Follow the updates in a feed reader (RSS)' },
	};
}

/** The RSS feed of the updates (/feed.xml): its title, description and one item per update. */
export interface UpdatesFeed {
	/** The feed's title. */
	title: string;
	/** The feed's description. */
	description: string;
	/** One item per update, newest first: `date` is YYYY-MM-DD, `link` site-relative. */
	items: { title: string; link: string; date: string; description: string }[];
}

/** The updates as a feed. */
export function updatesFeed(site: Site): UpdatesFeed {
	return {
		title: 'Planning guidance portal: updates',
		description: 'Pages reviewed and figures checked on the 2022/23 planning guidance digital priorities portal.',
		items: updates(site).map((u) => ({
			title: `${u.title} (${u.kind})`,
			link: u.href,
			date: u.date,
			description: u.description,
		})),
	};
}

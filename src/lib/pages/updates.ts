/**
 * /updates/ and /feed.xml: what changed and when, newest first. Each change
 * note of a guidance page (its front matter's `changes`), each page's
 * publication on its publishFrom date and its withdrawal, each page's last
 * review, and each dataset's last check against its sources (with the latest
 * month it holds). Dated from the content itself, never from the clock or the
 * repository's history, so builds are reproducible.
 */
import { formatDate, formatPeriod } from '../format/dates.ts';
import { comparePeriods } from '../format/months.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { datasetHref, feedHref, guidanceHref, updatesHref } from '../routes.ts';
import { changeHistory, type GuidanceEntry } from '../model/guidance.ts';
import type { Priority } from '../../schemas/priority.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import { checkedAgainstText, datasetPublishers } from '../model/publishers.ts';

export interface Update {
	/** YYYY-MM-DD. */
	date: string;
	/** As a person reads it. */
	dateText: string;
	/** What happened. */
	kind: 'page changed' | 'page published' | 'page withdrawn' | 'page reviewed' | 'figures checked';
	/** The page's or dataset's title. */
	title: string;
	/** The page's or dataset's address. */
	href: string;
	/** One sentence: what the update is. */
	description: string;
	/**
	 * The feed item's id, site-relative, when the address alone would not tell
	 * it from another update of the same page (a change note, a publication, a
	 * withdrawal): the address with a fragment no page has. Undefined for a
	 * review or a check, whose id is its address, as it always was.
	 */
	id?: string | undefined;
}

/** The updates of one guidance page: its change notes, its publication and its withdrawal (a withdrawn page is not reviewed). */
function pageUpdates(priority: Priority, page: GuidanceEntry, withdrawn: boolean): Update[] {
	const href = guidanceHref(priority.id, page.id);
	const base = { title: page.data.title, href };
	const out: Update[] = [];
	const w = page.data.withdrawn;
	if (withdrawn && w) {
		out.push({
			...base,
			date: w.date,
			dateText: formatDate(w.date),
			kind: 'page withdrawn',
			description: `${priority.title}: the page was withdrawn. ${w.reason}`,
			id: `${href}#withdrawn-${w.date}`,
		});
	}
	const notes = changeHistory(page.data);
	notes.forEach((c, i) => {
		out.push({
			...base,
			date: c.date,
			dateText: formatDate(c.date),
			kind: 'page changed',
			description: `${priority.title}: ${c.note}`,
			id: `${href}#change-${c.date}-${String(notes.length - i)}`,
		});
	});
	if (page.data.publishFrom !== undefined) {
		out.push({
			...base,
			date: page.data.publishFrom,
			dateText: formatDate(page.data.publishFrom),
			kind: 'page published',
			description: `${priority.title}: the page was published.`,
			id: `${href}#published-${page.data.publishFrom}`,
		});
	}
	if (!withdrawn) {
		out.push({
			...base,
			date: page.data.lastReviewed,
			dateText: formatDate(page.data.lastReviewed),
			kind: 'page reviewed',
			description: `${priority.title}: the page was reviewed by the ${page.data.owner}. Next review due ${formatDate(page.data.nextReview)}.`,
		});
	}
	return out;
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

/** Every update, newest first (then by title; one page's updates of a day in the order withdrawn, changed, published, reviewed). */
export function updates(site: Site): Update[] {
	const out: Update[] = [];
	for (const priority of site.priorities) {
		for (const page of site.guidance.get(priority.id) ?? []) out.push(...pageUpdates(priority, page, false));
		for (const page of site.withdrawn.get(priority.id) ?? []) out.push(...pageUpdates(priority, page, true));
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
				'What changed on the planning guidance portal and when: changes to pages, pages published, withdrawn and reviewed, and figures checked, newest first.',
			path: updatesHref(),
			crumbs: crumbsOf(ROUTES.updates, {}, site),
		}),
		title: 'Updates',
		lede: 'Changes to pages, pages published, withdrawn and reviewed, and figures checked against their sources, newest first.',
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
	/** One item per update, newest first: `date` is YYYY-MM-DD, `link` site-relative; `id` (site-relative) when the link alone is not the item's id. */
	items: { title: string; link: string; date: string; description: string; id?: string | undefined }[];
}

/** The updates as a feed. */
export function updatesFeed(site: Site): UpdatesFeed {
	return {
		title: 'Planning guidance portal: updates',
		description:
			'Changes to pages, pages published, withdrawn and reviewed, and figures checked on the 2022/23 planning guidance digital priorities portal.',
		items: updates(site).map((u) => ({
			title: `${u.title} (${u.kind})`,
			link: u.href,
			date: u.date,
			description: u.description,
			...(u.id === undefined ? {} : { id: u.id }),
		})),
	};
}

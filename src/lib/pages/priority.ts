/**
 * A priority's overview page (/<priority>/): its summary, its targets (with
 * deadline, successors and computed status) and its guidance pages as cards.
 */
import { AUDIENCE_LABELS } from '../../schemas/fragments.ts';
import type { GuidancePage } from '../../schemas/guidance.ts';
import type { PriorityId } from '../../schemas/priority.ts';
import type { Target } from '../../schemas/target.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { guidanceHref, priorityHref, targetHref } from '../routes.ts';
import { priorityIndexing } from '../search/indexing.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { priorityStandsNow, type StandsNowView } from './now-view.ts';
import type { Site } from './site.ts';
import { deadlineView, statusView, type Link, type StatusView, type TimeView } from './views.ts';

/** One target in the priority's list. */
export interface PriorityTargetRow {
	/** The target's headline, linked to its page. */
	link: Link;
	/** What the target asks, in one sentence. */
	statement: string;
	/** The target's deadline. */
	deadline: TimeView;
	/** The later targets that replaced or followed it: "(replaced by …)", "(followed by …)". */
	successors: { words: 'replaced by' | 'followed by'; link: Link }[];
	/** The computed status. */
	status: StatusView;
}

/** One guidance page of the priority, as a card. */
export interface PriorityGuidanceCard {
	/** The page's or section's heading. */
	heading: string;
	/** Where it links to. */
	href: string;
	/** The summary under the heading. */
	description: string;
	/** "For: Acute providers, Community providers". */
	audience: string;
}

/** Everything /<priority>/ prints. */
export interface PriorityPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** The priority's targets, in the order data/targets.json lists them. */
	targets: PriorityTargetRow[];
	/** Its published guidance pages, in order. */
	guidance: PriorityGuidanceCard[];
	/**
	 * The same pages in groups: one group without a heading, or, when the
	 * priority has more than {@link GROUP_PAGES_OVER} pages, one per kind of
	 * page (overview, what is asked, how to, background) in that order.
	 */
	groups: { heading: string | undefined; id: string; cards: PriorityGuidanceCard[] }[];
	/** "Where this stands now", from the trace (src/lib/pages/now-view.ts); undefined when none of its commitments is traced. */
	standsNow: StandsNowView | undefined;
}

/** A priority with more pages than this lists them grouped by kind. */
export const GROUP_PAGES_OVER = 12;

/** The heading of each kind of page's group, in the order the groups come. */
export const KIND_HEADINGS: Readonly<Record<GuidancePage['kind'], string>> = {
	overview: 'Overview',
	requirement: 'What is asked',
	'how-to': 'How to do it',
	background: 'Background',
};

/** The cards of `pages` in groups (see {@link PriorityPage.groups}). */
export function groupByKind<C>(
	pages: readonly { kind: GuidancePage['kind']; card: C }[],
): { heading: string | undefined; id: string; cards: C[] }[] {
	if (pages.length <= GROUP_PAGES_OVER)
		return [{ heading: undefined, id: 'guidance', cards: pages.map((p) => p.card) }];
	return (Object.keys(KIND_HEADINGS) as GuidancePage['kind'][])
		.map((kind) => ({
			heading: KIND_HEADINGS[kind],
			id: `guidance-${kind}`,
			cards: pages.filter((p) => p.kind === kind).map((p) => p.card),
		}))
		.filter((g) => g.cards.length > 0);
}

/** The overview page of the priority `id`. */
export function priorityPage(site: Site, id: PriorityId): PriorityPage {
	const priority = site.priorities.find((p) => p.id === id);
	if (!priority) throw new Error(`no priority "${id}" (the content check should have caught this)`);
	const pages = site.guidance.get(id) ?? [];
	const targets = site.targetsByPriority.get(id) ?? [];
	const cards = pages.map((page) => ({
		kind: page.data.kind,
		card: {
			heading: page.data.title,
			href: guidanceHref(id, page.id),
			description: page.data.summary,
			audience: `For: ${page.data.audience.map((a) => AUDIENCE_LABELS[a]).join(', ')}`,
		},
	}));
	const link = (targetId: string): Link => ({
		text: site.targetsById.get(targetId)?.headline ?? targetId,
		href: targetHref(targetId),
	});
	const successors = (t: Target): PriorityTargetRow['successors'] => [
		...(t.supersededBy ? [{ words: 'replaced by' as const, link: link(t.supersededBy) }] : []),
		...(t.followedBy ? [{ words: 'followed by' as const, link: link(t.followedBy) }] : []),
	];
	return {
		layout: layoutModel(site, {
			title: priority.title,
			description: priority.summary,
			path: priorityHref(id),
			crumbs: crumbsOf(ROUTES.priority, priority, site),
			priority: id,
			search: priorityIndexing({
				title: priority.title,
				summary: priority.summary,
				audiences: pages.flatMap((p) => p.data.audience),
				headline: priority.headlineTarget ? site.targetsById.get(priority.headlineTarget) : undefined,
			}),
		}),
		heading: priority.title,
		lede: priority.summary,
		targets: targets.map((t) => {
			const progress = site.progress.get(t.id);
			return {
				link: { text: t.headline, href: targetHref(t.id) },
				statement: t.statement,
				deadline: deadlineView(t),
				successors: successors(t),
				status: statusView(progress?.status.status ?? 'no-data', progress?.statusAsOf),
			};
		}),
		guidance: cards.map((c) => c.card),
		groups: groupByKind(cards),
		standsNow: priorityStandsNow(site, id),
	};
}

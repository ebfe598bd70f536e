/**
 * The list of targets (/targets/): every target by priority, with its
 * deadline, the figure that decided its status (and the latest, when later) and computed status, and how a status is worked out.
 */
import type { TargetProgress } from '../model/progress.ts';
import { DEADLINE_WINDOW_MONTHS, STATUS_RULES } from '../model/status.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { statusesAsOfSentence } from '../model/as-of.ts';
import { dataHref, targetHref, targetsHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import { siteReviewDate } from './review-date.ts';
import type { Site } from './site.ts';
import { deadlineView, STATUS_RULES_ID, statusView, type Link, type StatusView, type TimeView } from './views.ts';

/** One row of a priority's table. */
export interface TargetRow {
	/** The target's id, for `data-target`. */
	id: string;
	/** The headline, linked to the target's page. */
	link: Link;
	/** What the target asks, in one sentence. */
	statement: string;
	/** The later targets: "Replaced by a later target: …", "Followed by: …". */
	successors: { words: 'Replaced by a later target' | 'Followed by'; link: Link }[];
	/** The target's deadline. */
	deadline: TimeView;
	/** The figure that decided the status, in words with its month (the latest when none decided it), or "No published figure". */
	figure: string;
	/** The note that explains that figure, if any. */
	figureNote: string | undefined;
	/** The latest figure, when it is later than the one that decided the status: printed beside it. */
	later: { text: string; note: string | undefined } | undefined;
	/** The computed status. */
	status: StatusView;
}

/** One priority's table. */
export interface TargetSection {
	/** The section heading's id. */
	id: string;
	/** The page's or section's heading. */
	heading: string;
	/** The table's (visually hidden) caption. */
	caption: string;
	/** The rows, in order. */
	rows: TargetRow[];
}

/** Everything /targets/ prints. */
export interface TargetsPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** What the statuses stand on: the site's one as-of sentence (src/lib/model/as-of.ts); undefined with no review date. */
	asOf: string | undefined;
	/** One section per priority that has targets. */
	sections: TargetSection[];
	/** The id of the status rules' heading. */
	rulesId: string;
	/** How many months before the deadline month still count as "at the deadline". */
	windowMonthsBefore: number;
	/** Each status with the rule that gives it. */
	rules: { status: StatusView; rule: string }[];
	/** Addresses the page links to. */
	links: { data: string };
}

/** The figure a status stands on (the judged one, else the latest) and the latest beside it when it is later. */
export function decidingFigure(
	progress: TargetProgress | undefined,
): Pick<TargetRow, 'figure' | 'figureNote' | 'later'> {
	if (!progress?.latestText) return { figure: 'No published figure', figureNote: undefined, later: undefined };
	const { status, judgedText, latestText, latestNote } = progress;
	if (!judgedText || !status.judged || status.judged.period === status.latest?.period) {
		return {
			figure: judgedText ?? latestText,
			figureNote: judgedText ? progress.judgedNote : latestNote,
			later: undefined,
		};
	}
	return { figure: judgedText, figureNote: progress.judgedNote, later: { text: latestText, note: latestNote } };
}

/** The list of every target. */
export function targetsPage(site: Site): TargetsPage {
	const review = siteReviewDate(site);
	const link = (id: string): Link => ({ text: site.targetsById.get(id)?.headline ?? id, href: targetHref(id) });
	return {
		layout: layoutModel(site, {
			title: 'Targets and progress',
			description:
				'Every target the 2022/23 planning guidance and its follow-ups set for digital and virtual wards, with its deadline, the latest figure and its status, computed from published data.',
			path: targetsHref(),
			crumbs: crumbsOf(ROUTES.targets, {}, site),
		}),
		heading: 'Targets and progress',
		lede: 'Every target the guidance and the plans that followed it set, with the latest published figure and how far the NHS is from it.',
		asOf: review === undefined ? undefined : statusesAsOfSentence(review),
		sections: site.priorities
			.map((priority) => ({
				id: `priority-${priority.id}`,
				heading: priority.title,
				caption: `Targets for ${priority.title}`,
				rows: site.targets
					.filter((t) => t.priority === priority.id)
					.map((target): TargetRow => {
						const progress = site.progress.get(target.id);
						return {
							id: target.id,
							link: { text: target.headline, href: targetHref(target.id) },
							statement: target.statement,
							successors: [
								...(target.supersededBy
									? [{ words: 'Replaced by a later target' as const, link: link(target.supersededBy) }]
									: []),
								...(target.followedBy ? [{ words: 'Followed by' as const, link: link(target.followedBy) }] : []),
							],
							deadline: deadlineView(target),
							...decidingFigure(progress),
							status: statusView(progress?.status.status ?? 'no-data'),
						};
					}),
			}))
			.filter((section) => section.rows.length > 0),
		rulesId: STATUS_RULES_ID,
		windowMonthsBefore: DEADLINE_WINDOW_MONTHS - 1,
		rules: STATUS_RULES.map(({ status, rule }) => ({ status: statusView(status), rule })),
		links: { data: dataHref() },
	};
}

/**
 * Every dated event of the guidance and what followed: each target's
 * deadline (with its computed status, and what replaced it if it was
 * superseded), each primary source's publication (guidance versions,
 * plans, frameworks), each edition's publication and the milestones the
 * editions list (the day ICBs took over). The timeline page places deadlines against the site's
 * review date (as-of.ts), never against a clock, so builds are reproducible.
 */
import type { Edition, EditionMilestone } from '../../schemas/edition.ts';
import type { Source } from '../../schemas/source.ts';
import type { Target } from '../../schemas/target.ts';
import { monthIndex } from '../format/months.ts';
import type { TargetProgress } from './progress.ts';

export interface DeadlineEvent {
	kind: 'deadline';
	/** YYYY-MM: the month the goal is due by the end of. */
	date: string;
	target: Target;
	progress: TargetProgress | undefined;
	/** The target that replaced this one, when it was superseded. */
	replacedBy: Target | undefined;
}

export interface PublicationEvent {
	kind: 'publication';
	/** YYYY-MM-DD or YYYY-MM, as the source gives it. */
	date: string;
	source: Source;
}

/** The publication of an edition of the planning guidance (data/editions.json). */
export interface EditionEvent {
	kind: 'edition';
	/** YYYY-MM-DD: the day it was first published. */
	date: string;
	edition: Edition;
}

/** A dated event an edition announced or its deadlines depend on (an edition's `milestones`), such as the day ICBs took over. */
export interface MilestoneEvent {
	kind: 'milestone';
	/** YYYY-MM-DD: the day it happened. */
	date: string;
	milestone: EditionMilestone;
	/** The edition that lists it. */
	edition: Edition;
}

export type TimelineEvent = DeadlineEvent | PublicationEvent | EditionEvent | MilestoneEvent;

/** A source's publication is the edition's when the edition lists it and it is dated the edition's day: it then appears once, as the edition. */
function isEditionSource(source: Source, editions: readonly Edition[]): boolean {
	return editions.some((e) => e.published === source.date && e.sources.some((ref) => ref.id === source.id));
}

/**
 * Every dated event, in date order (publications and milestones before
 * deadlines in the same month, then by title). Each edition's publication appears once: a source of
 * the edition dated its day is not listed again.
 */
export function timelineEvents(
	targets: readonly Target[],
	sources: Iterable<Source>,
	progress: ReadonlyMap<string, TargetProgress>,
	editions: readonly Edition[] = [],
): TimelineEvent[] {
	const byId = new Map(targets.map((t) => [t.id, t]));
	const events: TimelineEvent[] = [
		...targets.map((target): DeadlineEvent => ({
			kind: 'deadline',
			date: target.deadline,
			target,
			progress: progress.get(target.id),
			replacedBy: target.supersededBy ? byId.get(target.supersededBy) : undefined,
		})),
		...[...sources]
			.filter((s): s is Source & { date: string } => s.kind === 'primary' && s.date !== undefined)
			.filter((s) => !isEditionSource(s, editions))
			.map((source): PublicationEvent => ({ kind: 'publication', date: source.date, source })),
		...editions.map((edition): EditionEvent => ({ kind: 'edition', date: edition.published, edition })),
		...editions.flatMap((edition) =>
			edition.milestones.map((milestone): MilestoneEvent => ({
				kind: 'milestone',
				date: milestone.date,
				milestone,
				edition,
			})),
		),
	];
	const title = (e: TimelineEvent) => {
		switch (e.kind) {
			case 'deadline':
				return e.target.headline;
			case 'edition':
				return e.edition.title;
			case 'milestone':
				return e.milestone.title;
			case 'publication':
				return e.source.title;
		}
	};
	return events.sort(
		(a, b) =>
			monthIndex(a.date) - monthIndex(b.date) ||
			// A deadline falls due at the end of its month, so after every dated event of that month.
			((a.kind === 'deadline') === (b.kind === 'deadline') ? 0 : a.kind === 'deadline' ? 1 : -1) ||
			(a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
			title(a).localeCompare(title(b), 'en-GB'),
	);
}

/**
 * Every dated event of the guidance and what followed: each target's
 * deadline (with its computed status, and what replaced it if it was
 * superseded) and each primary source's publication (guidance versions,
 * plans, frameworks). The timeline page places deadlines against the site's
 * review date (as-of.ts), never against a clock, so builds are reproducible.
 */
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

export type TimelineEvent = DeadlineEvent | PublicationEvent;

/** Every dated event, in date order (publications before deadlines in the same month, then by title). */
export function timelineEvents(
	targets: readonly Target[],
	sources: Iterable<Source>,
	progress: ReadonlyMap<string, TargetProgress>,
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
			.map((source): PublicationEvent => ({ kind: 'publication', date: source.date, source })),
	];
	const title = (e: TimelineEvent) => (e.kind === 'deadline' ? e.target.headline : e.source.title);
	return events.sort(
		(a, b) =>
			monthIndex(a.date) - monthIndex(b.date) ||
			(a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
			(a.kind === b.kind ? 0 : a.kind === 'publication' ? -1 : 1) ||
			title(a).localeCompare(title(b), 'en-GB'),
	);
}

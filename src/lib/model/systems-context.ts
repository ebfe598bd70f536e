/**
 * What else the site knows about an ICB: the targets measured per ICB (those
 * of the rate and occupancy datasets), the guidance about them addressed to
 * systems, and the other names it goes by (from data/glossary.json). Pure.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { Target } from '../../schemas/target.ts';
import type { GuidanceEntry } from './guidance.ts';
import type { SystemsData } from './systems.ts';

/** The audience tag of guidance addressed to integrated care systems. */
export const SYSTEMS_AUDIENCE = 'ics';

/** The targets and guidance that apply to every ICB. */
export interface SystemsApply<E extends GuidanceEntry = GuidanceEntry> {
	/** The targets measured per ICB: the rate ambition, then the occupancy objective. */
	targets: Target[];
	/** Published guidance addressed to systems about one of those targets, in the site's order. */
	guidance: E[];
}

/** The targets measured per ICB and the guidance about them addressed to systems. */
export function applyToSystems<E extends GuidanceEntry>(
	data: Pick<SystemsData, 'rateTarget' | 'occupancyTarget'>,
	guidance: Iterable<readonly E[]>,
): SystemsApply<E> {
	const targets = [data.rateTarget, data.occupancyTarget];
	const ids = new Set(targets.map((t) => t.id));
	return {
		targets,
		guidance: [...guidance]
			.flat()
			.filter((p) => p.data.audience.includes(SYSTEMS_AUDIENCE) && p.data.targets.some((t) => ids.has(t))),
	};
}

/** The other names of an ICB: the glossary entry with id "icb-<code>", its abbreviation and synonyms. */
export function otherNames(glossary: readonly GlossaryEntry[], code: string): string[] {
	const entry = glossary.find((g) => g.id === `icb-${code.toLowerCase()}`);
	return entry ? [...(entry.abbreviation ? [entry.abbreviation] : []), ...entry.synonyms] : [];
}

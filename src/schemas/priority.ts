/**
 * The digital priorities of the 2022/23 planning guidance. Each has a folder in
 * `content/`, a content collection and an entry in `data/priorities.json`.
 */
import { z } from 'zod';
import { slugId } from './fragments.ts';

/**
 * Priority ids, in reading order. Interoperability lives under digitisation;
 * cyber security, net zero, digital inclusion and EPR consolidation under
 * investment plans (see README, "Where content lives").
 */
export const PRIORITY_IDS = ['virtual-wards', 'digitisation', 'investment-plans', 'workforce-skills'] as const;
export type PriorityId = (typeof PRIORITY_IDS)[number];

export const priorityId = z.enum(PRIORITY_IDS, {
	error: (issue) => `"${String(issue.input)}" is not a priority: use one of ${PRIORITY_IDS.join(', ')}`,
});

/** One entry of `data/priorities.json`: how a priority is introduced on the site. */
export const PrioritySchema = z.strictObject({
	/** The priority id; also the folder name under content/. */
	id: priorityId,
	/** The heading used on the home page and the priority page, for example "Virtual wards". */
	title: z.string().min(3).max(80),
	/** A shorter title for the header navigation, where space is tight on phones, for example "Digitisation". Default: the title. */
	navTitle: z.string().min(3).max(24).optional(),
	/** One or two sentences, in our own words, shown on cards and as the page description. */
	summary: z.string().min(20).max(320),
	/**
	 * The `id` of the target in data/targets.json shown as this priority's
	 * headline. Omit it when the guidance set no dated target for the priority.
	 */
	headlineTarget: slugId.optional(),
});
export type Priority = z.output<typeof PrioritySchema>;

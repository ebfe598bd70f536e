/**
 * The digital priorities of the 2022/23 planning guidance, as data: each is an
 * entry of `data/priorities.json` (in reading order) and a folder of `content/`.
 * Adding a priority is a data entry and a folder, no code. Interoperability
 * lives under digitisation; cyber security, net zero, digital inclusion and EPR
 * consolidation under investment plans (see README, "Where content lives").
 */
import { z } from 'zod';
import { slugId } from './fragments.ts';

/** A priority id: an `id` of data/priorities.json, which the content check holds every reference to. */
export type PriorityId = string;

/** One entry of `data/priorities.json`: how a priority is introduced on the site. */
export const PrioritySchema = z.strictObject({
	/** The priority id; also the folder name under content/ (lower-case words and hyphens). */
	id: slugId,
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

/**
 * One entry of `data/targets.json`: something the guidance (or a later plan)
 * asks for by a date. Its status is computed from data, never written here.
 */
import { z } from 'zod';
import { confidence, slugId, sourceRef, yearMonth } from './fragments.ts';

const RANGE_RE = /^\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * The goal, as a number (at least this much), a range written "40-50", or
 * `{ min, max }`. Omit it for a milestone with no measure (for example "plans
 * finalised"), whose status is then "no data" unless a dataset measures it.
 */
export const goal = z
	.union(
		[
			z.number().transform((min) => ({ min, max: undefined as number | undefined })),
			z
				.string()
				.regex(RANGE_RE, { error: 'must be a range written like "40-50"' })
				.transform((s) => {
					const [, a, b] = RANGE_RE.exec(s) as unknown as [string, string, string];
					return { min: Number(a), max: Number(b) };
				}),
			z.strictObject({ min: z.number(), max: z.number().optional() }),
		],
		{ error: 'must be a number, a range like "40-50", or { "min": 40, "max": 50 }' },
	)
	.refine((g) => g.max === undefined || g.max >= g.min, { error: 'max must not be below min' });
export type Goal = z.output<typeof goal>;

/** How a target's goal is reached; see `direction`. */
export const DIRECTIONS = ['increase', 'decrease', 'within'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** What a source calls a goal. */
export const TERMS = ['target', 'ambition', 'objective', 'commitment'] as const;

export const TargetSchema = z.strictObject({
	/** Unique id, for example "vw-40-50-per-100k". */
	id: slugId,
	/** The priority the target belongs to: an id of data/priorities.json (the content check says which). */
	priority: slugId,
	/** What is asked, in our own words, in one sentence. */
	statement: z.string().min(10).max(400),
	/** The short name used in tables and on the home page, for example "40-50 virtual beds per 100,000 population". */
	headline: z.string().min(3).max(90),
	/** The wording of the source, quoted exactly, with the source that quotes it. */
	wording: z.strictObject({ quote: z.string().min(3).max(400), source: sourceRef, confidence }).optional(),
	/** What is measured, for example "Virtual ward capacity per 100,000 population". */
	metric: z.string().min(3).max(120),
	/** The unit of the goal and of the measuring dataset, for example "beds per 100,000 population" or "%". */
	unit: z.string().min(1).max(40),
	goal: goal.optional(),
	/**
	 * How the goal is reached: "increase" (at least the goal's min), "decrease"
	 * (at most the goal's max, or its number), or "within" (inside the range).
	 * Default: increase.
	 */
	direction: z.enum(DIRECTIONS, { error: `must be one of ${DIRECTIONS.join(', ')}` }).default('increase'),
	/** What the source calls it, used in sentences such as "below the 40-50 ambition". Default: target. */
	term: z.enum(TERMS, { error: `must be one of ${TERMS.join(', ')}` }).default('target'),
	/** The month by which the goal is to be met (YYYY-MM). */
	deadline: yearMonth,
	/** How the deadline was worded, when it is looser than a month, for example "no later than 2030". */
	deadlineLabel: z.string().min(3).max(80).optional(),
	/** The `id` of the dataset in data/datasets/ that measures this target, if any. */
	dataset: slugId.optional(),
	/** Where the target is set: ids in data/sources.json. At least one. */
	sources: z.array(sourceRef).min(1, { error: 'needs at least one source id from data/sources.json' }),
	/** The id of the target that replaced or moved this one, if any. */
	supersededBy: slugId.optional(),
	/** Why and when it was replaced, in one sentence. */
	supersededNote: z.string().min(10).max(400).optional(),
	/**
	 * The id of a nearer target set later alongside this one, without replacing
	 * it (the 10,000-bed objective followed the 40-50 per 100,000 ambition,
	 * which NHS England kept as the longer-term ambition). Both pages show the link.
	 */
	followedBy: slugId.optional(),
	/** How the later target relates to this one, in one sentence. */
	followedNote: z.string().min(10).max(400).optional(),
	/** What happened later, in our words, with its source (for targets with no dataset). */
	outcome: z.strictObject({ text: z.string().min(3).max(400), sources: z.array(sourceRef).min(1) }).optional(),
});
export type Target = z.output<typeof TargetSchema>;

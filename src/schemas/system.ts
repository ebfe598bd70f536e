/** One entry of `data/systems.json`: an integrated care board (ICB). */
import { z } from 'zod';
import { NHS_REGIONS, sourceRef, yearMonth } from './fragments.ts';

export const POPULATION_BASES = ['gp-registered-16-plus', 'gp-registered-all-ages'] as const;

export const SystemSchema = z.strictObject({
	/** The ICB's ODS code, for example "QYG". */
	id: z.string().regex(/^Q[A-Z0-9]{2}$/, { error: 'must be an ICB ODS code such as QYG' }),
	/** The ICB's ONS code, for example "E54000008". */
	onsCode: z.string().regex(/^E54\d{6}$/, { error: 'must be an ONS ICB code such as E54000008' }),
	/** The ICB's name, for example "NHS Cheshire and Merseyside Integrated Care Board". */
	name: z.string().min(5).max(120),
	/** The NHS England region. */
	region: z.enum(NHS_REGIONS, {
		error: (issue) => `"${String(issue.input)}" is not an NHS region: use ${NHS_REGIONS.join(', ')}`,
	}),
	/** The NHS region code, for example "Y62". */
	regionCode: z.string().regex(/^Y\d{2}$/, { error: 'must be a region code such as Y62' }),
	/** Populations, each with its basis, month and source. */
	populations: z
		.array(
			z.strictObject({
				basis: z.enum(POPULATION_BASES, {
					error: `must be one of ${POPULATION_BASES.join(', ')}`,
				}),
				month: yearMonth,
				value: z.number().int().positive(),
				source: sourceRef,
			}),
		)
		.min(1),
});
export type System = z.output<typeof SystemSchema>;

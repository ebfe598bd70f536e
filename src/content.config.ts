/**
 * Content collections: loaders and schemas only. Queries live in src/queries.ts.
 * Every loader is dev-tolerant (src/lib/collections/dev-tolerant.ts): `astro dev`
 * keeps serving while a file is wrong.
 */
import { defineCollection } from 'astro:content';
import { file as fileLoader, glob as globLoader } from 'astro/loaders';
import { devTolerant } from './lib/collections/dev-tolerant.ts';
import { CommitmentSchema } from './schemas/commitment.ts';
import { DatasetSchema } from './schemas/dataset.ts';
import { digitisationSchema } from './schemas/digitisation.ts';
import { EditionSchema } from './schemas/edition.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { investmentPlansSchema } from './schemas/investment-plans.ts';
import { PrioritySchema } from './schemas/priority.ts';
import { SourceSchema } from './schemas/source.ts';
import { SystemSchema } from './schemas/system.ts';
import { TargetSchema } from './schemas/target.ts';
import { virtualWardsSchema } from './schemas/virtual-wards.ts';
import { workforceSkillsSchema } from './schemas/workforce-skills.ts';

const file = (path: string) => devTolerant(fileLoader(path));
const glob = (options: Parameters<typeof globLoader>[0]) => devTolerant(globLoader(options));
const guidance = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

export const collections = {
	'virtual-wards': defineCollection({ loader: guidance('virtual-wards'), schema: virtualWardsSchema }),
	digitisation: defineCollection({ loader: guidance('digitisation'), schema: digitisationSchema }),
	'investment-plans': defineCollection({ loader: guidance('investment-plans'), schema: investmentPlansSchema }),
	'workforce-skills': defineCollection({ loader: guidance('workforce-skills'), schema: workforceSkillsSchema }),
	priorities: defineCollection({ loader: file('./data/priorities.json'), schema: PrioritySchema }),
	targets: defineCollection({ loader: file('./data/targets.json'), schema: TargetSchema }),
	sources: defineCollection({ loader: file('./data/sources.json'), schema: SourceSchema }),
	systems: defineCollection({ loader: file('./data/systems.json'), schema: SystemSchema }),
	datasets: defineCollection({ loader: glob({ pattern: '*.json', base: './data/datasets' }), schema: DatasetSchema }),
	glossary: defineCollection({ loader: file('./data/glossary.json'), schema: GlossaryEntrySchema }),
	editions: defineCollection({ loader: file('./data/editions.json'), schema: EditionSchema }),
	commitments: defineCollection({ loader: file('./data/commitments.json'), schema: CommitmentSchema }),
};
